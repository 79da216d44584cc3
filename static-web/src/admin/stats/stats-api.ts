import { parseEvents, type EventSummary } from '../../home/events';
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

/** The published events (GET /api/events, public); null when they could not be read. */
export async function fetchEvents(): Promise<EventSummary[] | null> {
  const response = await callApi('/api/events');
  return response.status === 200 ? parseEvents(response.body) : null;
}

/** Without ?event=: the first event not yet over (the list is by start date), else the latest. */
export function defaultEvent(events: readonly EventSummary[], today: string): EventSummary | null {
  return events.find((event) => (event.endDate || event.startDate) >= today) ?? events[events.length - 1] ?? null;
}
