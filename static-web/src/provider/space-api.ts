import { answerOf, api, rawBody, type ApiResponse, type Schemas } from '../shared/api/client';
import { HttpError } from '../shared/http';
import type { Lang, Localized } from '../shared/i18n';
import { normalisePath, readProblems } from '../register/problems';
import { readOf } from './room-blocks-api';

// The provider's events, planning, reservations and profile (docs/provider-space.md, "The space's
// data"), read with the provider session: only this provider's data; another event answers 404.

export type ProviderEvent = Schemas['ProviderEventView'];
export type PlanningNight = Schemas['PlanningNight'];
/** roomType null: a product that is not a room. */
export type PlanningProduct = Schemas['PlanningProduct'];
export type Reservation = Schemas['RoomingEntry'];

export const AMENITIES = ['lift', 'parking', 'garage', 'airConditioning', 'wifi', 'restaurant', 'accessible'] as const;
export type Amenity = (typeof AMENITIES)[number];

export const PROFILE_FIELDS = ['descriptionFr', 'descriptionEn', 'address', 'postalCode', 'city', 'email', 'checkIn', 'checkOut'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The photos are managed apart from the form: each one is saved as soon as it is added or removed. */
export type Profile = Schemas['ProviderProfileView'];
export type ProfileBody = { amenities: Amenity[] } & Record<ProfileField, string>;

/** The PUT body: the editable fields only (never the name), trimmed, amenities known and once each, in a stable order. */
export function buildProfileBody(values: Record<ProfileField, string>, amenities: Iterable<string>): ProfileBody {
  const chosen = new Set(amenities);
  const fields = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, (values[field] ?? '').trim()])) as Record<ProfileField, string>;
  return { ...fields, amenities: AMENITIES.filter((amenity) => chosen.has(amenity)) };
}

export interface ProfileErrors {
  fields: Partial<Record<ProfileField | 'amenities', Localized[]>>;
  /** Problems naming no field of the form (or the whole request). */
  form: Localized[];
}

/** A 400's problems, each on the field it names ("errors": { "checkIn": [{ code, fr, en }] }). */
export function mapProfileErrors(body: unknown): ProfileErrors {
  const mapped: ProfileErrors = { fields: {}, form: [] };
  for (const entry of readProblems(body)) {
    const path = normalisePath(entry.path).replace(/\[\d+\]$/, '');
    const field = [...PROFILE_FIELDS, 'amenities'].find((name) => name === path) as ProfileField | 'amenities' | undefined;
    if (field) mapped.fields[field] = [...(mapped.fields[field] ?? []), entry.message];
    else mapped.form.push(entry.message);
  }
  return mapped;
}

export interface MonthNights {
  /** yyyy-MM */
  month: string;
  nights: string[];
}

/** Every night any product has, sorted and grouped by month: the planning's columns. */
export function groupNightsByMonth(products: readonly PlanningProduct[]): MonthNights[] {
  const nights = [...new Set(products.flatMap((product) => product.nights.map((n) => n.night)))].sort();
  const months: MonthNights[] = [];
  for (const night of nights) {
    const month = night.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.month === month) last.nights.push(night);
    else months.push({ month, nights: [night] });
  }
  return months;
}

/** A cell of the planning: "libres / bloquées / vendues", or "rendue" once released. */
export function cellText(night: PlanningNight | undefined, lang: Lang): string {
  if (!night) return '–';
  if (night.closed) return lang === 'fr' ? 'rendue' : 'released';
  return `${night.free} / ${night.held} / ${night.sold}`;
}

/** The same, read in full by a screen reader. */
export function cellLabel(night: PlanningNight | undefined, lang: Lang): string {
  if (!night) return lang === 'fr' ? 'pas de chambre' : 'no room';
  if (night.closed) return lang === 'fr' ? 'rendue à l’hôtel' : 'released to the hotel';
  return lang === 'fr'
    ? `${night.free} libres, ${night.held} bloquées, ${night.sold} vendues sur ${night.capacity}`
    : `${night.free} free, ${night.held} held, ${night.sold} sold of ${night.capacity}`;
}

/** A file the browser downloads. */
export const roomingListUrl = (eventId: string, format: 'pdf' | 'xlsx') => `/api/provider/events/${encodeURIComponent(eventId)}/rooming-list.${format}`;

const event = (eventId: string) => ({ params: { path: { eventId } } });
export const fetchEvents = async () => readOf(await api.GET('/api/provider/events'));
export const fetchPlanning = async (eventId: string) => readOf(await api.GET('/api/provider/events/{eventId}/planning', event(eventId)));
export const fetchReservations = async (eventId: string) => readOf(await api.GET('/api/provider/events/{eventId}/reservations', event(eventId)));
export const fetchProfile = async () => readOf(await api.GET('/api/provider/profile'));

export type SaveOutcome = { kind: 'ok'; value: Profile | null } | { kind: 'signedOut' } | { kind: 'invalid'; errors: ProfileErrors };

export function saveOutcome(response: ApiResponse<Profile>): SaveOutcome {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 400) return { kind: 'invalid', errors: mapProfileErrors(response.body) };
  if (response.status >= 200 && response.status < 300) return { kind: 'ok', value: response.data ?? null };
  throw new HttpError(response.status);
}

export async function saveProfile(body: ProfileBody): Promise<SaveOutcome> {
  return saveOutcome(answerOf(await api.PUT('/api/provider/profile', { body })));
}

/** The provider's own album: the raw image as the body (the shared gallery reads the answers). */
export const uploadProfilePhoto = async (file: Blob) => answerOf(await api.POST('/api/provider/profile/photos', rawBody(file)));
export const deleteProfilePhoto = async (photoId: string) =>
  answerOf(await api.DELETE('/api/provider/profile/photos/{photoId}', { params: { path: { photoId } } }));
