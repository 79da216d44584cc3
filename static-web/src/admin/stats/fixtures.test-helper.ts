import type { Schemas } from '../../shared/api/client';

// Answers of GET /api/admin/events/{eventId}/statistics for tests. The first is the example of
// docs/backoffice-api.md ("Statistics") as written there; the second has what real events have:
// quiet days, several hotels with nights the others lack, an unknown country, a long tail.

export const contractExample = {
  totals: { registrations: 137, confirmed: 120, persons: 190, revenue: 51234.5, paid: 48000 },
  perDay: [{ date: '2026-03-01', created: 12, confirmed: 10 }],
  revenueByStep: [{ stepId: 'fee', title: { fr: '…', en: '…' }, total: 12000 }],
  revenueByProvider: [{ providerId: 'hotel-x', name: 'Hôtel X', total: 9000 }],
  hotelFill: [{ providerId: 'hotel-x', name: 'Hôtel X', nights: [{ night: '2026-06-10', capacity: 40, held: 2, sold: 30, rate: 0.75 }] }],
  countries: [{ country: 'FR', count: 110 }],
  organisations: [{ name: 'CHU de Nantes', count: 12 }],
} satisfies Schemas['EventStatistics'];

export const busyEvent = {
  totals: { registrations: 9, confirmed: 7, persons: 11, revenue: 1234.56, paid: 1000.1 },
  perDay: [
    { date: '2026-03-03', created: 4, confirmed: 1 },
    { date: '2026-02-28', created: 2, confirmed: 0 },
    { date: '2026-03-01', created: 0, confirmed: 3 },
  ],
  revenueByStep: [
    { stepId: 'fee', title: { fr: "Frais d'inscription", en: 'Registration fee' }, total: 420.1 },
    { stepId: 'meals', title: { fr: 'Repas', en: 'Meals' }, total: 100.2 },
  ],
  revenueByProvider: [
    { providerId: 'adagio', name: 'ADAGIO Saint-Étienne Centre', total: 634.5 },
    { providerId: 'traiteur', name: 'Traiteur', total: 100.2 },
  ],
  hotelFill: [
    {
      providerId: 'adagio',
      name: 'ADAGIO Saint-Étienne Centre',
      nights: [
        { night: '2026-06-11', capacity: 10, held: 0, sold: 10, rate: 1 },
        { night: '2026-06-10', capacity: 10, held: 1, sold: 4, rate: 0.4 },
      ],
    },
    { providerId: 'ibis', name: 'Ibis', nights: [{ night: '2026-06-12', capacity: 0, held: 0, sold: 0, rate: 0 }] },
  ],
  countries: [
    { country: 'FR', count: 5 },
    { country: '?', count: 1 },
    { country: 'BE', count: 1 },
  ],
  organisations: [
    { name: 'CHU de Nantes', count: 3 },
    { name: 'Ville de Saint-Étienne', count: 2 },
    { name: 'Office de tourisme', count: 2 },
  ],
} satisfies Schemas['EventStatistics'];
