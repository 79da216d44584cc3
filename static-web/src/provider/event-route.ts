// The event the space shows is kept in the address (#event=…), so that a reload or a bookmark comes
// back to it. An id the provider does not sell for is still asked of the server: the session decides
// what the provider may see, and the page shows the server's 404 as "not found".

export function eventInHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('event')?.trim();
  return value ? value : null;
}

export const hashOf = (eventId: string): string => `#${new URLSearchParams({ event: eventId }).toString()}`;
