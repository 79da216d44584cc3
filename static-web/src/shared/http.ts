/** The server could not be reached at all (offline, DNS, CORS, aborted). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** The server answered with a status the caller cannot handle. */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`Unexpected HTTP status ${status}`);
    this.name = 'HttpError';
  }
}

/** Gateway statuses: the API is down or restarting rather than refusing the request. */
export function isUnavailable(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}
