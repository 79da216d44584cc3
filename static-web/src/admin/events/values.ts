import type { EventSettings, EventSettingsInput, Product, ProductInput, Provider, ProviderInput, StockRow } from './model';

// Form values (what the controls hold, keyed by the server's field path) to and from API inputs.
// Numbers typed with a comma are read as decimals; an empty or unreadable number is sent as null, so the
// server names the field. Registration opening and closing are typed in the event's time zone.

export type { Value, Values } from '../../shared/form';
import type { Values } from '../../shared/form';

const s = (values: Values, key: string): string => {
  const v = values[key];
  return typeof v === 'string' ? v.trim() : '';
};
const list = (values: Values, key: string): string[] => {
  const v = values[key];
  return Array.isArray(v) ? v : [];
};
const numberText = (n: number | null): string => (n === null ? '' : String(n));

/** "105,75" and "105.75" → 105.75; "" or unreadable → null. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

const n = (values: Values, key: string): number | null => parseNumber(s(values, key));

// ---- time zones -------------------------------------------------------------------------------------

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant / 60000) * 60000) / 60000);
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** An instant (ISO) as the wall-clock time of a datetime-local control in the zone: "2027-03-24T09:00". */
export function toZonedLocal(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const local = instant + offsetMinutes(instant, safeZone(timeZone)) * 60000;
  return new Date(local).toISOString().slice(0, 16);
}

/** A wall-clock time typed in the zone, as an instant (ISO, UTC); null when empty or unreadable. */
export function fromZonedLocal(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, hh, mm] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  const zone = safeZone(timeZone);
  // Twice: the offset at the guess may differ from the offset at the answer around a clock change.
  let instant = wall - offsetMinutes(wall, zone) * 60000;
  instant = wall - offsetMinutes(instant, zone) * 60000;
  return new Date(instant).toISOString();
}

// ---- event settings ---------------------------------------------------------------------------------

export function settingsValues(e: EventSettings): Values {
  return {
    title: e.title, venue: e.venue, city: e.city, venueLatitude: numberText(e.venueLatitude), venueLongitude: numberText(e.venueLongitude),
    startDate: e.startDate ?? '', endDate: e.endDate ?? '', timeZone: e.timeZone, summary: e.summary,
    presentationHtml: e.presentationHtml, termsHtml: e.termsHtml, status: e.status,
    registrationOpensAt: toZonedLocal(e.registrationOpensAt, e.timeZone), registrationClosesAt: toZonedLocal(e.registrationClosesAt, e.timeZone),
    maxParticipants: numberText(e.maxParticipants), depositPercent: numberText(e.depositPercent), paymentMethods: [...e.paymentMethods],
    holdMinutes: numberText(e.holdMinutes), manualPaymentDays: numberText(e.manualPaymentDays), reminderDays: numberText(e.reminderDays),
    payee: e.payee, payeeAddress: e.payeeAddress, iban: e.iban, bic: e.bic,
  };
}

/** Settings of a new event: the server's defaults, a draft in Paris time. */
export function newSettingsValues(): Values {
  return {
    title: '', venue: '', city: '', venueLatitude: '', venueLongitude: '', startDate: '', endDate: '', timeZone: 'Europe/Paris',
    summary: '', presentationHtml: '', termsHtml: '', status: 'Draft', registrationOpensAt: '', registrationClosesAt: '',
    maxParticipants: '10', depositPercent: '100', paymentMethods: ['card'], holdMinutes: '35', manualPaymentDays: '10',
    reminderDays: '5', payee: '', payeeAddress: '', iban: '', bic: '',
  };
}

export function settingsInput(values: Values): EventSettingsInput {
  const timeZone = s(values, 'timeZone');
  return {
    title: s(values, 'title'), venue: s(values, 'venue'), city: s(values, 'city'),
    venueLatitude: n(values, 'venueLatitude'), venueLongitude: n(values, 'venueLongitude'),
    startDate: s(values, 'startDate') || null, endDate: s(values, 'endDate') || null, timeZone, summary: s(values, 'summary'),
    presentationHtml: s(values, 'presentationHtml'), termsHtml: s(values, 'termsHtml'), status: s(values, 'status'),
    registrationOpensAt: fromZonedLocal(s(values, 'registrationOpensAt'), timeZone),
    registrationClosesAt: fromZonedLocal(s(values, 'registrationClosesAt'), timeZone),
    maxParticipants: n(values, 'maxParticipants'), depositPercent: n(values, 'depositPercent'), paymentMethods: list(values, 'paymentMethods'),
    holdMinutes: n(values, 'holdMinutes'), manualPaymentDays: n(values, 'manualPaymentDays'), reminderDays: n(values, 'reminderDays'),
    payee: s(values, 'payee'), payeeAddress: s(values, 'payeeAddress'), iban: s(values, 'iban'), bic: s(values, 'bic'),
  };
}

/** The settings as read, with another status: what publish and unpublish put back. */
export function withStatus(e: EventSettings, status: 'Draft' | 'Published'): EventSettingsInput {
  const { id: _id, photos: _photos, createdAt: _createdAt, availablePaymentMethods: _methods, ...input } = e;
  return { ...input, status };
}

// ---- products ---------------------------------------------------------------------------------------

export function productValues(p: Product): Values {
  return {
    stepId: p.stepId, 'label.fr': p.label.fr, 'label.en': p.label.en, 'description.fr': p.description.fr, 'description.en': p.description.en,
    providerId: p.providerId, priceIncl: numberText(p.priceIncl), vatRate: numberText(p.vatRate), unit: p.unit,
    startDate: p.startDate ?? '', endDate: p.endDate ?? '', audience: p.audience, accessGroup: p.accessGroup, mandatory: p.mandatory,
    capacity: p.capacity, roomType: p.roomType ?? '', formula: p.formula ?? '', maxOccupancy: numberText(p.maxOccupancy),
    sortOrder: numberText(p.sortOrder),
  };
}

