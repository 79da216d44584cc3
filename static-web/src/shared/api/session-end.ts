// One place where the API client (client.ts) reports a 401: the section
// that is showing registers the shell's sessionEnded while it is mounted, so that an expired
// session brings back the sign-in form instead of "unexpected error" or "try again".

let current: (() => void) | null = null;

/** Routes 401 answers to `sessionEnded` until the function returned is called (the section's unmount). */
export function onSessionEnded(sessionEnded: () => void): () => void {
  const handler = () => sessionEnded();
  current = handler;
  return () => {
    if (current === handler) current = null;
  };
}

/** Called by the request helpers with every status they receive. */
export function noticeStatus(status: number): void {
  if (status === 401) current?.();
}
