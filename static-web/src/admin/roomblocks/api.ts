import { type ApiResponse } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import { send } from '../events/api';
import type { RequestBody } from './draft';
import { parseProviderChoices, parseRequest, parseRequests, type ProviderChoice, type RoomBlockRequest } from './model';
import { parseSummary, type Summary } from './summary-model';

// server document lacks this response type: one request (GET …/room-blocks/{number}) and its summary.

// The staff calls of docs/room-blocks.md. `send` (events section) reports every status to the
// session-end hook, so a 401 brings back the sign-in form. Reads throw HttpError on a status they
// cannot use; writes resolve with the answer so that the screen shows the server's words.

const enc = encodeURIComponent;
export const blocksPath = (eventId: string): string => `/api/admin/events/${enc(eventId)}/room-blocks`;
export const requestPath = (eventId: string, number: string): string => `${blocksPath(eventId)}/${enc(number)}`;

async function read<T>(path: string, parse: (body: unknown) => T | null): Promise<T> {
  const response = await send('GET', path);
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status === 200 ? 502 : response.status);
  return value;
}

export { fetchEvents } from '../shared/events';
export const fetchProviders = (): Promise<ProviderChoice[]> => read('/api/admin/providers', parseProviderChoices);
export const fetchRequests = (eventId: string): Promise<RoomBlockRequest[]> => read(blocksPath(eventId), parseRequests);
/** One request, with the release's figures once released; an unknown number (or another event's) throws HttpError 404. */
export const fetchRequest = (eventId: string, number: string): Promise<RoomBlockRequest> => read(requestPath(eventId, number), parseRequest);
export const fetchSummary = (eventId: string, number: string): Promise<Summary> => read(`${requestPath(eventId, number)}/summary`, parseSummary);

export const createRequest = (eventId: string, body: RequestBody): Promise<ApiResponse> => send('POST', blocksPath(eventId), { json: body });
export const acceptAnswer = (eventId: string, number: string, providerId: string): Promise<ApiResponse> =>
  send('POST', `${requestPath(eventId, number)}/answers/${enc(providerId)}/accept`);

export const summaryXlsxUrl = (eventId: string, number: string): string => `${requestPath(eventId, number)}/summary.xlsx`;
export const roomingListUrl = (eventId: string, providerId: string, format: 'pdf' | 'xlsx'): string =>
  `/api/admin/events/${enc(eventId)}/providers/${enc(providerId)}/rooming-list.${format}`;
