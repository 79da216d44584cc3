import type { ContactBody as PersonContact } from '../shared/contact';
import { send } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { message } from '../shared/i18n';
import type { ApiBasket } from './basket';
import { parseAvailability, parseForm, parseLocalText, type LocalText, type PaymentMethod, type ProductAvailability, type RegistrationForm } from './model';
import { readProblems, type ProblemEntry } from './problems';
import { parseQuote, parseRegistration, parseSubmission, type Quote, type RegistrationView } from './quote';
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

const eventPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;
/** Where the form's reads go: the public endpoints, or the staff ones in preview. */
const readPath = (eventId: string) => (preview ? `/api/admin/events/${encodeURIComponent(eventId)}` : eventPath(eventId));

function unexpected(status: number): never {
  throw new HttpError(status);
}

export async function fetchForm(eventId: string, accessCode: string | null): Promise<Answer<RegistrationForm>> {
  const query = accessCode ? `?access=${encodeURIComponent(accessCode)}` : '';
  const response = await send(`${readPath(eventId)}/form${query}`);
  if (response.status === 404) return { kind: 'notFound' };
  if (response.status === 400) return { kind: 'problem', status: 400, problems: readProblems(response.body) };
  const form = response.status === 200 ? parseForm(response.body) : null;
  return form ? { kind: 'ok', value: form } : unexpected(response.status);
}

export async function unlockAccess(eventId: string, code: string): Promise<Answer<{ group: string; label: LocalText }>> {
  const response = await send(`${readPath(eventId)}/access`, { method: 'POST', json: { code } });
  if (response.status === 400 || response.status === 404 || response.status === 403) {
    return { kind: 'problem', status: 400, problems: readProblems(response.body) };
  }
  if (response.status !== 200) unexpected(response.status);
  const body = (response.body ?? {}) as Record<string, unknown>;
  return { kind: 'ok', value: { group: String(body.group ?? ''), label: parseLocalText(body.label) } };
}

export async function fetchAvailability(
  eventId: string,
  from: string,
  nights: number,
): Promise<Map<string, ProductAvailability>> {
  // The preview shows no live stock (a draft has none to show): every product reads as available.
  if (preview) return new Map();
  const query = `?from=${encodeURIComponent(from)}&nights=${nights}`;
  const response = await send(`${eventPath(eventId)}/availability${query}`);
  if (response.status !== 200) unexpected(response.status);
  return parseAvailability(response.body);
}

export async function quote(eventId: string, basket: ApiBasket): Promise<Answer<Quote>> {
  const response = await send(`${readPath(eventId)}/quote`, { method: 'POST', json: basket });
  if (response.status === 400 || response.status === 409) {
    return { kind: 'problem', status: response.status, problems: readProblems(response.body) };
  }
  const parsed = response.status === 200 ? parseQuote(response.body) : null;
  return parsed ? { kind: 'ok', value: parsed } : unexpected(response.status);
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
  const response = await send(`${eventPath(eventId)}/registrations`, { method: 'POST', json: body });
  if (response.status === 400 || response.status === 409) {
    return { kind: 'problem', status: response.status, problems: readProblems(response.body) };
  }
  const parsed = response.status === 201 || response.status === 200 ? parseSubmission(response.body) : null;
  return parsed ? { kind: 'ok', value: parsed } : unexpected(response.status);
}

export async function fetchRegistration(id: string, token: string): Promise<Answer<RegistrationView>> {
  const path = `/api/registrations/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
  const response = await send(path);
  if (response.status === 404) return { kind: 'notFound' };
  const parsed = response.status === 200 ? parseRegistration(response.body) : null;
  return parsed ? { kind: 'ok', value: parsed } : unexpected(response.status);
}
