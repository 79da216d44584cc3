import { parseForm, type RegistrationForm } from '../../register/model';
import { api, problemOf, revision, revisionOf, send, type Schemas } from '../../shared/api/client';
import type { ContactBody } from '../../shared/contact';
import { HttpError } from '../../shared/http';
import type { ApiBasket, LineOrigin } from './basket-edit';
import {
  ifMatchOf,
  parseEmailContent,
  parseEmails,
  parseHistory,
  parseRegistrationFile,
  type EmailContent,
  type EmailSummary,
  type HistoryEntry,
  type RegistrationFile,
} from './file-model';
import {
  parseFilterCatalog,
  parseProviderNames,
  parseRegistrationPage,
  parseTimeZone,
  type FilterCatalog,
  type ProviderName,
  type RegistrationPage,
} from './list-model';
import type { PaymentBody, RefundBody } from './payments';
import { isEditConflict, isRefundRefused, problemType, reportProblems, type ProblemReport } from '../shared/problems';
import { listApiUrl, type ListFilters } from './query';

// The calls of docs/backoffice-api.md, through the shared client (shared/api/client.ts): it sends the
// cookie, reports a 401 to the session-end hook and carries If-Match (`revision`) and ETag (`revisionOf`).

/** What the server answered a call: its status, body (a file, a problem…) and ETag. */
export interface AdminResponse {
  status: number;
  body: unknown;
  etag: string | null;
}

const answerOf = (answer: { data?: unknown; error?: unknown; response: Response }): AdminResponse => ({
  status: answer.response.status,
  body: answer.response.ok ? (answer.data ?? null) : problemOf(answer.error),
  etag: revisionOf(answer.response),
});

/** A read that must answer 200 with the expected shape; anything else throws (404 included, as HttpError). */
async function read<T>(request: Promise<{ data?: unknown; error?: unknown; response: Response }>, parse: (body: unknown) => T | null): Promise<T> {
  const response = answerOf(await request);
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status === 200 ? 502 : response.status);
  return value;
}

const file = (registrationId: string) => ({ params: { path: { registrationId } } });
const event = (eventId: string) => ({ params: { path: { eventId } } });

/** Every event, drafts included (their registrations too are followed here), by start date. */
export { fetchEvents } from '../shared/events';

/**
 * The event's form as staff read it (drafts too, never cached): the products of the
 * line editor. With a registration's access code, the products restricted to its group come too.
 */
export function fetchForm(eventId: string, accessCode: string | null = null): Promise<RegistrationForm> {
  const query = accessCode ? { access: accessCode } : undefined;
  return read(api.GET('/api/admin/events/{eventId}/form', { params: { path: { eventId }, query: query as never } }), parseForm);
}

/** The event's whole catalog (restricted products included): the product and provider filters. */
export const fetchCatalog = (eventId: string): Promise<FilterCatalog> =>
  read(api.GET('/api/admin/events/{eventId}/catalog', event(eventId)), parseFilterCatalog);

/** The event's time zone, in which the list shows times. */
export const fetchTimeZone = (eventId: string): Promise<string> => read(api.GET('/api/admin/events/{eventId}', event(eventId)), parseTimeZone);

/** Every provider (hotels, restaurants, venues…), to name them in the provider filter. */
export const fetchProviders = (): Promise<ProviderName[]> => read(api.GET('/api/admin/providers'), parseProviderNames);

export const fetchPage = async (filters: ListFilters): Promise<RegistrationPage> => {
  const answer = await send(listApiUrl(filters));
  const value = answer.status === 200 ? parseRegistrationPage(answer.body) : null;
  if (value === null) throw new HttpError(answer.status === 200 ? 502 : answer.status);
  return value;
};

export interface LoadedFile {
  file: RegistrationFile;
  /** What a change must send as If-Match. */
  etag: string | null;
}

// server document lacks this response type (the registration file): file-model.ts reads it.
function loaded(response: AdminResponse): LoadedFile | null {
  const file = parseRegistrationFile(response.body);
  if (!file) return null;
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

type Answer = { data?: unknown; error?: unknown; response: Response };

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

// server document lacks this response type (history, emails): file-model.ts reads them.
export const fetchHistory = (id: string): Promise<HistoryEntry[]> =>
  read(api.GET('/api/admin/registrations/{registrationId}/history', file(id)), parseHistory);

export const fetchEmails = (id: string): Promise<EmailSummary[]> =>
  read(api.GET('/api/admin/registrations/{registrationId}/emails', file(id)), parseEmails);

export const fetchEmail = (id: string, emailId: string): Promise<EmailContent> =>
  read(api.GET('/api/admin/registrations/{registrationId}/emails/{emailId}', { params: { path: { registrationId: id, emailId } } }), parseEmailContent);

/** 202: the copy is queued and appears in the list. */
export async function resendEmail(id: string, emailId: string): Promise<void> {
  const { response } = await api.POST('/api/admin/registrations/{registrationId}/emails/{emailId}/resend', {
    params: { path: { registrationId: id, emailId } },
  });
  if (response.status !== 202 && response.status !== 200) throw new HttpError(response.status);
}

/** The contact as PUT …/contact reads it: the same body as the attendee form's. */
export { toContactBody, type ContactBody } from '../../shared/contact';
