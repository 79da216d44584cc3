import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEvents } from './events';

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

afterEach(() => vi.unstubAllGlobals());

describe('loadEvents', () => {
  it('reads the list returned by /api/events', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify([event]), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    expect(await loadEvents()).toEqual({ kind: 'ok', events: [event] });
  });

  it('ends in the error state on an HTTP error or a network failure', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 503 }));
    expect(await loadEvents()).toEqual({ kind: 'error' });
    vi.stubGlobal('fetch', async () => { throw new TypeError('offline'); });
    expect(await loadEvents()).toEqual({ kind: 'error' });
  });
});
