import { failureMessage } from '../shared/failure';
import { answerOf, api, dataOf, type ApiResponse, type Schemas } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { isMessageKey, message, translate, type Lang } from '../shared/i18n';
import { problemToFormErrors, hasErrors, type FormErrors } from '../shared/problem-details';
import { LOGIN_FIELDS, type LoginField, type LoginValues } from '../shared/validation';

/** The signed-in staff member (the server's StaffMember), named by the email when the display name is blank. */
export type StaffMember = Schemas['StaffMember'];

export const withName = (staff: StaffMember): StaffMember => ({ ...staff, displayName: staff.displayName.trim() || staff.email });

/** The signed-in staff member, or null when there is no session (401). Other failures throw. */
export async function fetchCurrentStaff(): Promise<StaffMember | null> {
  const answer = await api.GET('/api/staff/me');
  if (answer.response.status === 401) return null;
  return withName(dataOf(answer));
}

export async function login(values: LoginValues): Promise<ApiResponse> {
  return answerOf(await api.POST('/api/staff/login', { body: { email: values.email.trim(), password: values.password } }));
}

export async function logout(): Promise<void> {
  const { response } = await api.POST('/api/staff/logout');
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
    fields.newPassword = message('admin.password.tooShort', { count: MIN_STAFF_PASSWORD });
  } else if (values.newPassword !== values.newPasswordRepeat) {
    fields.newPasswordRepeat = message('admin.password.mismatch');
  }
  return { fields, form: null };
}

export async function changePassword(values: Pick<PasswordChangeValues, 'currentPassword' | 'newPassword'>): Promise<ApiResponse> {
  return answerOf(await api.POST('/api/staff/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }));
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
