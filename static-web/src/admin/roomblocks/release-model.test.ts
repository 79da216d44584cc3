import { describe, expect, it } from 'vitest';
import type { RoomBlockRequest } from './model';
import { productType, releaseByProvider } from './release-model';

const view = {
  number: '00000007', eventId: 'demo', firstNight: '2027-03-24', lastNight: '2027-03-25', roomTypes: [{ type: 'twin', askAvailability: false }],
  providerIds: ['hotel-du-musee', 'adagio-saint-etienne', 'ibis'], answerBy: '2026-12-15', releaseOn: '2027-02-22', status: 'Released', remarks: '',
  createdAt: '2026-10-01T08:00:00Z', createdBy: 'ops@x.fr', answers: 2, releasedAt: '2027-02-22T00:15:03+00:00',
  released: {
    'hotel-du-musee': [
      { productId: 'twin-hotel-du-musee', night: '2027-03-25', offered: 5, sold: 1, held: 1, released: 3 },
      { productId: 'single-hotel-du-musee', night: '2027-03-24', offered: 2, sold: 0, held: 0, released: 2 },
      { productId: 'twin-hotel-du-musee', night: '2027-03-24', offered: 5, sold: 2, held: 0, released: 3 },
    ],
    'adagio-saint-etienne': [],
  },
  providerRemarks: {},
} satisfies RoomBlockRequest;

describe('a released request', () => {
  it('is shown per provider by name, nights in order and the types in the form order, with totals', () => {
    const names = new Map([['hotel-du-musee', 'Hôtel du Musée'], ['adagio-saint-etienne', 'ADAGIO Saint-Étienne Centre']]);
    const providers = releaseByProvider(view.released, names);
    expect(providers.map((p) => p.providerName)).toEqual(['ADAGIO Saint-Étienne Centre', 'Hôtel du Musée']);
    const musee = providers[1]!;
    expect(musee.rows.map((r) => [r.night, r.type])).toEqual([['2027-03-24', 'single'], ['2027-03-24', 'twin'], ['2027-03-25', 'twin']]);
    expect(musee.totals).toEqual({ offered: 12, sold: 3, held: 1, released: 8 });
    expect(providers[0]!.rows).toEqual([]);
    expect(providers[0]!.totals).toEqual({ offered: 0, sold: 0, held: 0, released: 0 });
  });

  it('names a provider it has no name for by its id', () => {
    expect(releaseByProvider({ ibis: [] }, new Map())[0]?.providerName).toBe('ibis');
  });
});

describe('the room type of a block product', () => {
  it('is read back from {type}-{providerId}, also when the id was cut at 60 characters', () => {
    expect(productType('twin-hotel-du-musee', 'hotel-du-musee')).toBe('twin');
    expect(productType('accessible-un-hotel-au-nom-tres-long-qui-depasse-la-limite-d', 'un-hotel-au-nom-tres-long-qui-depasse-la-limite-des-soixante')).toBe('accessible');
    expect(productType('adagio-double-b1', 'adagio-saint-etienne')).toBeNull();
  });
});
