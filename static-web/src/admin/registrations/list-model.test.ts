import { orderedEvents } from '../shared/events';
import { describe, expect, it } from 'vitest';
import { providerChoices } from '../shared/providers';
import { eventsAnswer, providersAnswer } from './fixtures.test-helper';
import { chosenEvent, pageCount, statusCounts, type EventChoice } from './list-model';

describe('registration list answer', () => {
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
  it('reads the staff list of providers, whatever their kind, by name', () => {
    expect(providerChoices(providersAnswer()).map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'hotel-x', name: 'Hôtel X' },
      { id: 'platine', name: 'La Platine' },
    ]);
  });
});
