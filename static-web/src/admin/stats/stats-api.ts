import { fetchEvents as fetchOrdered, type EventChoice } from '../shared/events';
import { api, dataOf, type Schemas } from '../../shared/api/client';
import { statisticsView, type Statistics } from './statistics';

// The calls of the statistics section. Network failures throw NetworkError (shared/http).

/** The workbook's address, for a download link (a file, not JSON). */
export const statisticsXlsxPath = (eventId: string): string => `/api/admin/events/${encodeURIComponent(eventId)}/statistics.xlsx`;

export type StatisticsAnswer =
  | { kind: 'ok'; statistics: Statistics }
  | { kind: 'signedOut' }
  | { kind: 'forbidden' }
  /** No such event, or its form is not set up yet. */
  | { kind: 'notFound' };

/** Reads the answer of GET …/statistics; statuses it cannot handle throw HttpError. */
export function statisticsAnswer(answer: { data?: Schemas['EventStatistics']; response: Response }): StatisticsAnswer {
  const { status } = answer.response;
  if (status === 401) return { kind: 'signedOut' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'notFound' };
  return { kind: 'ok', statistics: statisticsView(dataOf(answer)) };
}

export async function fetchStatistics(eventId: string): Promise<StatisticsAnswer> {
  return statisticsAnswer(await api.GET('/api/admin/events/{eventId}/statistics', { params: { path: { eventId } } }));
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
