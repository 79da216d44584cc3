import { failureMessage } from '../../shared/failure';
import { HttpError, type ApiResponse } from '../../shared/http';
import { message, type Localized } from '../../shared/i18n';
import { hasErrors, problemToFormErrors, type FormErrors } from '../../shared/problem-details';
import { checkEmail } from '../../shared/validation';

// Staff accounts as GET/POST/PUT /api/staff/accounts speak them (functions/Staff/StaffAccountsApi.cs
// and StaffContracts.cs), and the checks of the account form. No DOM here.

/** The roles the server knows (Congress.Platform.Auth.Roles.All), in the order the form lists them. */
export const STAFF_ROLES = ['Admin', 'OperationsManager', 'Staff', 'Finance'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The server's limits (CreateStaffAccountRequest, Check.Text). */
export const MIN_ACCOUNT_PASSWORD = 10;
export const MAX_DISPLAY_NAME = 100;

export interface StaffAccount {
  email: string;
  displayName: string;
  roles: string[];
  /**
   * null when the answer does not say: the server's StaffMember carries email, displayName and
   * roles only, so the list cannot tell a disabled account from an active one.
   */
  disabled: boolean | null;
  /** An instant (ISO 8601) while the account is locked after wrong passwords, when the server says so. */
  lockedUntil: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseAccount(body: unknown): StaffAccount | null {
  if (!isRecord(body)) return null;
  const { email, displayName, roles, disabled, lockedUntil } = body;
  if (typeof email !== 'string' || email.trim() === '') return null;
  return {
    email,
    displayName: typeof displayName === 'string' && displayName.trim() !== '' ? displayName : email,
    roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
    disabled: typeof disabled === 'boolean' ? disabled : null,
    lockedUntil: typeof lockedUntil === 'string' && lockedUntil !== '' ? lockedUntil : null,
  };
}

/** The list answer; null when it is not a list. Unreadable items are skipped. */
export function parseAccounts(body: unknown): StaffAccount[] | null {
  if (!Array.isArray(body)) return null;
  return body.map(parseAccount).filter((account): account is StaffAccount => account !== null);
}

/** Emails are keys without regard to case or surrounding spaces (StaffAccount.KeyFor on the server). */
export const accountKey = (email: string): string => email.trim().toLowerCase();

export const isSelf = (account: Pick<StaffAccount, 'email'>, staffEmail: string): boolean =>
  accountKey(account.email) === accountKey(staffEmail);

/**
 * Fills the disabled flags the server did not send: with those this page set itself (a PUT says
 * what it changed), so that an account disabled a moment ago is not shown as "unknown"; and for
 * the signed-in account, which cannot be disabled since it just signed in.
 */
export function withKnownStates(accounts: readonly StaffAccount[], known: ReadonlyMap<string, boolean>, staffEmail: string): StaffAccount[] {
  return accounts.map((account) => {
    if (account.disabled !== null) return account;
    const remembered = isSelf(account, staffEmail) ? false : known.get(accountKey(account.email));
    return remembered === undefined ? account : { ...account, disabled: remembered };
  });
}

export type AccountState = 'active' | 'disabled' | 'locked' | 'unknown';

export function accountState(account: Pick<StaffAccount, 'disabled' | 'lockedUntil'>, now: Date): AccountState {
  if (account.disabled === true) return 'disabled';
  const lockedUntil = account.lockedUntil ? new Date(account.lockedUntil) : null;
  if (lockedUntil && lockedUntil.getTime() > now.getTime()) return 'locked';
  return account.disabled === false ? 'active' : 'unknown';
}

export interface AccountValues {
  email: string;
  displayName: string;
  password: string;
  roles: readonly string[];
  disabled: boolean;
}

export type AccountField = 'email' | 'displayName' | 'password' | 'roles' | 'disabled';
export const ACCOUNT_FIELDS: readonly AccountField[] = ['email', 'displayName', 'password', 'roles', 'disabled'];

function checkDisplayName(value: string): Localized | null {
  const name = value.trim();
  if (name === '') return message('admin.users.validation.nameRequired');
  if (name.length > MAX_DISPLAY_NAME) return message('admin.users.validation.nameTooLong', { n: MAX_DISPLAY_NAME });
  return null;
}

function checkRoles(roles: readonly string[]): Localized | null {
  return roles.length === 0 ? message('admin.users.validation.rolesRequired') : null;
}

/** Client-side checks of the new-account form; the server checks everything again. */
export function validateNewAccount(values: AccountValues): FormErrors<AccountField> {
  const fields: FormErrors<AccountField>['fields'] = {};
  const email = checkEmail(values.email);
  if (email) fields.email = email;
  const name = checkDisplayName(values.displayName);
  if (name) fields.displayName = name;
  // Taken as typed (spaces count); length in UTF-16 units, as the server counts.
  if (values.password.length < MIN_ACCOUNT_PASSWORD) {
    fields.password = message('admin.users.validation.passwordShort', { n: MIN_ACCOUNT_PASSWORD });
  }
  const roles = checkRoles(values.roles);
  if (roles) fields.roles = roles;
  return { fields, form: null };
}

export function validateAccountChange(values: AccountValues): FormErrors<AccountField> {
  const fields: FormErrors<AccountField>['fields'] = {};
  const name = checkDisplayName(values.displayName);
  if (name) fields.displayName = name;
  const roles = checkRoles(values.roles);
  if (roles) fields.roles = roles;
  return { fields, form: null };
}

/** Only known roles, each once, in the form's order. */
function cleanRoles(roles: readonly string[]): StaffRole[] {
  return STAFF_ROLES.filter((role) => roles.includes(role));
}

/** Body of POST /api/staff/accounts. */
export function newAccountBody(values: AccountValues) {
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    roles: cleanRoles(values.roles),
  };
}

/** Body of PUT /api/staff/accounts/{email}. */
export function accountChangeBody(values: Pick<AccountValues, 'displayName' | 'roles' | 'disabled'>) {
  return { displayName: values.displayName.trim(), roles: cleanRoles(values.roles), disabled: values.disabled };
}

export const accountPath = (email: string): string => `/api/staff/accounts/${encodeURIComponent(email.trim())}`;

export type AccountOutcome =
  | { kind: 'done'; account: StaffAccount }
  /** 401: the session has ended. */
  | { kind: 'signedOut' }
  /** 404 on a change: the account does not exist (any more). */
  | { kind: 'notFound' }
  | { kind: 'errors'; errors: FormErrors<AccountField> };

/**
 * What the form shows for the answer of a create (POST) or change (PUT). `sent` is what was sent:
 * the answer does not carry the disabled flag, so the change's own value is taken.
 */
export function accountOutcome(response: ApiResponse, mode: 'create' | 'update', sent: AccountValues): AccountOutcome {
  const { status, body } = response;
  if (status >= 200 && status < 300) {
    const account = parseAccount(body) ?? {
      email: sent.email.trim(),
      displayName: sent.displayName.trim(),
      roles: cleanRoles(sent.roles),
      disabled: null,
      lockedUntil: null,
    };
    const disabled = mode === 'create' ? false : sent.disabled;
    return { kind: 'done', account: { ...account, disabled: account.disabled ?? disabled } };
  }
  if (status === 401) return { kind: 'signedOut' };
  if (status === 404 && mode === 'update') return { kind: 'notFound' };
  if (status === 403) return { kind: 'errors', errors: { fields: {}, form: message('admin.users.forbidden') } };
  if (status === 400 || status === 409) {
    const errors = problemToFormErrors(body, ACCOUNT_FIELDS);
    // A 409 on creation is the email already taken: say it under the email.
    if (status === 409 && mode === 'create' && errors.form) return { kind: 'errors', errors: { fields: { email: errors.form }, form: null } };
    if (hasErrors(errors)) return { kind: 'errors', errors };
    if (status === 409 && mode === 'create') {
      return { kind: 'errors', errors: { fields: { email: message('admin.users.emailTaken') }, form: null } };
    }
  }
  return { kind: 'errors', errors: { fields: {}, form: failureMessage(new HttpError(status)) } };
}
