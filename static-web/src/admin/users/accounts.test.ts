import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../shared/http';
import { resolveFormErrors } from '../../shared/problem-details';
import {
  accountChangeBody,
  accountOutcome,
  accountState,
  isSelf,
  lockedOnOwnAccount,
  newAccountBody,
  accountName,
  validateAccountChange,
  validateNewAccount,
  type AccountOutcome,
  type StaffAccount,
  type AccountValues,
} from './accounts';
import { accountsAnswer, updateAccount } from './accounts-api';

// What GET /api/staff/accounts answers (StaffAccountView: email, displayName, roles, disabled, lockedUntil).
const listAnswer = [
  { email: 'admin@congres.localhost', displayName: 'Admin Démo', roles: ['Admin'], disabled: false, lockedUntil: null },
  { email: 'Claire@Example.org', displayName: 'Claire Martin', roles: ['Finance', 'Staff'], disabled: true, lockedUntil: null },
];

const values = (overrides: Partial<AccountValues> = {}): AccountValues => ({
  email: ' claire@example.org ',
  displayName: ' Claire Martin ',
  password: 'une phrase assez longue',
  roles: ['Finance'],
  disabled: false,
  ...overrides,
});

const errorsOf = (outcome: AccountOutcome, lang: 'fr' | 'en' = 'fr') =>
  outcome.kind === 'errors' ? resolveFormErrors(outcome.errors, lang) : null;

describe('reading accounts', () => {
  it('names an account by its display name, or by its email when the name is blank', () => {
    expect(accountName({ email: 'a@b.fr', displayName: ' ' })).toBe('a@b.fr');
    expect(accountName({ email: 'a@b.fr', displayName: 'Anne' })).toBe('Anne');
  });

  it('answers 401 as an ended session, 403 as forbidden, and throws on other failures', () => {
    expect(accountsAnswer(401, undefined)).toEqual({ kind: 'signedOut' });
    expect(accountsAnswer(403, undefined)).toEqual({ kind: 'forbidden' });
    expect(() => accountsAnswer(500, undefined)).toThrow(HttpError);
    expect(() => accountsAnswer(200, undefined)).toThrow(HttpError);
    expect(accountsAnswer(200, listAnswer as StaffAccount[]).kind).toBe('ok');
  });

  it('recognises the signed-in account whatever the case and spaces', () => {
    expect(isSelf({ email: 'Claire@Example.org' }, ' claire@example.org')).toBe(true);
    expect(isSelf({ email: 'claire@example.org' }, 'clair@example.org')).toBe(false);
  });
});

describe('account state', () => {
  const now = new Date('2026-05-01T10:00:00Z');
  it('shows disabled first, then a lock still running, then active', () => {
    expect(accountState({ disabled: true, lockedUntil: '2026-05-01T10:15:00Z' }, now)).toBe('disabled');
    expect(accountState({ disabled: false, lockedUntil: '2026-05-01T10:15:00Z' }, now)).toBe('locked');
    expect(accountState({ disabled: false, lockedUntil: '2026-05-01T10:00:00Z' }, now)).toBe('active');
    expect(accountState({ disabled: false, lockedUntil: null }, now)).toBe('active');
  });
});

describe('account form checks', () => {
  it('asks for a valid email, a name, a long enough password and one role', () => {
    const errors = resolveFormErrors(validateNewAccount(values({ email: 'claire', displayName: '  ', password: 'court', roles: [] })), 'fr');
    expect(errors.fields).toEqual({
      email: 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
      displayName: 'Le nom affiché est obligatoire.',
      password: 'Le mot de passe doit compter au moins 10 caractères.',
      roles: 'Cochez au moins un rôle.',
    });
  });

  it('accepts exactly ten characters and refuses nine, spaces counted', () => {
    expect(validateNewAccount(values({ password: '123456789 ' })).fields.password).toBeUndefined();
    expect(validateNewAccount(values({ password: '12345678 ' })).fields.password).toBeDefined();
  });

  it('refuses a name over 100 characters', () => {
    expect(validateNewAccount(values({ displayName: 'a'.repeat(100) })).fields.displayName).toBeUndefined();
    expect(resolveFormErrors(validateNewAccount(values({ displayName: 'a'.repeat(101) })), 'en').fields.displayName).toBe(
      'The display name has at most 100 characters.',
    );
  });

  it('checks only name and roles on a change (no email, no password)', () => {
    expect(validateAccountChange(values({ email: '', password: '' })).fields).toEqual({});
    expect(Object.keys(validateAccountChange(values({ roles: [] })).fields)).toEqual(['roles']);
  });
});

