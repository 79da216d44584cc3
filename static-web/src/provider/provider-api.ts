import { failureMessage } from '../shared/failure';
import { answerOf, api, dataOf, type ApiResponse, type Schemas } from '../shared/api/client';
import { HttpError } from '../shared/http';
import { localeOf, message, type Lang } from '../shared/i18n';
import { problemToFormErrors, type FormErrors } from '../shared/problem-details';

// The provider space endpoints (functions/ProviderSpace/ProviderApi.cs). Showing a link (GET) never
// uses it; only openLink (POST) does, once. The session is the congress.provider cookie.

export const SPACE = 'space';
export const ROOM_BLOCK_ANSWER = 'room-block-answer';
export type Purpose = typeof SPACE | typeof ROOM_BLOCK_ANSWER;

/** subject: what the link is about (the room block request number of a room-block-answer link). */
export type LinkView = Schemas['ProviderLinkView'];
export type Provider = Schemas['ProviderMe'];
/** The provider just signed in by a link, and what that link was for. */
export type Opened = Schemas['ProviderLinkOpened'];

const text = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value : null);

/** The token of ?link=…, or null when the address has none. */
export function readLinkToken(search: string): string | null {
  return text(new URLSearchParams(search).get('link')?.trim() ?? null);
}

/** The purpose of ?purpose=… (the emails of room block requests say room-block-answer); space by default. */
export function readLinkPurpose(search: string): Purpose {
  return new URLSearchParams(search).get('purpose')?.trim() === ROOM_BLOCK_ANSWER ? ROOM_BLOCK_ANSWER : SPACE;
}

export type LinkOutcome<T> = { kind: 'ok'; value: T } | { kind: 'unusable' } | { kind: 'failed'; error: HttpError };

/** 410 (unknown, used, expired or altered: the server does not say which), 404 and 400 all mean: ask for a new link. */
function outcome<T>(response: ApiResponse<T>): LinkOutcome<T> {
  if (response.status === 200 && response.data) return { kind: 'ok', value: response.data };
  if (response.status === 410 || response.status === 404 || response.status === 400) return { kind: 'unusable' };
  return { kind: 'failed', error: new HttpError(response.status) };
}

export const linkOutcome = (response: ApiResponse<LinkView>) => outcome(response);
export const openOutcome = (response: ApiResponse<Opened>) => outcome(response);

const link = (token: string) => ({ params: { path: { token } } });

export async function fetchLink(token: string, purpose: Purpose): Promise<LinkOutcome<LinkView>> {
  return linkOutcome(answerOf(await api.GET('/api/provider/links/{token}', { params: { path: { token }, query: { purpose } } })));
}

export async function openLink(token: string, purpose: Purpose): Promise<LinkOutcome<Opened>> {
  return openOutcome(answerOf(await api.POST('/api/provider/links/{token}/open', { ...link(token), body: { purpose } })));
}

/** The signed-in provider, or null without a session (401). Other failures throw. */
export async function fetchCurrentProvider(): Promise<Provider | null> {
  const answer = await api.GET('/api/provider/me');
  return answer.response.status === 401 ? null : dataOf(answer);
}

export async function logout(): Promise<void> {
  const { response } = await api.POST('/api/provider/logout');
  // 401: the session had already ended, which is what was asked for.
  if (response.status >= 300 && response.status !== 401) throw new HttpError(response.status);
}

export async function requestLink(email: string): Promise<ApiResponse> {
  return answerOf(await api.POST('/api/provider/link-requests', { body: { email: email.trim() } }));
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
