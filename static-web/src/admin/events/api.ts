import { send as call, type ApiResponse } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import {
  parseCatalog,
  parseProviders,
  parseSettings,
  parseStock,
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

// The staff endpoints of event setup (docs/event-setup.md). Reads throw HttpError on a status they cannot use
// (404 included: the screen says so); writes resolve with the answer so that the screen shows the
// server's field errors. A network failure throws NetworkError.

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** The shared client's untyped call (its middleware reports a 401 to the session-end hook). */
export const send = (method: Method, path: string, body?: { json: unknown } | { blob: Blob }): Promise<ApiResponse> =>
  call(path, { method, ...body });

const enc = encodeURIComponent;
export const eventPath = (eventId: string): string => `/api/admin/events/${enc(eventId)}`;

/** GET that throws HttpError unless the answer is a 200 that `parse` understands. */
export async function read<T>(path: string, parse: (body: unknown) => T | null): Promise<T> {
  const response = await send('GET', path);
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status);
  return value;
}

export { fetchEventList as listEvents } from '../shared/events';
export const getSettings = (eventId: string): Promise<EventSettings> => read(eventPath(eventId), parseSettings);
export const getCatalog = (eventId: string): Promise<Catalog> => read(`${eventPath(eventId)}/catalog`, parseCatalog);
export const getStock = (eventId: string): Promise<StockRow[]> => read(`${eventPath(eventId)}/stock`, parseStock);
export const listProviders = (): Promise<Provider[]> => read('/api/admin/providers', parseProviders);

export const putSettings = (eventId: string, input: EventSettingsInput): Promise<ApiResponse> =>
  send('PUT', eventPath(eventId), { json: input });
export const duplicateEvent = (eventId: string, newEventId: string, title: string): Promise<ApiResponse> =>
  send('POST', `${eventPath(eventId)}/duplicate`, { json: { newEventId, title } });
export const putSteps = (eventId: string, steps: StepInput[]): Promise<ApiResponse> =>
  send('PUT', `${eventPath(eventId)}/steps`, { json: { steps } });
export const putProduct = (eventId: string, productId: string, input: ProductInput): Promise<ApiResponse> =>
  send('PUT', `${eventPath(eventId)}/products/${enc(productId)}`, { json: input });
export const putStock = (eventId: string, productId: string, slots: Record<string, number>): Promise<ApiResponse> =>
  send('PUT', `${eventPath(eventId)}/products/${enc(productId)}/stock`, { json: { slots } });
export const putAccessGroup = (eventId: string, code: string, input: AccessGroupInput): Promise<ApiResponse> =>
  send('PUT', `${eventPath(eventId)}/access-groups/${enc(code)}`, { json: input });
export const putProvider = (providerId: string, input: ProviderInput): Promise<ApiResponse> =>
  send('PUT', `/api/admin/providers/${enc(providerId)}`, { json: input });

/** The photo albums staff manage: an event's, a product's, a provider's. */
export type Album = { kind: 'event'; eventId: string } | { kind: 'product'; eventId: string; productId: string } | { kind: 'provider'; providerId: string };

export function albumPath(album: Album): string {
  if (album.kind === 'event') return `${eventPath(album.eventId)}/photos`;
  if (album.kind === 'product') return `${eventPath(album.eventId)}/products/${enc(album.productId)}/photos`;
  return `/api/admin/providers/${enc(album.providerId)}/photos`;
}

export const uploadPhoto = (album: Album, file: Blob): Promise<ApiResponse> => send('POST', albumPath(album), { blob: file });
export const deletePhoto = (album: Album, photoId: string): Promise<ApiResponse> =>
  send('DELETE', `${albumPath(album)}/${enc(photoId)}`);

/** Where staff see the form as an attendee will (a draft too); nothing can be submitted there. */
export const previewUrl = (eventId: string): string => `/register/?event=${enc(eventId)}&preview=1`;
