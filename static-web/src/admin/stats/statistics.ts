import { daysFrom } from '../../register/format';
import type { Schemas } from '../../shared/api/client';

// GET /api/admin/events/{eventId}/statistics (Schemas['EventStatistics']) as the screen shows it, and
// the pure helpers the screen needs (days without registrations, hotel nights, top lists).

export type Totals = Schemas['StatTotals'];
export type DayCount = Schemas['DayCount'];
export type StepRevenue = Schemas['StepRevenue'];
export type ProviderRevenue = Schemas['ProviderRevenue'];

export interface NightFill extends Omit<Schemas['NightFill'], 'rate'> {
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

/** The server's figures as the screen shows them: a provider without a name by its id, a night without capacity without a rate. */
export function statisticsView(body: Schemas['EventStatistics']): Statistics {
  return {
    totals: body.totals,
    perDay: body.perDay,
    revenueByStep: body.revenueByStep,
    revenueByProvider: body.revenueByProvider.map((p) => ({ ...p, name: p.name || p.providerId })),
    hotelFill: body.hotelFill.map((hotel) => ({
      providerId: hotel.providerId,
      name: hotel.name || hotel.providerId,
      nights: hotel.nights.map((n) => ({ ...n, rate: n.capacity > 0 ? n.rate : null })),
    })),
    countries: body.countries.map((c) => ({ name: c.country, count: c.count })),
    organisations: body.organisations.filter((o) => o.name.trim() !== ''),
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
