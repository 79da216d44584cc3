import { failureMessage } from '../../shared/failure';
import type { ApiResponse, Schemas } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
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

/** An account as the server describes it (StaffAccountView). */
export type StaffAccount = Schemas['StaffAccountView'];

/** The name a row shows: the display name, or the email when it is blank. */
export const accountName = (account: Pick<StaffAccount, 'displayName' | 'email'>): string => account.displayName.trim() || account.email;

/** Emails are keys without regard to case or surrounding spaces (StaffAccount.KeyFor on the server). */
export const accountKey = (email: string): string => email.trim().toLowerCase();

export const isSelf = (account: Pick<StaffAccount, 'email'>, staffEmail: string): boolean =>
  accountKey(account.email) === accountKey(staffEmail);

export type AccountState = 'active' | 'disabled' | 'locked';

/** Disabled outweighs a lock: unlocking would not let the person in. */
export function accountState(account: Pick<StaffAccount, 'disabled' | 'lockedUntil'>, now: Date): AccountState {
  if (account.disabled) return 'disabled';
  const lockedUntil = account.lockedUntil ? new Date(account.lockedUntil) : null;
  if (lockedUntil && lockedUntil.getTime() > now.getTime()) return 'locked';
  return 'active';
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
  if (name.length > MAX_DISPLAY_NAME) return message('admin.users.validation.nameTooLong', { count: MAX_DISPLAY_NAME });
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
    fields.password = message('admin.users.validation.passwordShort', { count: MIN_ACCOUNT_PASSWORD });
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

/**
 * What one may not change on one's own account (the server refuses both): the Administrator role
 * and the "disabled" box. The form shows them locked, with a note saying why.
 */
export function lockedOnOwnAccount(self: boolean): { roles: readonly StaffRole[]; disabled: boolean } {
  return self ? { roles: ['Admin'], disabled: true } : { roles: [], disabled: false };
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

export type AccountOutcome =
  /** account is null when the server did it (2xx) but its answer cannot be read: read the list again. */
  | { kind: 'done'; account: StaffAccount | null }
  /** 401: the session has ended. */
  | { kind: 'signedOut' }
  /** 404 on a change: the account does not exist (any more). */
  | { kind: 'notFound' }
  | { kind: 'errors'; errors: FormErrors<AccountField> };

/** What the form shows for the answer of a create (POST 201) or change (PUT 200), both a StaffAccountView. */
export function accountOutcome(response: ApiResponse<StaffAccount>, mode: 'create' | 'update'): AccountOutcome {
  const { status, body } = response;
  // A 2xx means the change is made, even if its answer cannot be read: never offer to send it twice.
  if (status >= 200 && status < 300) return { kind: 'done', account: response.data ?? null };
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
