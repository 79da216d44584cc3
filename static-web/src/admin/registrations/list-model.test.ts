import { describe, expect, it } from 'vitest';
import { eventsAnswer, listAnswer } from './fixtures.test-helper';
import { pageCount, parseEvents, parseRegistrationPage, statusCounts } from './list-model';

describe('registration list answer', () => {
  it('reads the contract example', () => {
    const page = parseRegistrationPage(listAnswer());
    expect(page?.count).toBe(137);
    expect(page?.items[0]).toMatchObject({ id: 'r-42', number: '00000042', participants: ['Anne Martin', 'Paul Martin'], total: 412.5 });
    expect(page?.items[1]?.confirmedAt).toBeNull();
    expect(page?.totals).toEqual({ total: 51234.5, paid: 48000, balanceDue: 3234.5, refundDue: 0, byStatus: { Confirmed: 120, AwaitingPayment: 17 } });
  });

  it('refuses what is not a page and skips rows without id', () => {
    expect(parseRegistrationPage([])).toBeNull();
    expect(parseRegistrationPage({ items: 'x' })).toBeNull();
    expect(parseRegistrationPage({ items: [{ number: '1' }, { id: 'r' }] })?.items.map((row) => row.id)).toEqual(['r']);
  });

  it('counts pages', () => {
    expect(pageCount(137, 50)).toBe(3);
    expect(pageCount(100, 50)).toBe(2);
    expect(pageCount(0, 50)).toBe(1);
  });

  it('orders counts per status, known statuses first, zeros left out', () => {
    expect(statusCounts({ Cancelled: 2, Confirmed: 5, Zombie: 1, Expired: 0, AwaitingPayment: 3 })).toEqual([
      { status: 'AwaitingPayment', count: 3 },
      { status: 'Confirmed', count: 5 },
      { status: 'Cancelled', count: 2 },
      { status: 'Zombie', count: 1 },
    ]);
  });

  it('reads the published events', () => {
    expect(parseEvents(eventsAnswer())).toEqual([
      { id: 'demo', title: 'Séminaire Cluster Tourisme en Ville', city: 'Saint-Étienne', startDate: '2026-06-10', endDate: '2026-06-12', timeZone: 'Europe/Paris' },
    ]);
    expect(parseEvents({})).toBeNull();
  });
});
