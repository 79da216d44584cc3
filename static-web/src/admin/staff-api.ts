import { failureMessage } from '../shared/failure';
import { send, type ApiResponse } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { isMessageKey, message, translate, type Lang } from '../shared/i18n';
import { problemToFormErrors, hasErrors, type FormErrors } from '../shared/problem-details';
import { LOGIN_FIELDS, type LoginField, type LoginValues } from '../shared/validation';

export interface StaffMember {
  email: string;
  displayName: string;
  roles: string[];
}

export function parseStaff(body: unknown): StaffMember | null {
  if (typeof body !== 'object' || body === null) return null;
  const { email, displayName, roles } = body as Record<string, unknown>;
  if (typeof email !== 'string' || email === '') return null;
  return {
    email,
    displayName: typeof displayName === 'string' && displayName.trim() !== '' ? displayName : email,
    roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
  };
}

/** The signed-in staff member, or null when there is no session (401). Other failures throw. */
export async function fetchCurrentStaff(): Promise<StaffMember | null> {
  const response = await send('/api/staff/me');
  if (response.status === 401) return null;
  const staff = response.status === 200 ? parseStaff(response.body) : null;
  if (!staff) throw new HttpError(response.status);
  return staff;
}

export function login(values: LoginValues): Promise<ApiResponse> {
  return send('/api/staff/login', {
    method: 'POST',
    json: { email: values.email.trim(), password: values.password },
  });
}

export async function logout(): Promise<void> {
  const response = await send('/api/staff/logout', { method: 'POST' });
  // 401: the session had already ended, which is what was asked for.
  if (response.status >= 300 && response.status !== 401) {
    throw new HttpError(response.status);
  }
}

/** What the login form shows for an answer of POST /api/staff/login; null means signed in. */
export function loginErrors(response: ApiResponse): FormErrors<LoginField> | null {
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401) return { fields: {}, form: message('admin.badCredentials') };
  if (status === 429) return { fields: {}, form: message('admin.tooManyAttempts') };
  if (status === 400) {
    const errors = problemToFormErrors(response.body, LOGIN_FIELDS);
    if (hasErrors(errors)) return errors;
  }
  return { fields: {}, form: failureMessage(new HttpError(status)) };
}

export function formatRoles(roles: readonly string[], lang: Lang): string {
  if (roles.length === 0) return translate(lang, 'admin.noRole');
  return roles
    .map((role) => {
      const key = `role.${role}`;
      return isMessageKey(key) ? translate(lang, key) : role;
    })
    .join(', ');
}

export interface PasswordChangeValues {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
}

export type PasswordChangeField = keyof PasswordChangeValues;
/** Fields the server can name (newPasswordRepeat is checked here only). */
const PASSWORD_SERVER_FIELDS: readonly PasswordChangeField[] = ['currentPassword', 'newPassword'];
/** The server's minimum (ChangePasswordRequest, 10 characters). */
export const MIN_STAFF_PASSWORD = 10;

export function validatePasswordChange(values: PasswordChangeValues): FormErrors<PasswordChangeField> {
  const fields: FormErrors<PasswordChangeField>['fields'] = {};
  // Taken as typed: spaces can be part of a password; length in UTF-16 units, as the server counts.
  if (values.currentPassword === '') fields.currentPassword = message('validation.passwordRequired');
  if (values.newPassword.length < MIN_STAFF_PASSWORD) {
    fields.newPassword = message('admin.password.tooShort', { n: MIN_STAFF_PASSWORD });
  } else if (values.newPassword !== values.newPasswordRepeat) {
    fields.newPasswordRepeat = message('admin.password.mismatch');
  }
  return { fields, form: null };
}

export function changePassword(values: Pick<PasswordChangeValues, 'currentPassword' | 'newPassword'>): Promise<ApiResponse> {
  return send('/api/staff/password', {
    method: 'POST',
    json: { currentPassword: values.currentPassword, newPassword: values.newPassword },
  });
}

export type PasswordChangeOutcome =
  | { kind: 'done' }
  /** 401: the session had already ended. */
  | { kind: 'signedOut' }
  | { kind: 'errors'; errors: FormErrors<PasswordChangeField> };

/** What the password form shows for an answer of POST /api/staff/password. */
export function passwordChangeOutcome(response: ApiResponse): PasswordChangeOutcome {
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'done' };
  if (status === 401) return { kind: 'signedOut' };
  if (status === 429) return { kind: 'errors', errors: { fields: {}, form: message('admin.tooManyAttempts') } };
  if (status === 400) {
    const errors = problemToFormErrors(response.body, PASSWORD_SERVER_FIELDS);
    if (hasErrors(errors)) return { kind: 'errors', errors };
  }
  return { kind: 'errors', errors: { fields: {}, form: failureMessage(new HttpError(status)) } };
}
