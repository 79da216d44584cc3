import { describe, expect, it } from 'vitest';
import { HttpError } from '../../shared/http';
import { resolveFormErrors } from '../../shared/problem-details';
import {
  accountChangeBody,
  accountOutcome,
  accountPath,
  accountState,
  isSelf,
  lockedOnOwnAccount,
  newAccountBody,
  parseAccounts,
  validateAccountChange,
  validateNewAccount,
  type AccountOutcome,
  type AccountValues,
} from './accounts';
import { accountsAnswer } from './accounts-api';

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
  it('reads the list as the server sends it', () => {
    const accounts = parseAccounts(listAnswer);
    expect(accounts?.map((a) => [a.email, a.displayName, a.roles, a.disabled, a.lockedUntil])).toEqual([
      ['admin@congres.localhost', 'Admin Démo', ['Admin'], false, null],
      ['Claire@Example.org', 'Claire Martin', ['Finance', 'Staff'], true, null],
    ]);
  });

  it('takes lockedUntil, falls back to the email for a blank name, and skips unreadable items', () => {
    const accounts = parseAccounts([
      { email: 'a@b.fr', displayName: '', roles: ['Staff', 3], disabled: true, lockedUntil: '2026-05-01T10:00:00Z' },
      { displayName: 'no email' },
      'junk',
    ]);
    expect(accounts).toEqual([{ email: 'a@b.fr', displayName: 'a@b.fr', roles: ['Staff'], disabled: true, lockedUntil: '2026-05-01T10:00:00Z' }]);
    expect(parseAccounts({ items: [] })).toBeNull();
  });

  it('answers 401 as an ended session, 403 as forbidden, and throws on other failures', () => {
    expect(accountsAnswer({ status: 401, body: null })).toEqual({ kind: 'signedOut' });
    expect(accountsAnswer({ status: 403, body: null })).toEqual({ kind: 'forbidden' });
    expect(() => accountsAnswer({ status: 500, body: null })).toThrow(HttpError);
    expect(() => accountsAnswer({ status: 200, body: { not: 'a list' } })).toThrow(HttpError);
    expect(accountsAnswer({ status: 200, body: listAnswer }).kind).toBe('ok');
  });

  it('skips an item that does not say whether the account is disabled', () => {
    const { disabled: _, ...withoutFlag } = listAnswer[1]!;
    const accounts = parseAccounts([listAnswer[0], withoutFlag, { ...listAnswer[1], disabled: null }, { ...listAnswer[1], disabled: 'false' }]);
    expect(accounts?.map((a) => a.email)).toEqual(['admin@congres.localhost']);
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

  it('sends name, roles and the disabled flag on a change, and escapes the email in the address', () => {
    expect(accountChangeBody(values({ disabled: true }))).toEqual({ displayName: 'Claire Martin', roles: ['Finance'], disabled: true });
    expect(accountPath('a/b+c@x.fr')).toBe('/api/staff/accounts/a%2Fb%2Bc%40x.fr');
  });
});

describe('answers to a create or a change', () => {
  it('takes the created account from a 201', () => {
    const body = { email: 'claire@example.org', displayName: 'Claire Martin', roles: ['Finance'], disabled: false, lockedUntil: null };
    expect(accountOutcome({ status: 201, body }, 'create')).toEqual({
      kind: 'done',
      account: { email: 'claire@example.org', displayName: 'Claire Martin', roles: ['Finance'], disabled: false, lockedUntil: null },
    });
  });

  it('takes the changed account, disabled flag included, from the 200', () => {
    const outcome = accountOutcome({ status: 200, body: listAnswer[1] }, 'update');
    expect(outcome.kind === 'done' && outcome.account?.disabled).toBe(true);
  });

  it('reports a 2xx it cannot read as done, without an account (the list is read again)', () => {
    const { disabled: _, ...withoutFlag } = listAnswer[1]!;
    expect(accountOutcome({ status: 200, body: withoutFlag }, 'update')).toEqual({ kind: 'done', account: null });
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
