import { orderedEvents } from '../shared/events';
import { describe, expect, it } from 'vitest';
import { eventsAnswer, listAnswer, providersAnswer } from './fixtures.test-helper';
import { chosenEvent, pageCount, parseProviderNames, parseRegistrationPage, statusCounts, type EventChoice } from './list-model';

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

  it('orders counts per status, the listed statuses first, zeros left out', () => {
    expect(statusCounts({ Cancelled: 2, Confirmed: 5, Zombie: 1, Expired: 0, AwaitingPayment: 3 })).toEqual([
      { status: 'AwaitingPayment', count: 3 },
      { status: 'Confirmed', count: 5 },
      { status: 'Cancelled', count: 2 },
      { status: 'Zombie', count: 1 },
    ]);
  });

  it('counts a status the list never shows after the listed ones, like any status it does not know', () => {
    expect(statusCounts({ Refused: 1, Submitted: 2, Expired: 3 }).map((entry) => entry.status)).toEqual(['Expired', 'Refused', 'Submitted']);
  });
});

describe('event chooser', () => {
  it('reads every event of the staff list, drafts included, by start date and the undated last', () => {
    expect(orderedEvents(eventsAnswer() as EventChoice[])).toMatchObject([
      { id: 'demo', title: 'Séminaire Cluster Tourisme en Ville', status: 'Published', city: 'Saint-Étienne', startDate: '2026-06-10', endDate: '2026-06-12' },
      { id: 'cluster-2027', title: 'Cluster 2027', status: 'Draft', city: 'Lyon', startDate: '2027-06-09', endDate: '2027-06-11' },
      { id: 'brouillon', title: 'Nouvel événement', status: 'Draft', city: '', startDate: '', endDate: '' },
    ]);
  });

  const event = (id: string, status: string): EventChoice => ({ id, title: id, status, city: '', startDate: '2026-06-10', endDate: '2026-06-12', venue: '', createdAt: '' });

  it('opens the event asked for, a draft too', () => {
    expect(chosenEvent([event('a', 'Published'), event('b', 'Draft')], 'b')?.id).toBe('b');
  });

  it('opens the only event there is, or else the only published one', () => {
    expect(chosenEvent([event('draft', 'Draft')], '')?.id).toBe('draft');
    expect(chosenEvent([event('draft', 'Draft')], 'gone')?.id).toBe('draft');
    expect(chosenEvent([event('next', 'Draft'), event('now', 'Published')], '')?.id).toBe('now');
  });

  it('lets staff choose between several published events, or between drafts', () => {
    expect(chosenEvent([event('a', 'Published'), event('b', 'Published')], '')).toBeUndefined();
    expect(chosenEvent([event('a', 'Draft'), event('b', 'Draft')], '')).toBeUndefined();
    expect(chosenEvent([], '')).toBeUndefined();
  });
});

describe('provider names', () => {
  it('reads the staff list of providers, whatever their kind', () => {
    expect(parseProviderNames(providersAnswer())).toEqual([
      { id: 'hotel-x', name: 'Hôtel X' },
      { id: 'platine', name: 'La Platine' },
    ]);
    expect(parseProviderNames([{ name: 'sans id' }, { id: 'p', name: ' ' }])).toEqual([{ id: 'p', name: '' }]);
    expect(parseProviderNames({})).toBeNull();
  });
});
