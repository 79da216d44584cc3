import { formView, type RegistrationForm } from '../../register/model';
import { api, dataOf, problemOf, revision, revisionOf, type Schemas } from '../../shared/api/client';
import type { ContactBody } from '../../shared/contact';
import { HttpError } from '../../shared/http';
import { catalogView } from '../events/model';
import { fetchProviders as fetchProviderChoices } from '../shared/providers';
import type { ApiBasket, LineOrigin } from './basket-edit';
import {
  emailContentView,
  fileOf,
  ifMatchOf,
  newestFirst,
  type EmailContent,
  type EmailSummary,
  type HistoryEntry,
  type RegistrationFile,
} from './file-model';
import type { FilterCatalog, ProviderName, RegistrationPage } from './list-model';
import type { PaymentBody, RefundBody } from './payments';
import { isEditConflict, isRefundRefused, problemType, reportProblems, type ProblemReport } from '../shared/problems';
import { listQuery, type ListFilters } from './query';

// The calls of docs/backoffice-api.md, through the shared client (shared/api/client.ts): it sends the
// cookie, reports a 401 to the session-end hook and carries If-Match (`revision`) and ETag (`revisionOf`).

/** What the server answered a change of the file: its status, the file it answered, a problem's body and the ETag. */
export interface AdminResponse {
  status: number;
  file?: Schemas['RegistrationFile'];
  body: unknown;
  etag: string | null;
}

const answerOf = (answer: { data?: Schemas['RegistrationFile']; error?: unknown; response: Response }): AdminResponse => ({
  status: answer.response.status,
  ...(answer.response.ok && answer.data ? { file: answer.data } : {}),
  body: answer.response.ok ? (answer.data ?? null) : problemOf(answer.error),
  etag: revisionOf(answer.response),
});

const file = (registrationId: string) => ({ params: { path: { registrationId } } });
const event = (eventId: string) => ({ params: { path: { eventId } } });

/** Every event, drafts included (their registrations too are followed here), by start date. */
export { fetchEvents } from '../shared/events';

/**
 * The event's form as staff read it (drafts too, never cached): the products of the
 * line editor. With a registration's access code, the products restricted to its group come too.
 */
export async function fetchForm(eventId: string, accessCode: string | null = null): Promise<RegistrationForm> {
  const query = accessCode ? { access: accessCode } : {};
  return formView(dataOf(await api.GET('/api/admin/events/{eventId}/form', { params: { path: { eventId }, query } })));
}

/** The event's whole catalog (restricted products included): the product and provider filters. */
export const fetchCatalog = async (eventId: string): Promise<FilterCatalog> =>
  catalogView(dataOf(await api.GET('/api/admin/events/{eventId}/catalog', event(eventId))));

/** The event's time zone, in which the list shows times. */
export const fetchTimeZone = async (eventId: string): Promise<string> => dataOf(await api.GET('/api/admin/events/{eventId}', event(eventId))).timeZone;

/** Every provider (hotels, restaurants, venues…), to name them in the provider filter. */
export const fetchProviders = (): Promise<ProviderName[]> => fetchProviderChoices();

/** A page of the list. The route declares no query parameters in the document: the filters go as an untyped query. */
export const fetchPage = async (filters: ListFilters): Promise<RegistrationPage> =>
  dataOf(await api.GET('/api/admin/events/{eventId}/registrations', { params: { path: { eventId: filters.event }, query: listQuery(filters) as never } }));

export interface LoadedFile {
  file: RegistrationFile;
  /** What a change must send as If-Match. */
  etag: string | null;
}

function loaded(response: AdminResponse): LoadedFile | null {
  if (!response.file) return null;
  const file = fileOf(response.file);
  return { file, etag: ifMatchOf(response.etag, file) };
}

/** The file and its ETag; 404 (unknown or not visible) throws HttpError(404). */
export async function fetchFile(id: string): Promise<LoadedFile> {
  const response = answerOf(await api.GET('/api/admin/registrations/{registrationId}', file(id)));
  const found = response.status === 200 ? loaded(response) : null;
  if (!found) throw new HttpError(response.status === 200 ? 502 : response.status);
  return found;
}

export type ChangeOutcome =
  | { kind: 'done'; loaded: LoadedFile }
  | { kind: 'conflict' }
  | { kind: 'problems'; report: ProblemReport }
  | { kind: 'failed'; error: unknown };

