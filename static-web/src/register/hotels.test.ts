import { describe, expect, it } from 'vitest';
import { hotel, product, room } from './fixtures.test-helper';
import { facetCounts, filterHotels, noFilters, priceBounds, searchHotels, sortHotels, type HotelResult } from './hotels';
import type { ProductAvailability } from './model';

const adagio = hotel({ id: 'adagio', name: 'ADAGIO Saint-Étienne Centre', stars: 3, amenities: ['lift', 'airConditioning'] });
const ibis = hotel({ id: 'ibis', name: 'Ibis Châteaucreux', stars: 2, amenities: ['lift', 'parking'] });
const manoir = hotel({ id: 'manoir', name: 'Le Manoir', stars: 4, amenities: ['parking'] });
const auberge = hotel({ id: 'auberge', name: 'auberge du Parc', stars: 0, amenities: [] });

const products = [
  room('adagio-dble', 'adagio', 105.75, 2),
  room('ibis-sgl', 'ibis', 69, 1),
  room('ibis-dble', 'ibis', 79, 2),
  room('manoir-dble', 'manoir', 150, 2),
  room('auberge-dble', 'auberge', 60, 2),
  product({ id: 'parking-pass', stepId: 'hotels', providerId: 'ibis', unit: 'perUnit' }),
];

const free = (entries: Record<string, number>) =>
  new Map<string, ProductAvailability>(Object.entries(entries).map(([id, n]) => [id, { free: n, nights: [] }]));

const search = { arrival: '2027-03-24', nights: 2, rooms: [1] };
const all = searchHotels([adagio, ibis, manoir, auberge], products, search, null);
const ids = (results: readonly HotelResult[]) => results.map((result) => result.hotel.id);

describe('hotel search', () => {
  it('lists hotels with a room product, their rooms and lowest nightly price', () => {
    const ibisResult = all.find((result) => result.hotel.id === 'ibis');
    expect(ibisResult?.rooms.map((r) => r.id)).toEqual(['ibis-sgl', 'ibis-dble']);
    expect(ibisResult?.minPrice).toBe(69);
  });

  it('keeps only rooms that take the adults asked for', () => {
    const forTwo = searchHotels([ibis], products, { ...search, rooms: [2] }, null);
    expect(forTwo[0]?.rooms.map((r) => r.id)).toEqual(['ibis-dble']);
    expect(forTwo[0]?.minPrice).toBe(79);
  });

  it('adds up rooms left, treats missing availability as unlimited and marks full hotels', () => {
    const results = searchHotels([adagio, ibis], products, search, free({ 'adagio-dble': 0, 'ibis-sgl': 3, 'ibis-dble': 9 }));
    expect(results.map((r) => [r.hotel.id, r.free, r.full])).toEqual([
      ['adagio', 0, true],
      ['ibis', 12, false],
    ]);
    const open = searchHotels([adagio, ibis], products, search, free({ 'ibis-sgl': 3 }));
    expect(open.map((r) => r.free)).toEqual([null, null]);
  });
});

describe('hotel filters and counts', () => {
  it('filters by star levels (any of them)', () => {
    expect(ids(filterHotels(all, { ...noFilters(), stars: [2, 3] }))).toEqual(['adagio', 'ibis']);
  });

  it('filters by amenities (all of them)', () => {
    expect(ids(filterHotels(all, { ...noFilters(), amenities: ['lift'] }))).toEqual(['adagio', 'ibis']);
    expect(ids(filterHotels(all, { ...noFilters(), amenities: ['lift', 'parking'] }))).toEqual(['ibis']);
  });

  it('filters by maximum nightly price, the maximum itself included', () => {
    expect(ids(filterHotels(all, { ...noFilters(), maxPrice: 69 }))).toEqual(['ibis', 'auberge']);
    expect(ids(filterHotels(all, { ...noFilters(), maxPrice: 68 }))).toEqual(['auberge']);
  });

  it('counts star levels among hotels passing the other filters', () => {
    const counts = facetCounts(all, { ...noFilters(), stars: [3], amenities: ['parking'] });
    expect(Object.fromEntries(counts.stars)).toEqual({ 0: 0, 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 });
  });

  it('counts what each amenity would leave if ticked, known amenities included at zero', () => {
    const counts = facetCounts(all, { ...noFilters(), stars: [2, 3, 4] });
    expect(Object.fromEntries(counts.amenities)).toEqual({ lift: 2, parking: 2, garage: 0, airConditioning: 1 });
    const narrowed = facetCounts(all, { ...noFilters(), amenities: ['lift'] });
    expect(narrowed.amenities.get('parking')).toBe(1);
  });

  it('gives the price range of the results', () => {
    expect(priceBounds(all)).toEqual({ min: 60, max: 150 });
    expect(priceBounds([])).toBeNull();
  });
});

describe('hotel order', () => {
  it('sorts alphabetically whatever the case and accents', () => {
    expect(ids(sortHotels(all, 'name', 1, 'fr'))).toEqual(['adagio', 'auberge', 'ibis', 'manoir']);
  });

  it('sorts by lowest price', () => {
    expect(ids(sortHotels(all, 'price', 1, 'fr'))).toEqual(['auberge', 'ibis', 'adagio', 'manoir']);
  });

  it('draws a random order that stays the same for the same seed', () => {
    const first = ids(sortHotels(all, 'random', 42, 'fr'));
    expect(ids(sortHotels([...all].reverse(), 'random', 42, 'fr'))).toEqual(first);
    expect([...first].sort()).toEqual(['adagio', 'auberge', 'ibis', 'manoir']);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids(sortHotels(all, 'random', seed, 'fr')).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});
