import { daysFrom } from '../../register/format';

// GET /api/admin/events/{eventId}/statistics (docs/backoffice-api.md, "Statistics"), read
// defensively: a missing list is empty, a mistyped number is 0, an item without its key is skipped.
// Plus the pure helpers the screen needs (days without registrations, hotel nights, top lists).

export interface LocalText {
  fr: string;
  en: string;
}

export interface Totals {
  registrations: number;
  confirmed: number;
  persons: number;
  revenue: number;
  paid: number;
}

export interface DayCount {
  date: string;
  created: number;
  confirmed: number;
}

export interface StepRevenue {
  stepId: string;
  title: LocalText;
  total: number;
}

export interface ProviderRevenue {
  providerId: string;
  name: string;
  total: number;
}

export interface NightFill {
  night: string;
  capacity: number;
  held: number;
  sold: number;
  /** sold / capacity (0.75 = 75 %); null when the hotel has no capacity that night. */
  rate: number | null;
}

export interface HotelFill {
  providerId: string;
  name: string;
  nights: NightFill[];
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface Statistics {
  totals: Totals;
  perDay: DayCount[];
  revenueByStep: StepRevenue[];
  revenueByProvider: ProviderRevenue[];
  hotelFill: HotelFill[];
  /** Country codes (ISO 3166 alpha-2, "?" when unknown) with their counts. */
  countries: NamedCount[];
  organisations: NamedCount[];
}

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const recs = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter(isRec) : []);
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function localText(value: unknown, fallback: string): LocalText {
  if (typeof value === 'string') return { fr: value, en: value };
  const rec = isRec(value) ? value : {};
  const fr = str(rec.fr) || str(rec.en) || fallback;
  return { fr, en: str(rec.en) || fr };
}

function rateOf(rec: Rec): number | null {
  const capacity = num(rec.capacity);
  if (typeof rec.rate === 'number' && Number.isFinite(rec.rate) && capacity > 0) return rec.rate;
  return capacity > 0 ? num(rec.sold) / capacity : null;
}

/** null when the body is not the statistics object at all. */
export function parseStatistics(body: unknown): Statistics | null {
  if (!isRec(body) || !isRec(body.totals)) return null;
  const t = body.totals;
  return {
    totals: { registrations: num(t.registrations), confirmed: num(t.confirmed), persons: num(t.persons), revenue: num(t.revenue), paid: num(t.paid) },
    perDay: recs(body.perDay)
      .filter((d) => ISO_DAY.test(str(d.date)))
      .map((d) => ({ date: str(d.date), created: num(d.created), confirmed: num(d.confirmed) })),
    revenueByStep: recs(body.revenueByStep)
      .filter((s) => str(s.stepId) !== '')
      .map((s) => ({ stepId: str(s.stepId), title: localText(s.title, str(s.stepId)), total: num(s.total) })),
    revenueByProvider: recs(body.revenueByProvider)
      .filter((p) => str(p.providerId) !== '')
      .map((p) => ({ providerId: str(p.providerId), name: str(p.name) || str(p.providerId), total: num(p.total) })),
    hotelFill: recs(body.hotelFill)
      .filter((hotel) => str(hotel.providerId) !== '')
      .map((hotel) => ({
        providerId: str(hotel.providerId),
        name: str(hotel.name) || str(hotel.providerId),
        nights: recs(hotel.nights)
          .filter((n) => ISO_DAY.test(str(n.night)))
          .map((n) => ({ night: str(n.night), capacity: num(n.capacity), held: num(n.held), sold: num(n.sold), rate: rateOf(n) })),
      })),
    countries: recs(body.countries)
      .filter((c) => str(c.country) !== '')
      .map((c) => ({ name: str(c.country), count: num(c.count) })),
    organisations: recs(body.organisations)
      .filter((o) => str(o.name).trim() !== '')
      .map((o) => ({ name: str(o.name), count: num(o.count) })),
  };
}

/**
 * Every day from the first to the last with a count, days without any at zero: the server lists
 * only days on which something happened, and a chart that skipped the quiet days would mislead.
 */
export function fillDays(perDay: readonly DayCount[]): DayCount[] {
  if (perDay.length === 0) return [];
  const byDate = new Map(perDay.map((day) => [day.date, day]));
  const sorted = [...byDate.keys()].sort();
  return daysFrom(sorted[0]!, sorted[sorted.length - 1]!).map((date) => byDate.get(date) ?? { date, created: 0, confirmed: 0 });
}

/** Every night any hotel reports, in order: the columns of the fill table. */
export function nightsOf(hotels: readonly HotelFill[]): string[] {
  return [...new Set(hotels.flatMap((hotel) => hotel.nights.map((n) => n.night)))].sort();
}

export type FillBand = 'low' | 'mid' | 'high' | 'full';

/** The colour band of a fill rate: under half, under 80 %, under full, full (or oversold). */
export function fillBand(rate: number): FillBand {
  if (rate >= 1) return 'full';
  if (rate >= 0.8) return 'high';
  if (rate >= 0.5) return 'mid';
  return 'low';
}

export interface TopList {
  items: NamedCount[];
  /** What the list leaves out: how many entries and their total count. */
  others: { entries: number; count: number };
  total: number;
}

/** The `size` largest counts (ties by name), and what is left. */
export function topList(entries: readonly NamedCount[], size: number, locale: string): TopList {
  const sorted = [...entries].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
  const rest = sorted.slice(size);
  return {
    items: sorted.slice(0, size),
    others: { entries: rest.length, count: rest.reduce((sum, entry) => sum + entry.count, 0) },
    total: sorted.reduce((sum, entry) => sum + entry.count, 0),
  };
}

export const sumOf = (items: readonly { total: number }[]): number =>
  // Cents, so that 0.1 + 0.2 adds up to 0.30 €.
  items.reduce((sum, item) => sum + Math.round(item.total * 100), 0) / 100;
