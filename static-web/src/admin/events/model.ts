import { parsePhotos, type Photo } from '../../shared/photos';

// What the event-setup endpoints send and take (docs/event-setup.md), and the pure conversions between
// them and the screens' form values. Each read comes in the shape its PUT takes.

export interface Text2 { fr: string; en: string }

export type { EventChoice as EventSummary } from '../shared/events';

export interface EventSettingsInput {
  title: string; venue: string; city: string; venueLatitude: number | null; venueLongitude: number | null;
  startDate: string | null; endDate: string | null; timeZone: string; summary: string; presentationHtml: string; termsHtml: string;
  status: string; registrationOpensAt: string | null; registrationClosesAt: string | null; maxParticipants: number | null;
  depositPercent: number | null; paymentMethods: string[]; holdMinutes: number | null; manualPaymentDays: number | null;
  reminderDays: number | null; payee: string; payeeAddress: string; iban: string; bic: string;
}

/** availablePaymentMethods: what this deployment can take (card only when Stripe is set up). */
export interface EventSettings extends EventSettingsInput { id: string; photos: Photo[]; availablePaymentMethods?: string[] }

export interface StepInput { id: string; kind: string; title: Text2; intro: Text2; choice: string }

export interface ProductInput {
  stepId: string; label: Text2; description: Text2; providerId: string; priceIncl: number | null; vatRate: number | null;
  unit: string; startDate: string | null; endDate: string | null; audience: string; accessGroup: string; mandatory: boolean;
  capacity: string; roomType: string | null; formula: string | null; maxOccupancy: number | null; sortOrder: number | null;
}

export interface Product extends ProductInput { id: string; photos: Photo[] }

export interface AccessGroupInput { group: string; label: Text2 }
export interface AccessGroup extends AccessGroupInput { code: string }

export interface Catalog { steps: StepInput[]; products: Product[]; accessGroups: AccessGroup[] }

export interface ProviderInput {
  name: string; kind: string; stars: number | null; amenities: string[]; address: string; postalCode: string; city: string;
  latitude: number | null; longitude: number | null; description: Text2; checkIn: string; checkOut: string; email: string;
  commissionPercent: number | null;
}

export interface Provider extends ProviderInput { id: string; photos: Photo[] }

export interface StockRow { productId: string; slot: string; capacity: number; held: number; sold: number; free: number }

export const PAYMENT_METHODS = ['card', 'cheque', 'transfer'] as const;
export const STEP_KINDS = ['participants', 'fee', 'accommodation', 'catering', 'evenings', 'visits', 'free'] as const;
export const CHOICES = ['none', 'exactlyOne', 'atMostOne'] as const;
export const UNITS = ['perPerson', 'perRoomPerNight', 'perUnit'] as const;
export const AUDIENCES = ['attendees', 'companions', 'both'] as const;
export const CAPACITIES = ['none', 'total', 'perNight'] as const;
export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'quad', 'accessible'] as const;
export const FORMULAS = ['roomOnly', 'breakfast1', 'breakfast2'] as const;
export const PROVIDER_KINDS = ['hotel', 'residence', 'restaurant', 'activity', 'venue', 'organiser'] as const;
export const AMENITIES = ['lift', 'parking', 'garage', 'airConditioning', 'wifi', 'restaurant', 'accessible'] as const;

// ---- reading answers -------------------------------------------------------------------------------

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text2 = (v: unknown): Text2 => (isRec(v) ? { fr: str(v.fr), en: str(v.en) } : { fr: '', en: '' });

export function parseSettings(body: unknown): EventSettings | null {
  if (!isRec(body) || !str(body.id)) return null;
  return {
    id: str(body.id), title: str(body.title), venue: str(body.venue), city: str(body.city),
    venueLatitude: numOrNull(body.venueLatitude), venueLongitude: numOrNull(body.venueLongitude),
    startDate: strOrNull(body.startDate), endDate: strOrNull(body.endDate), timeZone: str(body.timeZone) || 'Europe/Paris',
    summary: str(body.summary), presentationHtml: str(body.presentationHtml), termsHtml: str(body.termsHtml),
    status: str(body.status) || 'Draft', registrationOpensAt: strOrNull(body.registrationOpensAt),
    registrationClosesAt: strOrNull(body.registrationClosesAt), maxParticipants: numOrNull(body.maxParticipants),
    depositPercent: numOrNull(body.depositPercent), paymentMethods: strings(body.paymentMethods),
    holdMinutes: numOrNull(body.holdMinutes), manualPaymentDays: numOrNull(body.manualPaymentDays),
    reminderDays: numOrNull(body.reminderDays), payee: str(body.payee), payeeAddress: str(body.payeeAddress),
    iban: str(body.iban), bic: str(body.bic), photos: parsePhotos(body.photos),
    ...(Array.isArray(body.availablePaymentMethods) ? { availablePaymentMethods: strings(body.availablePaymentMethods) } : {}),
  };
}

function parseProduct(p: Rec): Product {
  return {
    id: str(p.id), stepId: str(p.stepId), label: text2(p.label), description: text2(p.description), providerId: str(p.providerId),
    priceIncl: numOrNull(p.priceIncl), vatRate: numOrNull(p.vatRate), unit: str(p.unit), startDate: strOrNull(p.startDate),
    endDate: strOrNull(p.endDate), audience: str(p.audience), accessGroup: str(p.accessGroup), mandatory: p.mandatory === true,
    capacity: str(p.capacity), roomType: strOrNull(p.roomType), formula: strOrNull(p.formula),
    maxOccupancy: numOrNull(p.maxOccupancy), sortOrder: numOrNull(p.sortOrder), photos: parsePhotos(p.photos),
  };
}

export function parseCatalog(body: unknown): Catalog | null {
  if (!isRec(body)) return null;
  return {
    steps: list(body.steps).map((s) => ({
      id: str(s.id), kind: str(s.kind), title: text2(s.title), intro: text2(s.intro), choice: str(s.choice) || 'none',
    })),
    products: list(body.products).map(parseProduct).filter((p) => p.id),
    accessGroups: list(body.accessGroups).map((g) => ({ code: str(g.code), group: str(g.group), label: text2(g.label) })),
  };
}

export function parseProviders(body: unknown): Provider[] | null {
  if (!Array.isArray(body)) return null;
  return list(body).map((p) => ({
    id: str(p.id), name: str(p.name), kind: str(p.kind), stars: numOrNull(p.stars), amenities: strings(p.amenities),
    address: str(p.address), postalCode: str(p.postalCode), city: str(p.city), latitude: numOrNull(p.latitude),
    longitude: numOrNull(p.longitude), description: text2(p.description), checkIn: str(p.checkIn), checkOut: str(p.checkOut),
    email: str(p.email), commissionPercent: numOrNull(p.commissionPercent), photos: parsePhotos(p.photos),
  }));
}

export function parseStock(body: unknown): StockRow[] | null {
  if (!Array.isArray(body)) return null;
  const n = (v: unknown) => numOrNull(v) ?? 0;
  return list(body).map((r) => ({
    productId: str(r.productId), slot: str(r.slot), capacity: n(r.capacity), held: n(r.held), sold: n(r.sold), free: n(r.free),
  }));
}
