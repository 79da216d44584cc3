import { callApi, HttpError, type ApiResponse } from '../../shared/http';
import { parseStatistics, type Statistics } from './statistics';

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
  return statisticsAnswer(await callApi(statisticsPath(eventId)));
}

/** An event of the chooser (GET /api/admin/events, drafts included). */
export interface StatsEvent {
  id: string;
  title: string;
  /** Draft or Published. */
  status: string;
  startDate: string;
  endDate: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The events by start date (the staff list comes newest created first), the undated last; null when not a list. */
export function parseEvents(body: unknown): StatsEvent[] | null {
  if (!Array.isArray(body)) return null;
  const events = body.flatMap((item: unknown): StatsEvent[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const id = text(record.id);
    const startDate = text(record.startDate);
    return id
      ? [{ id, title: text(record.title).trim() || id, status: text(record.status), startDate, endDate: text(record.endDate) || startDate }]
      : [];
  });
  const key = (event: StatsEvent) => event.startDate || '\uffff';
  return events.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Every event, drafts included; null when they could not be read. */
export async function fetchEvents(): Promise<StatsEvent[] | null> {
  const response = await callApi('/api/admin/events');
  return response.status === 200 ? parseEvents(response.body) : null;
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
