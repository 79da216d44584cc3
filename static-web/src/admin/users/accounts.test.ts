import { describe, expect, it } from 'vitest';
import { HttpError } from '../../shared/http';
import { resolveFormErrors } from '../../shared/problem-details';
import {
  accountChangeBody,
  accountOutcome,
  accountPath,
  accountState,
  isSelf,
  newAccountBody,
  parseAccounts,
  validateAccountChange,
  validateNewAccount,
  withKnownStates,
  type AccountOutcome,
  type AccountValues,
} from './accounts';
import { accountsAnswer } from './accounts-api';

// What GET /api/staff/accounts answers today (StaffMember: email, displayName, roles).
const listAnswer = [
  { email: 'admin@congres.localhost', displayName: 'Admin Démo', roles: ['Admin'] },
  { email: 'Claire@Example.org', displayName: 'Claire Martin', roles: ['Finance', 'Staff'] },
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
  it('reads the list as the server sends it, the disabled flag unknown when absent', () => {
    const accounts = parseAccounts(listAnswer);
    expect(accounts?.map((a) => [a.email, a.displayName, a.roles, a.disabled])).toEqual([
      ['admin@congres.localhost', 'Admin Démo', ['Admin'], null],
      ['Claire@Example.org', 'Claire Martin', ['Finance', 'Staff'], null],
    ]);
  });

  it('takes disabled and lockedUntil when the server sends them, and skips unreadable items', () => {
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

  it('fills unknown states with the ones this page set, matching emails without regard to case', () => {
    const accounts = parseAccounts(listAnswer) ?? [];
    const merged = withKnownStates(accounts, new Map([['claire@example.org', true]]), 'someone@else.fr');
    expect(merged.map((a) => a.disabled)).toEqual([null, true]);
    // What the server says wins over what the page remembers.
    const told = withKnownStates([{ ...accounts[1]!, disabled: false }], new Map([['claire@example.org', true]]), 'someone@else.fr');
    expect(told[0]?.disabled).toBe(false);
  });

  it('knows the signed-in account is active: it just signed in', () => {
    const accounts = parseAccounts(listAnswer) ?? [];
    expect(withKnownStates(accounts, new Map(), 'ADMIN@congres.localhost').map((a) => a.disabled)).toEqual([false, null]);
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
    expect(accountState({ disabled: null, lockedUntil: '2026-05-01T10:15:00Z' }, now)).toBe('locked');
    expect(accountState({ disabled: false, lockedUntil: '2026-05-01T10:00:00Z' }, now)).toBe('active');
    expect(accountState({ disabled: null, lockedUntil: null }, now)).toBe('unknown');
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
  it('takes the created account from a 201, active', () => {
    const outcome = accountOutcome({ status: 201, body: { email: 'claire@example.org', displayName: 'Claire Martin', roles: ['Finance'] } }, 'create', values());
    expect(outcome).toEqual({
      kind: 'done',
      account: { email: 'claire@example.org', displayName: 'Claire Martin', roles: ['Finance'], disabled: false, lockedUntil: null },
    });
  });

  it('keeps the disabled flag it sent, since the 200 does not carry it', () => {
    const outcome = accountOutcome({ status: 200, body: listAnswer[1] }, 'update', values({ disabled: true }));
    expect(outcome.kind === 'done' && outcome.account.disabled).toBe(true);
  });

  it('puts "already exists" (409 on create) under the email, in the page language', () => {
    const body = { status: 409, title: 'Conflict.', title_fr: 'Conflit.', detail: 'A staff account with this email already exists.', detail_fr: 'Un compte existe déjà avec cet email.' };
    expect(errorsOf(accountOutcome({ status: 409, body }, 'create', values()))).toEqual({ fields: { email: 'Un compte existe déjà avec cet email.' }, form: null });
    expect(errorsOf(accountOutcome({ status: 409, body }, 'create', values()), 'en')?.fields.email).toBe('A staff account with this email already exists.');
    expect(errorsOf(accountOutcome({ status: 409, body: null }, 'create', values()))?.fields.email).toBe('Un compte existe déjà avec cet email.');
  });

  it("shows the server's refusal of an Admin demoting or disabling themselves (409 on update) above the form", () => {
    const body = { status: 409, detail: 'You cannot remove your own Admin role or disable yourself.', detail_fr: 'Vous ne pouvez pas retirer votre propre rôle Admin ni vous désactiver.' };
    expect(errorsOf(accountOutcome({ status: 409, body }, 'update', values()))).toEqual({
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
    expect(errorsOf(accountOutcome({ status: 400, body }, 'update', values()), 'en')).toEqual({
      fields: { roles: 'Possible roles: Admin.', displayName: 'Required.' },
      form: null,
    });
  });

  it('tells an ended session, a missing account and a failure apart', () => {
    expect(accountOutcome({ status: 401, body: null }, 'update', values())).toEqual({ kind: 'signedOut' });
    expect(accountOutcome({ status: 404, body: null }, 'update', values())).toEqual({ kind: 'notFound' });
    expect(errorsOf(accountOutcome({ status: 403, body: null }, 'create', values()))?.form).toBe("Seuls les administrateurs gèrent les comptes de l'équipe.");
    expect(errorsOf(accountOutcome({ status: 500, body: null }, 'create', values()))?.form).toBe(
      'Une erreur inattendue est survenue. Réessayez dans un instant.',
    );
  });
});
