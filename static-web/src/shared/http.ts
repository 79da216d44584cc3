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

export interface ApiResponse {
  status: number;
  /** Parsed JSON body, or null when the body is empty or not JSON. */
  body: unknown;
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  /** A raw body (a photo), sent with its own type. */
  blob?: Blob;
}

/**
 * Calls the API on the same origin. The staff session is a cookie, so credentials are sent
 * (same-origin only: never to another site). Any HTTP status resolves; only a network failure throws.
 */
export async function callApi(path: string, request: ApiRequest = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let body: BodyInit | null = null;
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.blob !== undefined) {
    headers['Content-Type'] = request.blob.type || 'application/octet-stream';
    body = request.blob;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  return { status: response.status, body: await readJson(response) };
}

async function readJson(response: Response): Promise<unknown> {
  if (!/\bjson\b/i.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}
