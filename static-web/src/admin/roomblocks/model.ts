import type { Schemas } from '../../shared/api/client';
import type { ProviderChoice } from '../shared/providers';

// What the room-block endpoints answer (docs/room-blocks.md), typed by the server's document.

/** The room types a request can ask for, in the order the form and the summary show them. */
export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'quad', 'accessible'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

export const isRoomType = (value: string): value is RoomType => (ROOM_TYPES as readonly string[]).includes(value);

/** One night of one product of a released block: rooms offered, sold, awaiting payment (held), handed back. */
export type ReleasedNight = Schemas['ReleasedNight'];

/**
 * One request (GET …/room-blocks/{number}, and each item of the list). `released`: the release's final
 * figures per provider id (those whose answer was accepted); the server writes null before the release,
 * which its document does not say.
 */
export type RoomBlockRequest = Omit<Schemas['RoomBlockView'], 'released'> & { released: Schemas['RoomBlockView']['released'] | null };

export { type ProviderChoice } from '../shared/providers';
/** The kinds present among the providers, in a stable order (hotels and residences first: what a block asks). */
export function providerKinds(providers: readonly ProviderChoice[]): string[] {
  const order = ['hotel', 'residence'];
  const kinds = [...new Set(providers.map((p) => p.kind).filter((k) => k !== ''))];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return kinds.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A room product put on sale by POST …/accept. */
export type AcceptedProduct = Schemas['AcceptedProduct'];

/** Rooms of an accepted product over the block's nights (what "put on sale" means in figures). */
export const totalRooms = (product: AcceptedProduct): number => Object.values(product.roomsPerNight).reduce((a, b) => a + b, 0);

