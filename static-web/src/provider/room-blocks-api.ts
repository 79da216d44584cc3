import { send, type ApiResponse } from '../shared/api/client';
import { HttpError } from '../shared/http';
import type { AnswerBody } from './answer-model';

// The provider's room block requests (functions/RoomBlocks/ProviderAnswersApi.cs), read with the
// provider session: only the requests this provider was asked; another one answers 404.

export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'quad', 'accessible'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

export interface RoomTypeAsk {
  type: RoomType;
  askAvailability: boolean;
}

export interface Offer {
  type: RoomType;
  /** yyyy-MM-dd */
  night: string;
  rooms: number;
  price: number;
}

export type AnswerStatus = 'Draft' | 'Submitted';

export interface RoomBlockRequest {
  number: string;
  eventId: string;
  eventTitle: string;
  firstNight: string;
  lastNight: string;
  roomTypes: RoomTypeAsk[];
  answerBy: string;
  releaseOn: string;
  status: string;
  remarks: string;
  /** Answers are still taken (before the answer date, request open). */
  open: boolean;
  answerStatus: AnswerStatus | null;
  offers: Offer[];
  answerRemarks: string;
  submittedAt: string | null;
}

/** What the list says of the provider's answer. */
export type AnswerState = 'todo' | 'draft' | 'sent' | 'closed';

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const isoDate = (value: unknown): string | null => {
  const s = str(value);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
};
const isRoomType = (value: unknown): value is RoomType => ROOM_TYPES.includes(value as RoomType);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function parseOffer(value: unknown): Offer | null {
  if (!isRec(value) || !isRoomType(value.type)) return null;
  const [night, rooms, price] = [isoDate(value.night), num(value.rooms), num(value.price)];
  return night && rooms !== null && price !== null ? { type: value.type, night, rooms, price } : null;
}

/** One request as the server sends it, or null when a field the page needs is missing. */
export function parseRequest(body: unknown): RoomBlockRequest | null {
  if (!isRec(body)) return null;
  const number = str(body.number);
  const eventId = str(body.eventId);
  const [firstNight, lastNight, answerBy, releaseOn] = [body.firstNight, body.lastNight, body.answerBy, body.releaseOn].map(isoDate);
  if (!number || !eventId || !firstNight || !lastNight || !answerBy || !releaseOn || lastNight < firstNight) return null;
  if (!Array.isArray(body.roomTypes)) return null;
  const roomTypes = body.roomTypes
    .filter((t): t is Rec => isRec(t) && isRoomType(t.type))
    .map((t) => ({ type: t.type as RoomType, askAvailability: t.askAvailability === true }));
  const offers = Array.isArray(body.offers) ? body.offers.map(parseOffer).filter((o): o is Offer => o !== null) : [];
  const answerStatus = body.answerStatus === 'Draft' || body.answerStatus === 'Submitted' ? body.answerStatus : null;
  return {
    number,
    eventId,
    eventTitle: str(body.eventTitle) ?? eventId,
    firstNight,
    lastNight,
    roomTypes,
    answerBy,
    releaseOn,
    status: str(body.status) ?? '',
    remarks: typeof body.remarks === 'string' ? body.remarks : '',
    open: body.open === true,
    answerStatus,
    offers,
    answerRemarks: typeof body.answerRemarks === 'string' ? body.answerRemarks : '',
    submittedAt: str(body.submittedAt),
  };
}

export function parseRequests(body: unknown): RoomBlockRequest[] | null {
  if (!Array.isArray(body)) return null;
  const requests = body.map(parseRequest);
  return requests.every((r): r is RoomBlockRequest => r !== null) ? requests : null;
}

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

function read<T>(response: ApiResponse, parse: (body: unknown) => T | null): Read<T> {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 404) return { kind: 'notFound' };
  const value = response.status === 200 ? parse(response.body) : null;
  if (value === null) throw new HttpError(response.status);
  return { kind: 'ok', value };
}

export async function fetchRequests(): Promise<Read<RoomBlockRequest[]>> {
  return read(await send('/api/provider/room-blocks'), parseRequests);
}

export async function fetchRequest(number: string): Promise<Read<RoomBlockRequest>> {
  return read(await send(`/api/provider/room-blocks/${encodeURIComponent(number)}`), parseRequest);
}

export function saveAnswer(number: string, body: AnswerBody): Promise<ApiResponse> {
  return send(`/api/provider/room-blocks/${encodeURIComponent(number)}/answer`, { method: 'PUT', json: body });
}
