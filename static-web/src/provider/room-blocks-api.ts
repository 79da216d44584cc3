import { answerOf, api, dataOf, type ApiResponse, type Schemas } from '../shared/api/client';
import type { AnswerBody } from './answer-model';

// The provider's room block requests (functions/RoomBlocks/ProviderAnswersApi.cs), read with the
// provider session: only the requests this provider was asked; another one answers 404.

export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'quad', 'accessible'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

export type Offer = Schemas['RoomOffer'];
export type RoomTypeAsk = { type: RoomType; askAvailability: boolean };

/** open: answers are still taken (before the answer date, request open); answerStatus Draft, Submitted or null. */
export type RoomBlockRequest = Schemas['ProviderRequestView'];

const isRoomType = (value: string): value is RoomType => (ROOM_TYPES as readonly string[]).includes(value);

/** The room types asked that the page knows how to name (a type it does not know is left out of the form). */
export const askedTypes = (request: Pick<RoomBlockRequest, 'roomTypes'>): RoomTypeAsk[] =>
  request.roomTypes.filter((ask): ask is RoomTypeAsk => isRoomType(ask.type));

/** What the list says of the provider's answer. */
export type AnswerState = 'todo' | 'draft' | 'sent' | 'closed';

/** A sent answer stays "sent" after the answer date: what the hotel did matters more than the date. */
export function answerState(request: Pick<RoomBlockRequest, 'open' | 'answerStatus'>): AnswerState {
  if (request.answerStatus === 'Submitted') return 'sent';
  if (!request.open) return 'closed';
  return request.answerStatus === 'Draft' ? 'draft' : 'todo';
}

/** The nights of a request, first to last inclusive (yyyy-MM-dd). */
export function nightsOf(firstNight: string, lastNight: string): string[] {
  const nights: string[] = [];
  const day = new Date(`${firstNight}T00:00:00Z`);
  const last = new Date(`${lastNight}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || Number.isNaN(last.getTime())) return nights;
  while (day <= last && nights.length < 366) {
    nights.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return nights;
}

export type Read<T> = { kind: 'ok'; value: T } | { kind: 'signedOut' } | { kind: 'notFound' };

/** A read of the provider's space: 401 ends the session, 404 is another provider's (or nothing); other failures throw HttpError. */
export function readOf<T>(answer: { data?: T; response: Response }): Read<T> {
  if (answer.response.status === 401) return { kind: 'signedOut' };
  if (answer.response.status === 404) return { kind: 'notFound' };
  return { kind: 'ok', value: dataOf(answer) };
}

const request = (number: string) => ({ params: { path: { number } } });

export const fetchRequests = async (): Promise<Read<RoomBlockRequest[]>> => readOf(await api.GET('/api/provider/room-blocks'));

export const fetchRequest = async (number: string): Promise<Read<RoomBlockRequest>> => readOf(await api.GET('/api/provider/room-blocks/{number}', request(number)));

export const saveAnswer = async (number: string, body: AnswerBody): Promise<ApiResponse<RoomBlockRequest>> =>
  answerOf(await api.PUT('/api/provider/room-blocks/{number}/answer', { ...request(number), body }));
