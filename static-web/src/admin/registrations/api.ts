import { parseForm, type RegistrationForm } from '../../register/model';
import type { ContactBody } from '../../shared/contact';
import { HttpError, NetworkError } from '../../shared/http';
import { noticeStatus } from '../session-end';
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
  parseEvents,
  parseFilterCatalog,
  parseProviderNames,
  parseRegistrationPage,
  parseTimeZone,
  type EventChoice,
  type FilterCatalog,
  type ProviderName,
  type RegistrationPage,
} from './list-model';
import type { PaymentBody, RefundBody } from './payments';
import { isEditConflict, isRefundRefused, problemType, reportProblems, type ProblemReport } from './problems';
import { listApiUrl, type ListFilters } from './query';

// The calls of docs/backoffice-api.md. shared/http's callApi knows neither PUT nor headers, and
// the file's changes need both (If-Match in, ETag out), hence this small client of our own.

export interface AdminResponse {
  status: number;
  body: unknown;
  etag: string | null;
}

export interface AdminRequest {
  method?: 'GET' | 'POST' | 'PUT';
  json?: unknown;
  ifMatch?: string | null;
}

export async function adminCall(path: string, request: AdminRequest = {}): Promise<AdminResponse> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (request.json !== undefined) headers['Content-Type'] = 'application/json';
  if (request.ifMatch) headers['If-Match'] = request.ifMatch;
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: request.json === undefined ? null : JSON.stringify(request.json),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  // A 401 ends the session whatever the call: the shell shows the sign-in form.
  noticeStatus(response.status);
  let body: unknown = null;
  if (/\bjson\b/i.test(response.headers.get('Content-Type') ?? '')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  return { status: response.status, body, etag: response.headers.get('ETag') };
}

/** A read that must answer 200 with the expected shape; anything else throws (404 included, as HttpError). */
async function read<T>(path: string, parse: (body: unknown) => T | null): Promise<T> {
  const response = await adminCall(path);
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status === 200 ? 502 : response.status);
  return value;
}

const filePath = (id: string) => `/api/admin/registrations/${encodeURIComponent(id)}`;
const eventPath = (eventId: string) => `/api/admin/events/${encodeURIComponent(eventId)}`;

/** Every event, drafts included (their registrations too are followed here). */
export const fetchEvents = (): Promise<EventChoice[]> => read('/api/admin/events', parseEvents);

/**
 * The event's form as staff read it (drafts too, never cached): the products of the
 * line editor. With a registration's access code, the products restricted to its group come too.
 */
export function fetchForm(eventId: string, accessCode: string | null = null): Promise<RegistrationForm> {
  const query = accessCode ? `?access=${encodeURIComponent(accessCode)}` : '';
  return read(`${eventPath(eventId)}/form${query}`, parseForm);
}

/** The event's whole catalog (restricted products included): the product and provider filters. */
export const fetchCatalog = (eventId: string): Promise<FilterCatalog> => read(`${eventPath(eventId)}/catalog`, parseFilterCatalog);

/** The event's time zone, in which the list shows times. */
export const fetchTimeZone = (eventId: string): Promise<string> => read(eventPath(eventId), parseTimeZone);

/** Every provider (hotels, restaurants, venues…), to name them in the provider filter. */
export const fetchProviders = (): Promise<ProviderName[]> => read('/api/admin/providers', parseProviderNames);

export const fetchPage = (filters: ListFilters): Promise<RegistrationPage> => read(listApiUrl(filters), parseRegistrationPage);

export interface LoadedFile {
  file: RegistrationFile;
  /** What a change must send as If-Match. */
  etag: string | null;
}

function loaded(response: AdminResponse): LoadedFile | null {
  const file = parseRegistrationFile(response.body);
  if (!file) return null;
  return { file, etag: ifMatchOf(response.etag, file) };
}

/** The file and its ETag; 404 (unknown or not visible) throws HttpError(404). */
export async function fetchFile(id: string): Promise<LoadedFile> {
  const response = await adminCall(filePath(id));
  const file = response.status === 200 ? loaded(response) : null;
  if (!file) throw new HttpError(response.status === 200 ? 502 : response.status);
  return file;
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

async function change(path: string, request: AdminRequest, origins: readonly LineOrigin[] | null = null): Promise<ChangeOutcome> {
  try {
    return changeOutcome(await adminCall(path, request), origins);
  } catch (error) {
    return { kind: 'failed', error };
  }
}

export const putBasket = (id: string, ifMatch: string | null, basket: ApiBasket, origins: readonly LineOrigin[]) =>
  change(filePath(id), { method: 'PUT', json: basket, ifMatch }, origins);

export const putContact = (id: string, ifMatch: string | null, contact: ContactBody) =>
  change(`${filePath(id)}/contact`, { method: 'PUT', json: contact, ifMatch });

export const cancelRegistration = (id: string, ifMatch: string | null, reason: string) =>
  change(`${filePath(id)}/cancel`, { method: 'POST', json: { reason }, ifMatch });

export const recordPayment = (id: string, body: PaymentBody) =>
  change(`${filePath(id)}/payments`, { method: 'POST', json: body });

/** Also answers the status (or null without an answer) and the problem's type so the dialog can settle its request id. */
export async function refund(id: string, body: RefundBody): Promise<{ outcome: ChangeOutcome; status: number | null; problem: string }> {
  try {
    const response = await adminCall(`${filePath(id)}/refunds`, { method: 'POST', json: body });
    return { outcome: changeOutcome(response), status: response.status, problem: problemType(response.body) };
  } catch (error) {
    return { outcome: { kind: 'failed', error }, status: null, problem: '' };
  }
}

export const fetchHistory = (id: string): Promise<HistoryEntry[]> => read(`${filePath(id)}/history`, parseHistory);

export const fetchEmails = (id: string): Promise<EmailSummary[]> => read(`${filePath(id)}/emails`, parseEmails);

export const fetchEmail = (id: string, emailId: string): Promise<EmailContent> =>
  read(`${filePath(id)}/emails/${encodeURIComponent(emailId)}`, parseEmailContent);

/** 202: the copy is queued and appears in the list. */
export async function resendEmail(id: string, emailId: string): Promise<void> {
  const response = await adminCall(`${filePath(id)}/emails/${encodeURIComponent(emailId)}/resend`, { method: 'POST' });
  if (response.status !== 202 && response.status !== 200) throw new HttpError(response.status);
}

/** The contact as PUT …/contact reads it: the same body as the attendee form's. */
export { toContactBody, type ContactBody } from '../../shared/contact';
