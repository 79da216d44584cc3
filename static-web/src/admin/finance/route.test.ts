import { describe, expect, it } from 'vitest';
import { routeOf, screenRoute } from './route';

describe('finance routes', () => {
  it('opens a batch from the address the payout emails link to', () => {
    expect(routeOf(['payouts', 'P20261124065000AB12'])).toEqual({ screen: 'payouts', batchId: 'P20261124065000AB12' });
    expect(routeOf(['payouts'])).toEqual({ screen: 'payouts', batchId: null });
  });

  it('opens a provider, the other pages, and the follow-up for anything else', () => {
    expect(routeOf(['providers', 'adagio'])).toEqual({ screen: 'providers', providerId: 'adagio' });
    expect(routeOf(['commissions'])).toEqual({ screen: 'commissions' });
    expect(routeOf([])).toEqual({ screen: 'followUp' });
    expect(routeOf(['unknown'])).toEqual({ screen: 'followUp' });
  });

  it('writes routes with the query, empty values left out', () => {
    expect(screenRoute('commissions', null, { event: 'demo', from: '', provider: 'a b' })).toBe('finance/commissions?event=demo&provider=a+b');
    expect(screenRoute('payouts', 'C1', { created: '1' })).toBe('finance/payouts/C1?created=1');
    expect(screenRoute('followUp')).toBe('finance');
  });
});
