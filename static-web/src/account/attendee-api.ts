import { loginErrors } from '../admin/staff-api';
import { failureMessage } from '../shared/failure';
import { answerOf, api, dataOf, problemOf, type ApiResponse, type Schemas } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { message } from '../shared/i18n';
import { hasErrors, problemToFormErrors, type FormErrors } from '../shared/problem-details';
import type { LoginField, LoginValues } from '../shared/validation';
import { registrationView, type RegistrationView } from '../register/quote';
import type { ReceivedPayment } from './detail';
import { NEW_PASSWORD_FIELDS, type NewPasswordField } from './password';
import { accountRegistrations, type AccountRegistration } from './registrations';

// The attendee space endpoints (functions/AttendeeSpace/AttendeeApi.cs). The session is the
// congress.attendee cookie, sent by the shared client (same origin). Network failures throw NetworkError.

/** The signed-in attendee (the server's AttendeeMe). */
export type Attendee = Schemas['AttendeeMe'];

/** The signed-in attendee, or null without a session (401). Other failures throw. */
export async function fetchCurrentAttendee(): Promise<Attendee | null> {
  const answer = await api.GET('/api/attendee/me');
  if (answer.response.status === 401) return null;
  return dataOf(answer);
}

export async function login(values: LoginValues): Promise<ApiResponse> {
  return answerOf(await api.POST('/api/attendee/login', { body: { email: values.email.trim(), password: values.password } }));
}

/** What the sign-in form shows for an answer of POST /api/attendee/login; null means signed in. */
export function attendeeLoginErrors(response: ApiResponse): FormErrors<LoginField> | null {
  // The staff page handles 400, 429 and failures the same way; only the 401 text differs (it points to the reset).
  if (response.status === 401) return { fields: {}, form: message('account.badCredentials') };
  return loginErrors(response);
}

export async function logout(): Promise<void> {
  const { response } = await api.POST('/api/attendee/logout');
  // 401: the session had already ended, which is what was asked for.
  if (response.status >= 300 && response.status !== 401) throw new HttpError(response.status);
}

/** null: the session has ended (401). */
export async function fetchRegistrations(): Promise<AccountRegistration[] | null> {
  const answer = await api.GET('/api/attendee/registrations');
  if (answer.response.status === 401) return null;
  return accountRegistrations(dataOf(answer));
}

export interface RegistrationDetail {
  view: RegistrationView;
  payments: ReceivedPayment[];
  balanceDue: number;
  refundDue: number;
}

/** GET /api/registrations/{id}?token=: the view the confirmation page renders, plus the payments received. */
export async function fetchRegistrationDetail(registration: Pick<AccountRegistration, 'registrationId' | 'accessToken'>): Promise<RegistrationDetail> {
  const { registrationId, accessToken: token } = registration;
  const body = dataOf(await api.GET('/api/registrations/{registrationId}', { params: { path: { registrationId }, query: { token } } }));
  const payments = body.payments.map((payment) => ({ ...payment, reference: payment.reference.trim() }));
  return { view: registrationView(body), payments, balanceDue: body.balanceDue, refundDue: body.refundDue };
}

export async function requestReset(email: string): Promise<ApiResponse> {
  return answerOf(await api.POST('/api/attendee/password-reset', { body: { email: email.trim() } }));
}

/** What the forgotten-password form shows; null: accepted (always 202, known address or not). */
export function resetRequestErrors(response: ApiResponse): FormErrors<LoginField> | null {
  if (response.status >= 200 && response.status < 300) return null;
  return loginErrors(response);
}

export async function confirmReset(token: string, password: string): Promise<ApiResponse> {
  return answerOf(await api.POST('/api/attendee/password-reset/confirm', { body: { token, password } }));
}

export type ResetOutcome =
  | { kind: 'done' }
  /** The link is expired, already used or unknown: only a new link helps. */
  | { kind: 'expired' }
  | { kind: 'errors'; errors: FormErrors<NewPasswordField> };

export function resetConfirmOutcome(response: ApiResponse): ResetOutcome {
  const { status, body } = response;
  if (status >= 200 && status < 300) return { kind: 'done' };
  if (status === 400) {
    const errors = problemOf(body)?.errors;
    if (errors && Object.keys(errors).some((key) => key.toLowerCase() === 'token')) {
      return { kind: 'expired' };
    }
    const fieldErrors = problemToFormErrors(body, NEW_PASSWORD_FIELDS);
    if (hasErrors(fieldErrors)) return { kind: 'errors', errors: fieldErrors };
  }
  if (status === 429) return { kind: 'errors', errors: { fields: {}, form: message('admin.tooManyAttempts') } };
  return { kind: 'errors', errors: { fields: {}, form: failureMessage(new HttpError(status)) } };
}
