import { send } from '../shared/api/client';

export interface EventSummary {
  id: string;
  title: string;
  venue: string;
  city: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  summary: string;
}

const TEXT_FIELDS = ['id', 'title', 'venue', 'city', 'startDate', 'endDate', 'timeZone', 'summary'] as const;

/**
 * Reads GET /api/events defensively: items without an id, a title or a start date are skipped,
 * other missing texts become empty. Returns null when the body is not a list at all.
 */
export function parseEvents(body: unknown): EventSummary[] | null {
  if (!Array.isArray(body)) return null;
  return body.flatMap((item: unknown): EventSummary[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const event = Object.fromEntries(
      TEXT_FIELDS.map((name) => [name, typeof record[name] === 'string' ? record[name] : '']),
    ) as unknown as EventSummary;
    return event.id && event.title && event.startDate ? [event] : [];
  });
}

export type EventsResult = { kind: 'ok'; events: EventSummary[] } | { kind: 'error' };

/** Network failures, HTTP errors and unreadable bodies all end in the same error state. */
export async function loadEvents(): Promise<EventsResult> {
  try {
    const response = await send('/api/events');
    const events = response.status === 200 ? parseEvents(response.body) : null;
    return events ? { kind: 'ok', events } : { kind: 'error' };
  } catch {
    return { kind: 'error' };
  }
}
