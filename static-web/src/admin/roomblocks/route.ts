import { formatRoute } from '../shell-routes';

// #/room-blocks?event=…: the event's requests; #/room-blocks/new?event=…: a new request;
// #/room-blocks/{number}?event=…: one request with its summary. Numbers are 8 digits, so "new" is never one.

export type Route = { screen: 'list' } | { screen: 'new' } | { screen: 'request'; number: string };

export const SECTION_PATH = 'room-blocks';

export function routeOf(params: readonly string[]): Route {
  const [first] = params;
  if (!first) return { screen: 'list' };
  if (first === 'new') return { screen: 'new' };
  return { screen: 'request', number: first };
}

const withEvent = (eventId: string) => (eventId ? { event: eventId } : undefined);

export const listRoute = (eventId: string): string => formatRoute(SECTION_PATH, [], withEvent(eventId));
export const newRoute = (eventId: string): string => formatRoute(SECTION_PATH, ['new'], withEvent(eventId));
/** `created`: the page says the request was just created (after the form). */
export const requestRoute = (eventId: string, number: string, created = false): string =>
  formatRoute(SECTION_PATH, [number], { ...withEvent(eventId), ...(created ? { created: '1' } : {}) });