describe('request bodies', () => {
  it('trims the email and name, keeps the password as typed and sends known roles once, in order', () => {
    expect(newAccountBody(values({ password: ' pass phrase ', roles: ['Staff', 'Admin', 'Staff', 'Root'] }))).toEqual({
      email: 'claire@example.org',
      displayName: 'Claire Martin',
      password: ' pass phrase ',
      roles: ['Admin', 'Staff'],
    });
  });

  it('sends name, roles and the disabled flag on a change, and escapes the email in the address', async () => {
    expect(accountChangeBody(values({ disabled: true }))).toEqual({ displayName: 'Claire Martin', roles: ['Finance'], disabled: true });
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await updateAccount(' a/b+c@x.fr ', values({ disabled: true }));
    vi.unstubAllGlobals();
    expect((fetchMock.mock.calls as unknown as [string][])[0]?.[0]).toBe('/api/staff/accounts/a%2Fb%2Bc%40x.fr');
  });
});

describe('answers to a create or a change', () => {
  it('takes the created account from a 201', () => {
    const body = { email: 'claire@example.org', displayName: 'Claire Martin', roles: ['Finance'], disabled: false, lockedUntil: null };
    expect(accountOutcome({ status: 201, body, data: body }, 'create')).toEqual({
      kind: 'done',
      account: { email: 'claire@example.org', displayName: 'Claire Martin', roles: ['Finance'], disabled: false, lockedUntil: null },
    });
  });

  it('takes the changed account, disabled flag included, from the 200', () => {
    const outcome = accountOutcome({ status: 200, body: listAnswer[1], data: listAnswer[1] }, 'update');
    expect(outcome.kind === 'done' && outcome.account?.disabled).toBe(true);
  });

  it('reports a 2xx without an answer as done, without an account (the list is read again)', () => {
    expect(accountOutcome({ status: 200, body: null }, 'update')).toEqual({ kind: 'done', account: null });
  });

  it('puts "already exists" (409 on create) under the email, in the page language', () => {
    const body = { status: 409, title: 'Conflict.', title_fr: 'Conflit.', detail: 'A staff account with this email already exists.', detail_fr: 'Un compte existe déjà avec cet email.' };
    expect(errorsOf(accountOutcome({ status: 409, body }, 'create'))).toEqual({ fields: { email: 'Un compte existe déjà avec cet email.' }, form: null });
    expect(errorsOf(accountOutcome({ status: 409, body }, 'create'), 'en')?.fields.email).toBe('A staff account with this email already exists.');
    expect(errorsOf(accountOutcome({ status: 409, body: null }, 'create'))?.fields.email).toBe('Un compte existe déjà avec cet email.');
  });

  it("shows the server's refusal of an Admin demoting or disabling themselves (409 on update) above the form", () => {
    const body = { status: 409, detail: 'You cannot remove your own Admin role or disable yourself.', detail_fr: 'Vous ne pouvez pas retirer votre propre rôle Admin ni vous désactiver.' };
    expect(errorsOf(accountOutcome({ status: 409, body }, 'update'))).toEqual({
      fields: {},
      form: 'Vous ne pouvez pas retirer votre propre rôle Admin ni vous désactiver.',
    });
  });

  it('puts 400 field errors next to their fields', () => {
    const body = {
      status: 400,
      errors: {
        roles: [{ code: 'invalid', fr: 'Rôles possibles : Admin.', en: 'Possible roles: Admin.' }],
        displayName: [{ code: 'required', fr: 'Obligatoire.', en: 'Required.' }],
      },
    };
    expect(errorsOf(accountOutcome({ status: 400, body }, 'update'), 'en')).toEqual({
      fields: { roles: 'Possible roles: Admin.', displayName: 'Required.' },
      form: null,
    });
  });

  it('tells an ended session, a missing account and a failure apart', () => {
    expect(accountOutcome({ status: 401, body: null }, 'update')).toEqual({ kind: 'signedOut' });
    expect(accountOutcome({ status: 404, body: null }, 'update')).toEqual({ kind: 'notFound' });
    expect(errorsOf(accountOutcome({ status: 403, body: null }, 'create'))?.form).toBe("Seuls les administrateurs gèrent les comptes de l'équipe.");
    expect(errorsOf(accountOutcome({ status: 500, body: null }, 'create'))?.form).toBe(
      'Une erreur inattendue est survenue. Réessayez dans un instant.',
    );
  });
});

describe('one’s own account', () => {
  it('locks the Administrator role and the disabled box, which the server refuses to change there', () => {
    expect(lockedOnOwnAccount(true)).toEqual({ roles: ['Admin'], disabled: true });
  });

  it('locks nothing on another account', () => {
    expect(lockedOnOwnAccount(false)).toEqual({ roles: [], disabled: false });
  });
});
