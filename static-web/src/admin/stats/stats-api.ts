import { fetchEvents as fetchOrdered, type EventChoice } from '../shared/events';
import { send, type ApiResponse } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import { parseStatistics, type Statistics } from './statistics';

// server document lacks this response type: GET …/statistics (statisticsAnswer reads it).

// The calls of the statistics section. Network failures throw NetworkError (shared/http).

export const statisticsPath = (eventId: string): string => `/api/admin/events/${encodeURIComponent(eventId)}/statistics`;
export const statisticsXlsxPath = (eventId: string): string => `${statisticsPath(eventId)}.xlsx`;

export type StatisticsAnswer =
  | { kind: 'ok'; statistics: Statistics }
  | { kind: 'signedOut' }
  | { kind: 'forbidden' }
  /** No such event, or its form is not set up yet. */
  | { kind: 'notFound' };

/** Reads the answer of GET …/statistics; statuses it cannot handle throw HttpError. */
export function statisticsAnswer(response: ApiResponse): StatisticsAnswer {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status === 404) return { kind: 'notFound' };
  const statistics = response.status === 200 ? parseStatistics(response.body) : null;
  if (!statistics) throw new HttpError(response.status);
  return { kind: 'ok', statistics };
}

export async function fetchStatistics(eventId: string): Promise<StatisticsAnswer> {
  return statisticsAnswer(await send(statisticsPath(eventId)));
}

/** An event of the chooser (GET /api/admin/events, drafts included). */
export type StatsEvent = EventChoice;

/** Every event, drafts included, by start date; null when they could not be read. */
export async function fetchEvents(): Promise<StatsEvent[] | null> {
  return fetchOrdered().catch(() => null);
}

/**
 * Without ?event=: the first event not yet over (by start date), else the latest; published events
 * first, as they are the ones taking registrations, drafts only when none is published.
 */
export function defaultEvent(events: readonly StatsEvent[], today: string): StatsEvent | null {
  const published = events.filter((event) => event.status === 'Published');
  const pool = (published.length > 0 ? published : events).filter((event) => event.startDate !== '');
  return pool.find((event) => (event.endDate || event.startDate) >= today) ?? pool[pool.length - 1] ?? events[0] ?? null;
}