export function newProductValues(stepId: string, startDate: string, endDate: string, room: boolean): Values {
  return {
    stepId, 'label.fr': '', 'label.en': '', 'description.fr': '', 'description.en': '', providerId: '', priceIncl: '', vatRate: '20',
    unit: room ? 'perRoomPerNight' : 'perPerson', startDate, endDate, audience: 'both', accessGroup: '', mandatory: false,
    capacity: room ? 'perNight' : 'none', roomType: room ? 'double' : '', formula: room ? 'breakfast1' : '', maxOccupancy: room ? '2' : '',
    sortOrder: '0',
  };
}

export function productInput(values: Values): ProductInput {
  const room = s(values, 'unit') === 'perRoomPerNight';
  return {
    stepId: s(values, 'stepId'), label: { fr: s(values, 'label.fr'), en: s(values, 'label.en') },
    description: { fr: s(values, 'description.fr'), en: s(values, 'description.en') }, providerId: s(values, 'providerId'),
    priceIncl: n(values, 'priceIncl'), vatRate: n(values, 'vatRate'), unit: s(values, 'unit'),
    startDate: s(values, 'startDate') || null, endDate: s(values, 'endDate') || null, audience: s(values, 'audience'),
    accessGroup: s(values, 'accessGroup'), mandatory: values.mandatory === true, capacity: s(values, 'capacity'),
    // Room details only mean something for rooms: the server ignores them otherwise, so they are not sent.
    roomType: room ? s(values, 'roomType') || null : null, formula: room ? s(values, 'formula') || null : null,
    maxOccupancy: room ? n(values, 'maxOccupancy') : null, sortOrder: n(values, 'sortOrder') ?? 0,
  };
}

// ---- providers --------------------------------------------------------------------------------------

export function providerValues(p: Provider | null): Values {
  return {
    name: p?.name ?? '', kind: p?.kind ?? 'hotel', stars: numberText(p?.stars ?? 0), amenities: [...(p?.amenities ?? [])],
    address: p?.address ?? '', postalCode: p?.postalCode ?? '', city: p?.city ?? '', latitude: numberText(p?.latitude ?? null),
    longitude: numberText(p?.longitude ?? null), 'description.fr': p?.description.fr ?? '', 'description.en': p?.description.en ?? '',
    checkIn: p?.checkIn ?? '', checkOut: p?.checkOut ?? '', email: p?.email ?? '', commissionPercent: numberText(p?.commissionPercent ?? 0),
  };
}

export function providerInput(values: Values): ProviderInput {
  return {
    name: s(values, 'name'), kind: s(values, 'kind'), stars: n(values, 'stars') ?? 0, amenities: list(values, 'amenities'),
    address: s(values, 'address'), postalCode: s(values, 'postalCode'), city: s(values, 'city'),
    latitude: n(values, 'latitude'), longitude: n(values, 'longitude'),
    description: { fr: s(values, 'description.fr'), en: s(values, 'description.en') }, checkIn: s(values, 'checkIn'),
    checkOut: s(values, 'checkOut'), email: s(values, 'email'), commissionPercent: n(values, 'commissionPercent'),
  };
}

/** A map of the position, for staff to check it (OpenStreetMap); null without both coordinates. */
export function mapLink(latitude: number | null, longitude: number | null): string | null {
  if (latitude === null || longitude === null) return null;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

// ---- stock ------------------------------------------------------------------------------------------

export interface StockSlot { slot: string; capacity: number | null; held: number; sold: number; free: number | null }

/** The nights a room product is sold for: from its first to its last night, both included. */
export function nights(startDate: string | null, endDate: string | null): string[] {
  if (!startDate || !endDate) return [];
  const result: string[] = [];
  const end = Date.parse(`${endDate}T00:00:00Z`);
  for (let t = Date.parse(`${startDate}T00:00:00Z`); t <= end && result.length < 366; t += 86400000) {
    result.push(new Date(t).toISOString().slice(0, 10));
  }
  return result;
}

/**
 * The rows a product's stock screen shows: one per night for rooms, "total" otherwise; the rows already
 * stored come with what is held and sold, the others are empty (no capacity yet).
 */
export function stockSlots(product: Pick<Product, 'id' | 'capacity' | 'startDate' | 'endDate'>, rows: readonly StockRow[]): StockSlot[] {
  if (product.capacity === 'none') return [];
  const mine = rows.filter((r) => r.productId === product.id);
  const wanted = product.capacity === 'perNight' ? nights(product.startDate, product.endDate) : ['total'];
  const slots = [...new Set([...wanted, ...mine.map((r) => r.slot)])].sort();
  return slots.map((slot) => {
    const row = mine.find((r) => r.slot === slot);
    return row
      ? { slot, capacity: row.capacity, held: row.held, sold: row.sold, free: row.free }
      : { slot, capacity: null, held: 0, sold: 0, free: null };
  });
}

/** What the stock PUT takes: the slots whose capacity was typed. */
export function stockInput(typed: Record<string, string>): Record<string, number> {
  const slots: Record<string, number> = {};
  for (const [slot, text] of Object.entries(typed)) {
    const value = parseNumber(text);
    if (value !== null) slots[slot] = value;
  }
  return slots;
}

/** A suggestion for the id of a copy: the id with the next year, or "-copie" added. */
export function suggestCopyId(id: string): string {
  const year = /(\d{4})(?!.*\d)/.exec(id);
  if (year?.[1]) return id.replace(/(\d{4})(?!.*\d)/, String(Number(year[1]) + 1));
  return `${id}-copie`.slice(0, 60);
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
