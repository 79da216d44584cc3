import { answerOf, api, dataOf, rawBody, type ApiResponse, type Schemas } from '../../shared/api/client';
import { fetchProviderList } from '../shared/providers';
import {
  catalogView,
  providerView,
  type AccessGroupInput,
  type Catalog,
  type EventSettings,
  type EventSettingsInput,
  type ProductInput,
  type Provider,
  type ProviderInput,
  type StepInput,
  type StockRow,
} from './model';

// The staff endpoints of event setup (docs/event-setup.md) through the typed client. Reads throw HttpError on a
// status they cannot use (404 included: the screen says so); writes resolve with the answer so that the screen
// shows the server's field errors. A network failure throws NetworkError.

const event = (eventId: string) => ({ params: { path: { eventId } } });
const product = (eventId: string, productId: string) => ({ params: { path: { eventId, productId } } });

export { fetchEventList as listEvents } from '../shared/events';
export const getSettings = async (eventId: string): Promise<EventSettings> => dataOf(await api.GET('/api/admin/events/{eventId}', event(eventId)));
/** Whether an event already has this id (PUT would change it rather than create one). */
export const eventExists = async (eventId: string): Promise<boolean> =>
  (await api.GET('/api/admin/events/{eventId}', event(eventId))).response.status === 200;
export const getCatalog = async (eventId: string): Promise<Catalog> =>
  catalogView(dataOf(await api.GET('/api/admin/events/{eventId}/catalog', event(eventId))));
export const getStock = async (eventId: string): Promise<StockRow[]> => dataOf(await api.GET('/api/admin/events/{eventId}/stock', event(eventId)));
export const listProviders = async (): Promise<Provider[]> => (await fetchProviderList()).map(providerView);

// Blank numbers go as null for the server to name the field (EventSettingsInput in model.ts).
export const putSettings = async (eventId: string, input: EventSettingsInput): Promise<ApiResponse> =>
  answerOf(await api.PUT('/api/admin/events/{eventId}', { ...event(eventId), body: input as Schemas['EventSettingsInput'] }));
export const duplicateEvent = async (eventId: string, newEventId: string, title: string): Promise<ApiResponse> =>
  answerOf(await api.POST('/api/admin/events/{eventId}/duplicate', { ...event(eventId), body: { newEventId, title } }));
export const putSteps = async (eventId: string, steps: StepInput[]): Promise<ApiResponse> =>
  answerOf(await api.PUT('/api/admin/events/{eventId}/steps', { ...event(eventId), body: { steps } }));
export const putProduct = async (eventId: string, productId: string, input: ProductInput): Promise<ApiResponse> =>
  answerOf(await api.PUT('/api/admin/events/{eventId}/products/{productId}', { ...product(eventId, productId), body: input }));
export const putStock = async (eventId: string, productId: string, slots: Record<string, number>): Promise<ApiResponse> =>
  answerOf(await api.PUT('/api/admin/events/{eventId}/products/{productId}/stock', { ...product(eventId, productId), body: { slots } }));
export const putAccessGroup = async (eventId: string, code: string, input: AccessGroupInput): Promise<ApiResponse> =>
  answerOf(await api.PUT('/api/admin/events/{eventId}/access-groups/{code}', { params: { path: { eventId, code } }, body: input }));
export const putProvider = async (providerId: string, input: ProviderInput): Promise<ApiResponse> =>
  answerOf(await api.PUT('/api/admin/providers/{providerId}', { params: { path: { providerId } }, body: input }));

/** The photo albums staff manage: an event's, a product's, a provider's. */
export type Album = { kind: 'event'; eventId: string } | { kind: 'product'; eventId: string; productId: string } | { kind: 'provider'; providerId: string };

export async function uploadPhoto(album: Album, file: Blob): Promise<ApiResponse<Schemas['PhotoCreated']>> {
  if (album.kind === 'event') return answerOf(await api.POST('/api/admin/events/{eventId}/photos', { ...event(album.eventId), ...rawBody(file) }));
  if (album.kind === 'product')
    return answerOf(await api.POST('/api/admin/events/{eventId}/products/{productId}/photos', { ...product(album.eventId, album.productId), ...rawBody(file) }));
  return answerOf(await api.POST('/api/admin/providers/{providerId}/photos', { params: { path: { providerId: album.providerId } }, ...rawBody(file) }));
}

export async function deletePhoto(album: Album, photoId: string): Promise<ApiResponse> {
  if (album.kind === 'event')
    return answerOf(await api.DELETE('/api/admin/events/{eventId}/photos/{photoId}', { params: { path: { eventId: album.eventId, photoId } } }));
  if (album.kind === 'product') {
    const path = { eventId: album.eventId, productId: album.productId, photoId };
    return answerOf(await api.DELETE('/api/admin/events/{eventId}/products/{productId}/photos/{photoId}', { params: { path } }));
  }
  return answerOf(await api.DELETE('/api/admin/providers/{providerId}/photos/{photoId}', { params: { path: { providerId: album.providerId, photoId } } }));
}

/** Where staff see the form as an attendee will (a draft too); nothing can be submitted there. */
export const previewUrl = (eventId: string): string => `/register/?event=${encodeURIComponent(eventId)}&preview=1`;
