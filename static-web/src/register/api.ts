import type { ContactBody as PersonContact } from '../shared/contact';
import { api, dataOf, type Schemas } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { message } from '../shared/i18n';
import type { ApiBasket } from './basket';
import { availabilityView, formView, type PaymentMethod, type ProductAvailability, type RegistrationForm } from './model';
import { readProblems, type ProblemEntry } from './problems';
import { registrationView, type Quote, type RegistrationView } from './quote';
import type { Submission } from './basket';

// The registration endpoints (docs/registration-api.md). Network failures throw NetworkError;
// statuses the page cannot act on throw HttpError.

export type Answer<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'problem'; status: number; problems: ProblemEntry[] }
  | { kind: 'notFound' };

// "Preview as attendee" (/register/?event=…&preview=1, opened from the back office): the form, access
// codes and prices come from the staff endpoints (drafts too, never cached) and nothing is ever submitted.
let preview = false;

/** Whether the page address asks for the staff preview. */
export function isPreviewQuery(search: string): boolean {
  return new URLSearchParams(search).get('preview') === '1';
}

export function setPreview(on: boolean): void {
  preview = on;
}

export function inPreview(): boolean {
  return preview;
}

const event = (eventId: string) => ({ params: { path: { eventId } } });

function unexpected(status: number): never {
  throw new HttpError(status);
}

const problem = (status: number, body: unknown): Answer<never> => ({ kind: 'problem', status, problems: readProblems(body) });

/** The form's read: the public endpoint, or the staff one in preview (drafts too, never cached). */
const formRead = (eventId: string, accessCode: string | null) => {
  const init = { params: { path: { eventId }, query: accessCode ? { access: accessCode } : {} } };
  return preview ? api.GET('/api/admin/events/{eventId}/form', init) : api.GET('/api/events/{eventId}/form', init);
};

export async function fetchForm(eventId: string, accessCode: string | null): Promise<Answer<RegistrationForm>> {
  const answer = await formRead(eventId, accessCode);
  const { status } = answer.response;
  if (status === 404) return { kind: 'notFound' };
  if (status === 400) return problem(400, answer.error);
  const form = formView(dataOf(answer));
  // A form without steps (a draft being set up) cannot be filled in.
  return form.steps.length > 0 ? { kind: 'ok', value: form } : unexpected(status);
}

export async function unlockAccess(eventId: string, code: string): Promise<Answer<Schemas['AccessGranted']>> {
  const init = { ...event(eventId), body: { code } };
  const answer = preview ? await api.POST('/api/admin/events/{eventId}/access', init) : await api.POST('/api/events/{eventId}/access', init);
  const { status } = answer.response;
  if (status === 400 || status === 404 || status === 403) return problem(400, answer.error);
  return { kind: 'ok', value: dataOf(answer) };
}

export async function fetchAvailability(
  eventId: string,
  from: string,
  nights: number,
): Promise<Map<string, ProductAvailability>> {
  // The preview shows no live stock (a draft has none to show): every product reads as available.
  if (preview) return new Map();
  return availabilityView(dataOf(await api.GET('/api/events/{eventId}/availability', { params: { path: { eventId }, query: { from, nights } } })));
}

export async function quote(eventId: string, basket: ApiBasket): Promise<Answer<Quote>> {
  const init = { ...event(eventId), body: basket };
  const answer = preview ? await api.POST('/api/admin/events/{eventId}/quote', init) : await api.POST('/api/events/{eventId}/quote', init);
  const { status } = answer.response;
  if (status === 400 || status === 409) return problem(status, answer.error);
  return { kind: 'ok', value: dataOf(answer) };
}

export interface ContactBody extends PersonContact {
  /** Emails the address a link to choose the password of the attendee space. */
  createAccount: boolean;
}

export interface RegistrationBody extends ApiBasket {
  clientKey: string;
  contact: ContactBody;
  paymentMethod: PaymentMethod;
  acceptTerms: boolean;
}

export async function submitRegistration(eventId: string, body: RegistrationBody): Promise<Answer<Submission>> {
  if (preview) return { kind: 'problem', status: 400, problems: [{ path: '', message: message('reg.preview.noSubmit') }] };
  const answer = await api.POST('/api/events/{eventId}/registrations', { ...event(eventId), body });
  const { status } = answer.response;
  if (status === 400 || status === 409) return problem(status, answer.error);
  if ((status === 201 || status === 200) && answer.data) return { kind: 'ok', value: answer.data };
  return unexpected(status);
}

export async function fetchRegistration(id: string, token: string): Promise<Answer<RegistrationView>> {
  const answer = await api.GET('/api/registrations/{registrationId}', { params: { path: { registrationId: id }, query: { token } } });
  if (answer.response.status === 404) return { kind: 'notFound' };
  return { kind: 'ok', value: registrationView(dataOf(answer)) };
}
