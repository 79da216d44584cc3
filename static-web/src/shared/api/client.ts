import createClient, { type Middleware } from 'openapi-fetch';
import { HttpError, NetworkError } from '../http';
import type { components, paths } from './schema';
import { noticeStatus } from './session-end';

// The one client of the API, typed by schema.d.ts (generated from the server's OpenAPI document).
// Same origin only, with the session cookie; JSON in and out. Cross-cutting answers live here once:
// a 401 reaches the session-end hook, a network failure becomes NetworkError, If-Match/ETag go through
// `revision`/`revisionOf`, and problem documents come back as `Problem`.

/** The types the server's document names: `Schemas['EventSummaryView']`. */
export type Schemas = components['schemas'];

/**
 * An RFC 9457 problem document as the API writes it (ProblemDocument: titles and details in English and
 * French, errors per field); what a proxy or the platform answers may lack any of it.
 */
export type Problem = Partial<Schemas['ProblemDocument']> & { [extension: string]: unknown };

const session: Middleware = {
  onResponse({ response }) {
    noticeStatus(response.status);
    return undefined;
  },
  onError({ error }) {
    return error instanceof NetworkError ? error : new NetworkError(error);
  },
};

// Relative URLs are resolved against the page; tests (no page) get a fixed origin.
const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;

/** A Request that keeps the body and headers it was made with, to hand them to fetch as they are. */
class SentRequest extends Request {
  readonly init: RequestInit;
  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    super(input, init);
    this.init = init;
  }
}

const headerName = (name: string) => name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());

/**
 * The call reaches fetch as (same-origin path, init with a plain body and headers): the global fetch is
 * looked up on each call and sees what a hand-written call would send, so unit tests stub it simply.
 */
function sameOriginFetch(request: Request): Promise<Response> {
  const init = request instanceof SentRequest ? request.init : {};
  const url = new URL(request.url);
  const headers = Object.fromEntries([...request.headers].map(([name, value]) => [headerName(name), value]));
  return globalThis.fetch(url.origin === origin ? url.pathname + url.search : url.href, {
    method: request.method,
    credentials: 'same-origin',
    headers,
    body: init.body ?? null,
    redirect: 'follow',
  });
}

export const api = createClient<paths>({
  baseUrl: origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
  Request: SentRequest,
  fetch: sameOriginFetch,
});
api.use(session);

/** The headers of a change made on the revision read with `revisionOf` (the server answers 428 without, 409/412 when stale). */
export const revision = (etag: string | null): Record<string, string> => (etag ? { 'If-Match': etag } : {});

/** The revision an answer carries (its ETag), for the next change's If-Match. */
export const revisionOf = (response: Response): string | null => response.headers.get('ETag')?.trim() || null;

/** The problem document of an error answer, or null when the body is not one. */
export function problemOf(error: unknown): Problem | null {
  return typeof error === 'object' && error !== null && !Array.isArray(error) ? (error as Problem) : null;
}

/** The data of a read that must answer 200; anything else throws HttpError with the status (a 200 without a body: 502). */
export function dataOf<T>(answer: { data?: T; response: Response }): T {
  if (answer.response.status === 200 && answer.data !== undefined) return answer.data;
  throw new HttpError(answer.response.status === 200 ? 502 : answer.response.status);
}

/** Where the answer has no body or the caller does not care for it: a 2xx resolves, anything else throws HttpError. */
export function ensureOk(answer: { response: Response }): void {
  if (!answer.response.ok) throw new HttpError(answer.response.status);
}

export interface ApiResponse<T = unknown> {
  status: number;
  /** The parsed JSON body (the data on success, the problem document otherwise), or null when there is none. */
  body: unknown;
  /** The data of a success, typed by the document. */
  data?: T;
  etag?: string | null;
}

/** A typed call's result as one answer: the data on success, the problem document otherwise, and the ETag. */
export function answerOf<T>(result: { data?: T; error?: unknown; response: Response }): ApiResponse<T> {
  const { ok, status } = result.response;
  const etag = revisionOf(result.response);
  return {
    status,
    body: (ok ? result.data : result.error) ?? null,
    ...(ok && result.data !== undefined ? { data: result.data } : {}),
    ...(etag ? { etag } : {}),
  };
}

/**
 * The init of a call whose body is a file sent as it is (a photo), with its own type. The photo routes read
 * the request's bytes and their document declares no request body, hence the cast.
 */
export const rawBody = (file: Blob) => ({
  body: file as never,
  bodySerializer: (body: unknown) => body as Blob,
  headers: { 'Content-Type': file.type || 'application/octet-stream' },
});
