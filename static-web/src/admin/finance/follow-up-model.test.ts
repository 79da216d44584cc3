import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../shared/api/client';
import { followUpRows } from './follow-up-model';

// The seed's example: the hotel's 211.50 € at 8 % → 16.92 €, the organiser's fee without commission.
const body = {
  client: { registrations: 1, payments: 0, sales: 296.5, remaining: 296.5 },
  providers: [
    { providerId: 'atout', name: 'Atout France', kind: 'organiser', paidOut: 0, purchase: 85, commission: 0, remaining: 85, inProgress: 0 },
    { providerId: 'adagio', name: 'ADAGIO', kind: 'hotel', paidOut: 0, purchase: 211.5, commission: 16.92, remaining: 194.58, inProgress: 0 },
  ],
  totals: { providerId: '', name: '', kind: '', paidOut: 0, purchase: 296.5, commission: 16.92, remaining: 279.58, inProgress: 0 },
  margin: 0,
  marginPercent: 0,
  marginAndCommission: 16.92,
  commissions: [
    { registrationId: 'r1', number: '00000164', providerId: 'adagio', providerName: 'ADAGIO', productId: 'double', from: '2015-04-08', to: '2015-04-10', days: 2, amount: 211.5, commission: 16.92, rate: 8 },
  ],
} satisfies Schemas['FollowUpView'];

describe('provider follow-up', () => {
  it('lists each provider in the seed column order, then the totals row', () => {
    const rows = followUpRows(body);
    expect(rows.map((r) => [r.total, r.kind, r.name, r.amounts])).toEqual([
      [false, 'organiser', 'Atout France', [0, 85, 0, 85, 0]],
      [false, 'hotel', 'ADAGIO', [0, 211.5, 16.92, 194.58, 0]],
      [true, '', '', [0, 296.5, 16.92, 279.58, 0]],
    ]);
  });

  it('keeps the commission listing with its period, days and rate in percent', () => {
    const [entry] = body.commissions;
    expect(entry).toMatchObject({ number: '00000164', from: '2015-04-08', to: '2015-04-10', days: 2, commission: 16.92, rate: 8 });
  });

  it('names a provider by its id when it has no name', () => {
    const unnamed = followUpRows({ ...body, providers: [{ ...body.providers[0]!, providerId: 'x', name: '' }] });
    expect(unnamed[0]).toMatchObject({ name: 'x' });
  });
});