/** The outcome of a change: the new file, an edit conflict, problems to place, or a failure. */
export function changeOutcome(response: AdminResponse, origins: readonly LineOrigin[] | null = null): ChangeOutcome {
  const { status, body } = response;
  if (status === 200 || status === 201) {
    const file = loaded(response);
    return file ? { kind: 'done', loaded: file } : { kind: 'failed', error: new HttpError(502) };
  }
  if (isEditConflict(status, body)) return { kind: 'conflict' };
  // 409 covers sold-out, awaiting-card-payment, refund-conflict…: each with the server's words.
  if (status === 400 || status === 409 || status === 422 || isRefundRefused(status, body))
    return { kind: 'problems', report: reportProblems(body, origins) };
  return { kind: 'failed', error: new HttpError(status) };
}

type Answer = { data?: Schemas['RegistrationFile']; error?: unknown; response: Response };

async function change(request: () => Promise<Answer>, origins: readonly LineOrigin[] | null = null): Promise<ChangeOutcome> {
  try {
    return changeOutcome(answerOf(await request()), origins);
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/** A change of the file made on the revision `ifMatch`. */
const onRevision = (id: string, ifMatch: string | null) => ({ ...file(id), headers: revision(ifMatch) });

export const putBasket = (id: string, ifMatch: string | null, basket: ApiBasket, origins: readonly LineOrigin[]) =>
  change(() => api.PUT('/api/admin/registrations/{registrationId}', { ...onRevision(id, ifMatch), body: basket satisfies Schemas['BasketInput'] }), origins);

export const putContact = (id: string, ifMatch: string | null, contact: ContactBody) =>
  change(() => api.PUT('/api/admin/registrations/{registrationId}/contact', { ...onRevision(id, ifMatch), body: { ...contact, createAccount: false } satisfies Schemas['ContactInput'] }));

export const cancelRegistration = (id: string, ifMatch: string | null, reason: string) =>
  change(() => api.POST('/api/admin/registrations/{registrationId}/cancel', { ...onRevision(id, ifMatch), body: { reason } }));

export const recordPayment = (id: string, body: PaymentBody) =>
  change(() => api.POST('/api/admin/registrations/{registrationId}/payments', { ...file(id), body: body satisfies Schemas['ManualPaymentInput'] }));

const refundInput = (body: RefundBody): Schemas['RefundInput'] => ({
  requestId: body.requestId, amount: body.amount, method: body.method, paymentId: body.paymentId ?? null, reference: body.reference ?? null,
});

/** Also answers the status (or null without an answer) and the problem's type so the dialog can settle its request id. */
export async function refund(id: string, body: RefundBody): Promise<{ outcome: ChangeOutcome; status: number | null; problem: string }> {
  try {
    const response = answerOf(await api.POST('/api/admin/registrations/{registrationId}/refunds', { ...file(id), body: refundInput(body) }));
    return { outcome: changeOutcome(response), status: response.status, problem: problemType(response.body) };
  } catch (error) {
    return { outcome: { kind: 'failed', error }, status: null, problem: '' };
  }
}

export const fetchHistory = async (id: string): Promise<HistoryEntry[]> =>
  newestFirst(dataOf(await api.GET('/api/admin/registrations/{registrationId}/history', file(id))));

export const fetchEmails = async (id: string): Promise<EmailSummary[]> =>
  newestFirst(dataOf(await api.GET('/api/admin/registrations/{registrationId}/emails', file(id))));

export const fetchEmail = async (id: string, emailId: string): Promise<EmailContent> =>
  emailContentView(dataOf(await api.GET('/api/admin/registrations/{registrationId}/emails/{emailId}', { params: { path: { registrationId: id, emailId } } })));

/** 202: the copy is queued and appears in the list. */
export async function resendEmail(id: string, emailId: string): Promise<void> {
  const { response } = await api.POST('/api/admin/registrations/{registrationId}/emails/{emailId}/resend', {
    params: { path: { registrationId: id, emailId } },
  });
  if (response.status !== 202 && response.status !== 200) throw new HttpError(response.status);
}

/** The contact as PUT …/contact reads it: the same body as the attendee form's. */
export { toContactBody, type ContactBody } from '../../shared/contact';
