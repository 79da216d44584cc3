import { describe, expect, it } from 'vitest';
import { parseEvents } from './events';

const event = {
  id: 'cluster-2027',
  title: 'Séminaire Cluster Tourisme en Ville',
  venue: 'Centre des congrès',
  city: 'Saint-Étienne',
  startDate: '2027-04-08',
  endDate: '2027-04-09',
  timeZone: 'Europe/Paris',
  summary: 'Deux jours pour le tourisme urbain.',
};

describe('parseEvents', () => {
  it('reads the list returned by /api/events', () => {
    expect(parseEvents([event])).toEqual([event]);
  });

  it('skips items without id, title or start date and blanks missing texts', () => {
    const parsed = parseEvents([{ ...event, id: '' }, null, { id: 'b', title: 'B', startDate: '2027-05-01' }]);
    expect(parsed).toEqual([
      { id: 'b', title: 'B', venue: '', city: '', startDate: '2027-05-01', endDate: '', timeZone: '', summary: '' },
    ]);
  });

  it('rejects a body that is not a list', () => {
    expect(parseEvents({ events: [event] })).toBeNull();
    expect(parseEvents(null)).toBeNull();
  });
});
