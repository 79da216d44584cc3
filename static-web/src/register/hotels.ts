import { localeOf, type Lang } from '../shared/i18n';
import { isRoomProduct, type HotelSearch } from './basket';
import type { Hotel, Product, ProductAvailability } from './model';

// Hotel search of the accommodation step: results, filters with counts, sorting.

export interface HotelResult {
  hotel: Hotel;
  /** The hotel's room products that can take the adults asked for. */
  rooms: Product[];
  /** Lowest price of a room for one night. */
  minPrice: number;
  /** Rooms left over the nights asked; null when at least one room product is unlimited. */
  free: number | null;
  full: boolean;
}

export const KNOWN_AMENITIES = ['lift', 'parking', 'garage', 'airConditioning'] as const;
export const STAR_LEVELS = [0, 1, 2, 3, 4, 5] as const;

/** Rooms left for a product, null when it has no capacity limit. */
export function freeRooms(availability: ReadonlyMap<string, ProductAvailability> | null, productId: string): number | null {
  return availability?.get(productId)?.free ?? null;
}

/** Can a room product take this many adults? (No maximum means any number.) */
export const roomFits = (product: Product, adults: number): boolean =>
  product.maxOccupancy === null || product.maxOccupancy >= adults;

export function searchHotels(
  hotels: readonly Hotel[],
  stepProducts: readonly Product[],
  search: HotelSearch,
  availability: ReadonlyMap<string, ProductAvailability> | null,
): HotelResult[] {
  const fewestAdults = Math.min(...(search.rooms.length > 0 ? search.rooms : [1]));
  return hotels.flatMap((hotel): HotelResult[] => {
    const rooms = stepProducts.filter(
      (product) => product.providerId === hotel.id && isRoomProduct(product) && roomFits(product, fewestAdults),
    );
    if (rooms.length === 0) return [];
    const counts = rooms.map((room) => freeRooms(availability, room.id));
    const free = counts.some((count) => count === null)
      ? null
      : counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
    return [{ hotel, rooms, minPrice: Math.min(...rooms.map((room) => room.priceIncl)), free, full: free === 0 }];
  });
}

export interface HotelFilters {
  stars: number[];
  amenities: string[];
  maxPrice: number | null;
}

export const noFilters = (): HotelFilters => ({ stars: [], amenities: [], maxPrice: null });

type FilterGroup = 'stars' | 'amenities' | 'price';

function matches(result: HotelResult, filters: HotelFilters, ignore: FilterGroup | null = null): boolean {
  if (ignore !== 'stars' && filters.stars.length > 0 && !filters.stars.includes(result.hotel.stars)) return false;
  if (ignore !== 'amenities' && !filters.amenities.every((amenity) => result.hotel.amenities.includes(amenity))) {
    return false;
  }
  if (ignore !== 'price' && filters.maxPrice !== null && result.minPrice > filters.maxPrice + 1e-9) return false;
  return true;
}

export function filterHotels(results: readonly HotelResult[], filters: HotelFilters): HotelResult[] {
  return results.filter((result) => matches(result, filters));
}

export interface FacetCounts {
  stars: Map<number, number>;
  amenities: Map<string, number>;
}

/**
 * How many hotels each option would show. A star level counts the hotels that pass the other
 * filters (levels add up: any of them); an amenity counts those that would remain if it were
 * ticked too (amenities narrow down: all of them).
 */
export function facetCounts(results: readonly HotelResult[], filters: HotelFilters): FacetCounts {
  const stars = new Map<number, number>(STAR_LEVELS.map((level) => [level, 0]));
  for (const result of results) {
    if (matches(result, filters, 'stars')) stars.set(result.hotel.stars, (stars.get(result.hotel.stars) ?? 0) + 1);
  }
  const names = new Set<string>([...KNOWN_AMENITIES, ...results.flatMap((result) => result.hotel.amenities)]);
  const amenities = new Map<string, number>();
  for (const name of names) {
    const withIt = { ...filters, amenities: [...new Set([...filters.amenities, name])] };
    amenities.set(name, results.filter((result) => matches(result, withIt)).length);
  }
  return { stars, amenities };
}

export function priceBounds(results: readonly HotelResult[]): { min: number; max: number } | null {
  if (results.length === 0) return null;
  const prices = results.map((result) => result.minPrice);
  return { min: Math.min(...prices), max: Math.max(...prices) };
}

export type HotelSort = 'random' | 'name' | 'price';

function seededRank(seed: number, id: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Random order is drawn once per page (same seed, same order) so the list does not jump around. */
export function sortHotels(results: readonly HotelResult[], sort: HotelSort, seed: number, lang: Lang): HotelResult[] {
  const byName = (a: HotelResult, b: HotelResult) =>
    a.hotel.name.localeCompare(b.hotel.name, localeOf(lang), { sensitivity: 'base' });
  const sorted = [...results];
  if (sort === 'name') sorted.sort(byName);
  else if (sort === 'price') sorted.sort((a, b) => a.minPrice - b.minPrice || byName(a, b));
  else sorted.sort((a, b) => seededRank(seed, a.hotel.id) - seededRank(seed, b.hotel.id));
  return sorted;
}
