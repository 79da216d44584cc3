import { isRoomType, ROOM_TYPES, type ReleasedNight } from './model';

// The release (rétrocession) of a request as staff read it: per provider whose answer was accepted,
// by name, one row per night and room type with the final figures, and the provider's totals.

export interface ReleaseRow extends ReleasedNight {
  /** The room type of the block's product ("twin" for twin-hotel-du-musee); null when the id does not say it. */
  type: string | null;
}

export interface Figures {
  offered: number;
  sold: number;
  held: number;
  released: number;
}

export interface ProviderRelease {
  providerId: string;
  providerName: string;
  rows: ReleaseRow[];
  totals: Figures;
}

/** Accepting an answer names each product `{type}-{providerId}` (RoomBlockAcceptance.ProductId): read the type back. */
export function productType(productId: string, providerId: string): string | null {
  const suffix = `-${providerId}`;
  const type = productId.endsWith(suffix) ? productId.slice(0, -suffix.length) : productId.split('-')[0] ?? '';
  return isRoomType(type) ? type : null;
}

const typeRank = (type: string | null) => (type === null ? ROOM_TYPES.length : ROOM_TYPES.indexOf(type as (typeof ROOM_TYPES)[number]));

export function releaseByProvider(released: Readonly<Record<string, readonly ReleasedNight[]>>, names: ReadonlyMap<string, string>): ProviderRelease[] {
  return Object.entries(released)
    .map(([providerId, nights]) => {
      const rows = nights
        .map((n) => ({ ...n, type: productType(n.productId, providerId) }))
        .sort((a, b) => a.night.localeCompare(b.night) || typeRank(a.type) - typeRank(b.type) || a.productId.localeCompare(b.productId));
      const totals = rows.reduce(
        (t, r) => ({ offered: t.offered + r.offered, sold: t.sold + r.sold, held: t.held + r.held, released: t.released + r.released }),
        { offered: 0, sold: 0, held: 0, released: 0 },
      );
      return { providerId, providerName: names.get(providerId) || providerId, rows, totals };
    })
    .sort((a, b) => a.providerName.localeCompare(b.providerName, 'fr'));
}
