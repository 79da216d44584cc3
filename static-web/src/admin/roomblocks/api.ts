import { answerOf, api, dataOf, type ApiResponse } from '../../shared/api/client';
import type { RequestBody } from './draft';
import type { AcceptedProduct, RoomBlockRequest } from './model';
import type { Summary } from './summary-model';

// The staff calls of docs/room-blocks.md through the typed client: a 401 brings back the sign-in form.
// Reads throw HttpError on a status they cannot use; writes resolve with the answer so that the screen
// shows the server's words.

const enc = encodeURIComponent;
const event = (eventId: string) => ({ params: { path: { eventId } } });
const request = (eventId: string, number: string) => ({ params: { path: { eventId, number } } });

export { fetchEvents } from '../shared/events';
export { fetchProviders } from '../shared/providers';
export const fetchRequests = async (eventId: string): Promise<RoomBlockRequest[]> =>
  dataOf(await api.GET('/api/admin/events/{eventId}/room-blocks', event(eventId)));
/** One request, with the release's figures once released; an unknown number (or another event's) throws HttpError 404. */
export const fetchRequest = async (eventId: string, number: string): Promise<RoomBlockRequest> =>
  dataOf(await api.GET('/api/admin/events/{eventId}/room-blocks/{number}', request(eventId, number)));
export const fetchSummary = async (eventId: string, number: string): Promise<Summary> =>
  dataOf(await api.GET('/api/admin/events/{eventId}/room-blocks/{number}/summary', request(eventId, number)));

export const createRequest = async (eventId: string, body: RequestBody): Promise<ApiResponse<RoomBlockRequest>> =>
  answerOf(await api.POST('/api/admin/events/{eventId}/room-blocks', { ...event(eventId), body }));
export const acceptAnswer = async (eventId: string, number: string, providerId: string): Promise<ApiResponse<AcceptedProduct[]>> =>
  answerOf(await api.POST('/api/admin/events/{eventId}/room-blocks/{number}/answers/{providerId}/accept', {
    params: { path: { eventId, number, providerId } },
  }));

// Files the browser downloads.
const requestPath = (eventId: string, number: string): string => `/api/admin/events/${enc(eventId)}/room-blocks/${enc(number)}`;
export const summaryXlsxUrl = (eventId: string, number: string): string => `${requestPath(eventId, number)}/summary.xlsx`;
export const roomingListUrl = (eventId: string, providerId: string, format: 'pdf' | 'xlsx'): string =>
  `/api/admin/events/${enc(eventId)}/providers/${enc(providerId)}/rooming-list.${format}`;
