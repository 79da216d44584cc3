import { isRec, num, numOrNull, records, str, strOrNull, strings } from '../shared/read';

// What the room-block endpoints answer (docs/room-blocks.md), read defensively: a missing or mistyped
// field becomes an empty value, a body of the wrong shape becomes null (the screen says the read failed).

/** The room types a request can ask for, in the order the form and the summary show them. */
export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'quad', 'accessible'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

export const isRoomType = (value: string): value is RoomType => (ROOM_TYPES as readonly string[]).includes(value);

export interface RoomTypeAsk {
  type: string;
  askAvailability: boolean;
}

export interface RoomBlockRequest {
  number: string;
  eventId: string;
  firstNight: string;
  lastNight: string;
  roomTypes: RoomTypeAsk[];
  providerIds: string[];
  answerBy: string;
  releaseOn: string;
  /** Open or Released. */
  status: string;
  remarks: string;
  createdAt: string;
  createdBy: string;
  /** How many providers submitted an answer. */
  answers: number;
  /** When the release job handed the unsold rooms back; null while the request is open. */
  releasedAt: string | null;
  /** The release's final figures per provider id (those whose answer was accepted); null before the release. */
  released: Record<string, ReleasedNight[]> | null;
}

/** One night of one product of a released block: rooms offered, sold, awaiting payment (held), handed back. */
export interface ReleasedNight {
  productId: string;
  night: string;
  offered: number;
  sold: number;
  held: number;
  released: number;
}

function parseReleased(value: unknown): Record<string, ReleasedNight[]> | null {
  if (!isRec(value)) return null;
  const figures: Record<string, ReleasedNight[]> = {};
  for (const [providerId, nights] of Object.entries(value)) {
    figures[providerId] = records(nights)
      .map((n) => ({ productId: str(n.productId), night: str(n.night), offered: num(n.offered), sold: num(n.sold), held: num(n.held), released: num(n.released) }))
      .filter((n) => n.night !== '');
  }
  return figures;
}

/** One request (GET …/room-blocks/{number}, and each item of the list); null when the body is not one. */
export function parseRequest(value: unknown): RoomBlockRequest | null {
  if (!isRec(value) || str(value.number) === '') return null;
  return {
    number: str(value.number),
    eventId: str(value.eventId),
    firstNight: str(value.firstNight),
    lastNight: str(value.lastNight),
    roomTypes: records(value.roomTypes)
      .map((t) => ({ type: str(t.type), askAvailability: t.askAvailability === true }))
      .filter((t) => t.type !== ''),
    providerIds: strings(value.providerIds),
    answerBy: str(value.answerBy),
    releaseOn: str(value.releaseOn),
    status: str(value.status) || 'Open',
    remarks: str(value.remarks),
    createdAt: str(value.createdAt),
    createdBy: str(value.createdBy),
    answers: num(value.answers),
    releasedAt: strOrNull(value.releasedAt),
    released: parseReleased(value.released),
  };
}

/** The event's requests, newest first as the server sends them; null when the answer is not a list. */
export function parseRequests(body: unknown): RoomBlockRequest[] | null {
  if (!Array.isArray(body)) return null;
  return body.map(parseRequest).filter((r): r is RoomBlockRequest => r !== null);
}

export interface ProviderChoice {
  id: string;
  name: string;
  kind: string;
  city: string;
  /** Empty: the provider gets no answer link by email (staff reach it otherwise). */
  email: string;
}

/** Every provider, by name; null when the answer is not a list. */
export function parseProviderChoices(body: unknown): ProviderChoice[] | null {
  if (!Array.isArray(body)) return null;
  return records(body)
    .map((p) => ({ id: str(p.id), name: str(p.name).trim() || str(p.id), kind: str(p.kind), city: str(p.city), email: str(p.email).trim() }))
    .filter((p) => p.id !== '')
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** The kinds present among the providers, in a stable order (hotels and residences first: what a block asks). */
export function providerKinds(providers: readonly ProviderChoice[]): string[] {
  const order = ['hotel', 'residence'];
  const kinds = [...new Set(providers.map((p) => p.kind).filter((k) => k !== ''))];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return kinds.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface AcceptedProduct {
  productId: string;
  type: string;
  price: number | null;
  roomsPerNight: Record<string, number>;
}

/** POST …/accept's 200: the room products put on sale; null when the answer is not a list. */
export function parseAccepted(body: unknown): AcceptedProduct[] | null {
  if (!Array.isArray(body)) return null;
  return records(body).map((p) => {
    const nights: Record<string, number> = {};
    if (isRec(p.roomsPerNight)) for (const [night, rooms] of Object.entries(p.roomsPerNight)) nights[night] = num(rooms);
    return { productId: str(p.productId), type: str(p.type), price: numOrNull(p.price), roomsPerNight: nights };
  });
}

/** Rooms of an accepted product over the block's nights (what "put on sale" means in figures). */
export const totalRooms = (product: AcceptedProduct): number => Object.values(product.roomsPerNight).reduce((a, b) => a + b, 0);

