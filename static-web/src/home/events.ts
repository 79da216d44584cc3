import { api, type Schemas } from '../shared/api/client';

/** An event of the public list (the server's PublicEvent). */
export type EventSummary = Schemas['PublicEvent'];

export type EventsResult = { kind: 'ok'; events: EventSummary[] } | { kind: 'error' };

/** The events open to the public; network failures, HTTP errors and an empty answer all end in the same error state. */
export async function loadEvents(): Promise<EventsResult> {
  try {
    const { data, response } = await api.GET('/api/events');
    return response.status === 200 && data ? { kind: 'ok', events: data } : { kind: 'error' };
  } catch {
    return { kind: 'error' };
  }
}
