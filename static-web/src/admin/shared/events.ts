import { api, dataOf, type Schemas } from '../../shared/api/client';
import type { Localized } from '../../shared/i18n';
import { eventStatusLabel } from './labels';

// GET /api/admin/events, read once for every section (registrations, finance, room blocks, statistics,
// event setup): every event, drafts included.

export type EventChoice = Schemas['EventSummaryView'];

/** The events by start date (those without dates last), with a title and an end date to show. */
export function orderedEvents(events: readonly EventChoice[]): EventChoice[] {
  const key = (event: EventChoice) => event.startDate || '\uffff';
  return events
    .filter((event) => event.id !== '')
    .map((event) => ({ ...event, title: event.title.trim() || event.id, endDate: event.endDate || event.startDate }))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Every event, drafts included, as the server lists them (newest created first); throws HttpError when they cannot be read. */
export async function fetchEventList(): Promise<EventChoice[]> {
  return dataOf(await api.GET('/api/admin/events'));
}

/** Every event, drafts included, by start date; throws HttpError when they cannot be read. */
export const fetchEvents = async (): Promise<EventChoice[]> => orderedEvents(await fetchEventList());

/**
 * The event to show: the one asked for when it is listed; else the only event there is, or else the
 * only published one (a draft being prepared does not hide the running event). Undefined: let staff choose.
 */
export function chosenEvent(events: readonly EventChoice[], asked: string): EventChoice | undefined {
  const found = events.find((event) => event.id === asked);
  if (found) return found;
  if (events.length === 1) return events[0];
  const published = events.filter((event) => event.status === 'Published');
  return published.length === 1 ? published[0] : undefined;
}

/** "Title · City (draft)": staff see at once which events the public cannot reach. */
export function eventLabel(event: EventChoice): Localized {
  const status = eventStatusLabel(event.status);
  return (lang) => {
    const name = event.city ? `${event.title} · ${event.city}` : event.title;
    const state = status(lang);
    return state ? `${name} (${state})` : name;
  };
}
