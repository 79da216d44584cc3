import { send, type ApiResponse } from '../shared/api/client';
import { HttpError } from '../shared/http';
import type { Lang, Localized } from '../shared/i18n';
import { parsePhotos, type Photo } from '../shared/photos';
import { normalisePath, readProblems } from '../register/problems';
import type { Read } from './room-blocks-api';

// server document lacks this response type: GET /api/provider/events/{eventId}/reservations, GET and PUT /api/provider/profile.

// The provider's events, planning, reservations and profile (docs/provider-space.md, "The space's
// data"), read with the provider session: only this provider's data; another event answers 404.

export interface ProviderEvent {
  eventId: string;
  title: string;
  startDate: string;
  endDate: string;
  city: string;
}

export interface PlanningNight {
  /** yyyy-MM-dd */
  night: string;
  capacity: number;
  held: number;
  sold: number;
  free: number;
  /** Released: the rooms went back to the hotel. */
  closed: boolean;
}

export interface PlanningProduct {
  productId: string;
  label: { fr: string; en: string };
  roomType: string;
  nights: PlanningNight[];
}

export interface Reservation {
  number: string;
  status: string;
  guests: string;
  arrival: string;
  departure: string;
  roomType: string;
  product: string;
  persons: number;
  nights: number;
}

export const AMENITIES = ['lift', 'parking', 'garage', 'airConditioning', 'wifi', 'restaurant', 'accessible'] as const;
export type Amenity = (typeof AMENITIES)[number];

export const PROFILE_FIELDS = ['descriptionFr', 'descriptionEn', 'address', 'postalCode', 'city', 'email', 'checkIn', 'checkOut'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The photos are managed apart from the form: each one is saved as soon as it is added or removed. */
export type Profile = { name: string; amenities: Amenity[]; photos: Photo[] } & Record<ProfileField, string>;
export type ProfileBody = { amenities: Amenity[] } & Record<ProfileField, string>;

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const anyStr = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null);
const isoDate = (value: unknown): string | null => {
  const s = str(value);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
};
const isAmenity = (value: unknown): value is Amenity => AMENITIES.includes(value as Amenity);

/** A list is refused whole when one item is malformed: a half-read planning would mislead. */
function list<T>(body: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(body)) return null;
  const items = body.map(parse);
  return items.every((item): item is T => item !== null) ? items : null;
}

export function parseEvent(value: unknown): ProviderEvent | null {
  if (!isRec(value)) return null;
  const eventId = str(value.eventId);
  const [startDate, endDate] = [isoDate(value.startDate), isoDate(value.endDate)];
  if (!eventId || !startDate || !endDate) return null;
  return { eventId, title: str(value.title) ?? eventId, startDate, endDate, city: anyStr(value.city) };
}

function parseNight(value: unknown): PlanningNight | null {
  if (!isRec(value)) return null;
  const night = isoDate(value.night);
  const [capacity, held, sold, free] = [count(value.capacity), count(value.held), count(value.sold), count(value.free)];
  if (!night || capacity === null || held === null || sold === null || free === null) return null;
  return { night, capacity, held, sold, free, closed: value.closed === true };
}

export function parseProduct(value: unknown): PlanningProduct | null {
  if (!isRec(value) || !isRec(value.label)) return null;
  const productId = str(value.productId);
  const nights = list(value.nights, parseNight);
  if (!productId || !nights) return null;
  const fr = str(value.label.fr) ?? str(value.label.en) ?? productId;
  return { productId, label: { fr, en: str(value.label.en) ?? fr }, roomType: anyStr(value.roomType), nights };
}

export function parseReservation(value: unknown): Reservation | null {
  if (!isRec(value)) return null;
  const number = str(value.number);
  const [arrival, departure] = [isoDate(value.arrival), isoDate(value.departure)];
  const [persons, nights] = [count(value.persons), count(value.nights)];
  if (!number || !arrival || !departure || persons === null || nights === null) return null;
  return {
    number,
    status: anyStr(value.status),
    guests: anyStr(value.guests),
    arrival,
    departure,
    roomType: anyStr(value.roomType),
    product: anyStr(value.product),
    persons,
    nights,
  };
}

export function parseProfile(value: unknown): Profile | null {
  if (!isRec(value)) return null;
  const name = str(value.name);
  if (!name) return null;
  const fields = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, anyStr(value[field])])) as Record<ProfileField, string>;
  const amenities = Array.isArray(value.amenities) ? value.amenities.filter(isAmenity) : [];
  return { name, ...fields, amenities, photos: parsePhotos(value.photos) };
}

export const parseEvents = (body: unknown) => list(body, parseEvent);
export const parsePlanning = (body: unknown) => list(body, parseProduct);
export const parseReservations = (body: unknown) => list(body, parseReservation);

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

function read<T>(response: ApiResponse, parse: (body: unknown) => T | null): Read<T> {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 404) return { kind: 'notFound' };
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status);
  return { kind: 'ok', value };
}

export const readEvents = (response: ApiResponse) => read(response, parseEvents);
export const readPlanning = (response: ApiResponse) => read(response, parsePlanning);
export const readReservations = (response: ApiResponse) => read(response, parseReservations);
export const readProfile = (response: ApiResponse) => read(response, parseProfile);

const eventPath = (eventId: string) => `/api/provider/events/${encodeURIComponent(eventId)}`;
export const roomingListUrl = (eventId: string, format: 'pdf' | 'xlsx') => `${eventPath(eventId)}/rooming-list.${format}`;

export const fetchEvents = async () => readEvents(await send('/api/provider/events'));
export const fetchPlanning = async (eventId: string) => readPlanning(await send(`${eventPath(eventId)}/planning`));
export const fetchReservations = async (eventId: string) => readReservations(await send(`${eventPath(eventId)}/reservations`));
export const fetchProfile = async () => readProfile(await send('/api/provider/profile'));

export type SaveOutcome = { kind: 'ok'; value: Profile | null } | { kind: 'signedOut' } | { kind: 'invalid'; errors: ProfileErrors };

export function saveOutcome(response: ApiResponse): SaveOutcome {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 400) return { kind: 'invalid', errors: mapProfileErrors(response.body) };
  if (response.status >= 200 && response.status < 300) return { kind: 'ok', value: parseProfile(response.body) };
  throw new HttpError(response.status);
}

export async function saveProfile(body: ProfileBody): Promise<SaveOutcome> {
  return saveOutcome(await send('/api/provider/profile', { method: 'PUT', json: body }));
}

/** The provider's own album: the raw image as the body (the shared gallery reads the answers). */
export const uploadProfilePhoto = (file: Blob) => send('/api/provider/profile/photos', { method: 'POST', blob: file });
export const deleteProfilePhoto = (photoId: string) =>
  send(`/api/provider/profile/photos/${encodeURIComponent(photoId)}`, { method: 'DELETE' });
