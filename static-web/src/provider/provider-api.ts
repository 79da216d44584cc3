import { failureMessage } from '../shared/failure';
import { send, type ApiResponse } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { localeOf, message, type Lang } from '../shared/i18n';
import { problemToFormErrors, type FormErrors } from '../shared/problem-details';

// The provider space endpoints (functions/ProviderSpace/ProviderApi.cs). Showing a link (GET) never
// uses it; only openLink (POST) does, once. The session is the congress.provider cookie.

export const SPACE = 'space';
export const ROOM_BLOCK_ANSWER = 'room-block-answer';
export type Purpose = typeof SPACE | typeof ROOM_BLOCK_ANSWER;

export interface LinkView {
  purpose: string;
  providerName: string;
  expiresAt: string;
  /** What the link is about: the room block request number of a room-block-answer link. */
  subject: string | null;
}

export interface Provider {
  providerId: string;
  providerName: string;
}

/** The provider just signed in by a link, and what that link was for. */
export interface Opened extends Provider {
  purpose: string;
  subject: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The token of ?link=…, or null when the address has none. */
export function readLinkToken(search: string): string | null {
  return text(new URLSearchParams(search).get('link')?.trim() ?? null);
}

/** The purpose of ?purpose=… (the emails of room block requests say room-block-answer); space by default. */
export function readLinkPurpose(search: string): Purpose {
  return new URLSearchParams(search).get('purpose')?.trim() === ROOM_BLOCK_ANSWER ? ROOM_BLOCK_ANSWER : SPACE;
}

export function parseLinkView(body: unknown): LinkView | null {
  if (!isRecord(body)) return null;
  const [purpose, providerName, expiresAt] = [text(body.purpose), text(body.providerName), text(body.expiresAt)];
  return purpose && providerName && expiresAt ? { purpose, providerName, expiresAt, subject: text(body.subject) } : null;
}

export function parseProvider(body: unknown): Provider | null {
  if (!isRecord(body)) return null;
  const [providerId, providerName] = [text(body.providerId), text(body.providerName)];
  return providerId && providerName ? { providerId, providerName } : null;
}

export type LinkOutcome<T> = { kind: 'ok'; value: T } | { kind: 'unusable' } | { kind: 'failed'; error: HttpError };

/** 410 (unknown, used, expired or altered: the server does not say which), 404 and 400 all mean: ask for a new link. */
function outcome<T>(response: ApiResponse, parse: (body: unknown) => T | null): LinkOutcome<T> {
  if (response.status === 200) {
    const value = parse(response.body);
    if (value) return { kind: 'ok', value };
  }
  if (response.status === 410 || response.status === 404 || response.status === 400) return { kind: 'unusable' };
  return { kind: 'failed', error: new HttpError(response.status) };
}

export function parseOpened(body: unknown): Opened | null {
  const provider = parseProvider(body);
  if (!provider || !isRecord(body)) return null;
  return { ...provider, purpose: text(body.purpose) ?? SPACE, subject: text(body.subject) };
}

export const linkOutcome = (response: ApiResponse) => outcome(response, parseLinkView);
export const openOutcome = (response: ApiResponse) => outcome(response, parseOpened);

export async function fetchLink(token: string, purpose: Purpose): Promise<LinkOutcome<LinkView>> {
  return linkOutcome(await send(`/api/provider/links/${encodeURIComponent(token)}?purpose=${encodeURIComponent(purpose)}`));
}

export async function openLink(token: string, purpose: Purpose): Promise<LinkOutcome<Opened>> {
  return openOutcome(await send(`/api/provider/links/${encodeURIComponent(token)}/open`, { method: 'POST', json: { purpose } }));
}

/** The signed-in provider, or null without a session (401). Other failures throw. */
export async function fetchCurrentProvider(): Promise<Provider | null> {
  const response = await send('/api/provider/me');
  if (response.status === 401) return null;
  const provider = response.status === 200 ? parseProvider(response.body) : null;
  if (!provider) throw new HttpError(response.status);
  return provider;
}

export async function logout(): Promise<void> {
  const response = await send('/api/provider/logout', { method: 'POST' });
  // 401: the session had already ended, which is what was asked for.
  if (response.status >= 300 && response.status !== 401) throw new HttpError(response.status);
}

export function requestLink(email: string): Promise<ApiResponse> {
  return send('/api/provider/link-requests', { method: 'POST', json: { email: email.trim() } });
}

/** What the new-link form shows; null: accepted (always 202, known address or not). */
export function requestLinkErrors(response: ApiResponse): FormErrors<'email'> | null {
  if (response.status >= 200 && response.status < 300) return null;
  if (response.status === 429) return { fields: {}, form: message('provider.requestTooMany') };
  if (response.status === 400) return problemToFormErrors(response.body, ['email']);
  return { fields: {}, form: failureMessage(new HttpError(response.status)) };
}

/** The link's end, in the organiser's time zone (Europe/Paris), to the minute. */
export function formatExpiry(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date);
}
