import type { Lang, Localized } from '../shared/i18n';

// The shapes of docs/registration-api.md, read defensively: the server is the authority on prices,
// rules and stock; the page only needs enough to let people choose.

export interface LocalText {
  fr: string;
  en: string;
}

export type Unit = 'perPerson' | 'perRoomPerNight' | 'perUnit';
export type Audience = 'attendees' | 'companions' | 'both';
export type Choice = 'none' | 'exactlyOne' | 'atMostOne';
export type PaymentMethod = 'card' | 'cheque' | 'transfer';

export interface EventInfo {
  id: string;
  title: string;
  venue: string;
  city: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  presentationHtml: string;
  termsHtml: string;
  maxParticipants: number;
  depositPercent: number;
  paymentMethods: PaymentMethod[];
  holdMinutes: number;
  registrationOpen: boolean;
  /** The venue's position, for the hotel map and distances. */
  latitude: number | null;
  longitude: number | null;
  photos: Photo[];
}

export interface Step {
  id: string;
  kind: string;
  title: LocalText;
  intro: LocalText;
  choice: Choice;
}

export interface Product {
  id: string;
  stepId: string;
  kind: string;
  label: LocalText;
  description: LocalText;
  providerId: string;
  priceIncl: number;
  priceExcl: number;
  vatRate: number;
  unit: Unit;
  dates: string[];
  audience: Audience;
  mandatory: boolean;
  restricted: boolean;
  capacity: 'none' | 'total' | 'perNight';
  roomType: string | null;
  formula: string | null;
  maxOccupancy: number | null;
  photos: Photo[];
}

export interface Photo {
  url: string;
  alt: string;
}

export interface Hotel {
  id: string;
  name: string;
  stars: number;
  amenities: string[];
  address: string;
  postalCode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  description: LocalText;
  checkIn: string;
  checkOut: string;
  photos: Photo[];
}

export interface RegistrationForm {
  event: EventInfo;
  steps: Step[];
  products: Product[];
  hotels: Hotel[];
}

/** A text from the API in the page's language; English falls back to French and back. */
export function localText(text: LocalText): Localized {
  return (lang: Lang) => (lang === 'en' ? text.en || text.fr : text.fr || text.en);
}

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const numOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.find((item) => item === value) ?? fallback;

export function parseLocalText(value: unknown): LocalText {
  if (typeof value === 'string') return { fr: value, en: value };
  const record = isRec(value) ? value : {};
  return { fr: str(record.fr), en: str(record.en) };
}

const PAYMENT_METHODS = ['card', 'cheque', 'transfer'] as const;

function parseEvent(value: Rec): EventInfo {
  return {
    id: str(value.id),
    title: str(value.title),
    venue: str(value.venue),
    city: str(value.city),
    startDate: str(value.startDate),
    endDate: str(value.endDate) || str(value.startDate),
    timeZone: str(value.timeZone) || 'Europe/Paris',
    presentationHtml: str(value.presentationHtml),
    termsHtml: str(value.termsHtml),
    maxParticipants: Math.max(1, Math.floor(num(value.maxParticipants, 1))),
    depositPercent: num(value.depositPercent, 100),
    paymentMethods: list(value.paymentMethods).flatMap((method) =>
      PAYMENT_METHODS.filter((known) => known === method),
    ),
    holdMinutes: num(value.holdMinutes, 0),
    registrationOpen: value.registrationOpen !== false,
    latitude: numOrNull(value.latitude),
    longitude: numOrNull(value.longitude),
    photos: list(value.photos).flatMap(parsePhoto),
  };
}

function parseStep(value: Rec): Step {
  return {
    id: str(value.id),
    kind: str(value.kind),
    title: parseLocalText(value.title),
    intro: parseLocalText(value.intro),
    choice: oneOf(value.choice, ['none', 'exactlyOne', 'atMostOne'] as const, 'none'),
  };
}

function parseProduct(value: Rec): Product {
  return {
    id: str(value.id),
    stepId: str(value.stepId),
    kind: str(value.kind),
    label: parseLocalText(value.label),
    description: parseLocalText(value.description),
    providerId: str(value.providerId),
    priceIncl: num(value.priceIncl),
    priceExcl: num(value.priceExcl),
    vatRate: num(value.vatRate),
    unit: oneOf(value.unit, ['perPerson', 'perRoomPerNight', 'perUnit'] as const, 'perPerson'),
    dates: list(value.dates).filter((date): date is string => typeof date === 'string'),
    audience: oneOf(value.audience, ['attendees', 'companions', 'both'] as const, 'attendees'),
    mandatory: value.mandatory === true,
    restricted: value.restricted === true,
    capacity: oneOf(value.capacity, ['none', 'total', 'perNight'] as const, 'none'),
    roomType: strOrNull(value.roomType),
    formula: strOrNull(value.formula),
    maxOccupancy: numOrNull(value.maxOccupancy),
    photos: list(value.photos).flatMap(parsePhoto),
  };
}

function parsePhoto(value: unknown): Photo[] {
  if (typeof value === 'string') return value ? [{ url: value, alt: '' }] : [];
  if (!isRec(value)) return [];
  const url = str(value.url) || str(value.src);
  return url ? [{ url, alt: str(value.alt) || str(value.caption) }] : [];
}

function parseHotel(value: Rec): Hotel {
  return {
    id: str(value.id),
    name: str(value.name),
    stars: Math.max(0, Math.min(5, Math.round(num(value.stars)))),
    amenities: list(value.amenities).filter((item): item is string => typeof item === 'string'),
    address: str(value.address),
    postalCode: str(value.postalCode),
    city: str(value.city),
    latitude: numOrNull(value.latitude),
    longitude: numOrNull(value.longitude),
    description: parseLocalText(value.description),
    checkIn: str(value.checkIn),
    checkOut: str(value.checkOut),
    photos: list(value.photos).flatMap(parsePhoto),
  };
}

const records = (value: unknown): Rec[] => list(value).filter(isRec);

/** Reads GET /api/events/{id}/form; null when the answer lacks the event or its steps. */
export function parseForm(body: unknown): RegistrationForm | null {
  if (!isRec(body) || !isRec(body.event)) return null;
  const event = parseEvent(body.event);
  const steps = records(body.steps).map(parseStep).filter((step) => step.id);
  if (!event.id || !event.startDate || steps.length === 0) return null;
  return {
    event,
    steps,
    products: records(body.products).map(parseProduct).filter((product) => product.id),
    hotels: records(body.hotels).map(parseHotel).filter((hotel) => hotel.id),
  };
}

export interface ProductAvailability {
  free: number;
  nights: { date: string; free: number }[];
}

/** GET /availability: product id → free count. Products that are absent are unlimited. */
export function parseAvailability(body: unknown): Map<string, ProductAvailability> {
  const result = new Map<string, ProductAvailability>();
  if (!isRec(body)) return result;
  for (const item of records(body.products)) {
    const id = str(item.productId);
    if (!id) continue;
    result.set(id, {
      free: Math.max(0, num(item.free)),
      nights: records(item.nights).map((night) => ({ date: str(night.date), free: num(night.free) })),
    });
  }
  return result;
}
