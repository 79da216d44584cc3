import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../shared/http';
import { chartLayout, CHART, niceMax, summariseDays, ticksFor } from './chart-model';
import { busyEvent, contractExample } from './fixtures.test-helper';
import { eventLabel } from './section';
import { defaultEvent, fetchEvents, fetchStatistics, statisticsAnswer, statisticsXlsxPath, type StatsEvent } from './stats-api';
import { countryName, formatRate, formatShare, formatShortDay } from './stats-format';
import { fillBand, fillDays, nightsOf, statisticsView, sumOf, topList } from './statistics';

// Intl puts (narrow) no-break spaces in French numbers; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('reading the statistics', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the contract example field by field', () => {
    expect(statisticsView(contractExample)).toEqual({
      totals: { registrations: 137, confirmed: 120, persons: 190, revenue: 51234.5, paid: 48000 },
      perDay: [{ date: '2026-03-01', created: 12, confirmed: 10 }],
      revenueByStep: [{ stepId: 'fee', title: { fr: '…', en: '…' }, total: 12000 }],
      revenueByProvider: [{ providerId: 'hotel-x', name: 'Hôtel X', total: 9000 }],
      hotelFill: [{ providerId: 'hotel-x', name: 'Hôtel X', nights: [{ night: '2026-06-10', capacity: 40, held: 2, sold: 30, rate: 0.75 }] }],
      countries: [{ name: 'FR', count: 110 }],
      organisations: [{ name: 'CHU de Nantes', count: 12 }],
    });
  });

  it('gives a night without capacity no rate, and names a provider without a name by its id', () => {
    const hotels = statisticsView(busyEvent).hotelFill;
    expect(hotels[1]?.nights[0]?.rate).toBeNull();
    expect(hotels[0]?.nights[0]?.rate).toBe(1);
    const unnamed = statisticsView({ ...contractExample, hotelFill: [{ providerId: 'h', name: '', nights: [] }], organisations: [{ name: ' ', count: 1 }] });
    expect(unnamed.hotelFill[0]?.name).toBe('h');
    expect(unnamed.organisations).toEqual([]);
  });

  it('answers 401, 403 and 404 by name and throws on the rest', () => {
    const answer = (status: number, data?: typeof contractExample) => ({ data, response: new Response(null, { status }) });
    expect(statisticsAnswer(answer(401))).toEqual({ kind: 'signedOut' });
    expect(statisticsAnswer(answer(403))).toEqual({ kind: 'forbidden' });
    expect(statisticsAnswer(answer(404))).toEqual({ kind: 'notFound' });
    expect(statisticsAnswer(answer(200, contractExample)).kind).toBe('ok');
    expect(() => statisticsAnswer(answer(500))).toThrow(HttpError);
    expect(() => statisticsAnswer(answer(200))).toThrow(HttpError);
  });

  it('escapes the event id in the API and download addresses', async () => {
    const fetchMock = vi.fn(async (_url: string) => Response.json(contractExample));
    vi.stubGlobal('fetch', fetchMock);
    expect((await fetchStatistics('a b/c')).kind).toBe('ok');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/admin/events/a%20b%2Fc/statistics');
    expect(statisticsXlsxPath('a b/c')).toBe('/api/admin/events/a%20b%2Fc/statistics.xlsx');
  });
});

describe('event chooser', () => {
  const event = (id: string, startDate: string, endDate: string, status = 'Published'): StatsEvent => ({ id, title: id, status, startDate, endDate, city: '', venue: '', createdAt: '' });
  const events = [event('past', '2026-01-10', '2026-01-12'), event('now', '2026-03-01', '2026-03-03'), event('later', '2026-06-10', '2026-06-12')];

  afterEach(() => vi.unstubAllGlobals());

  it('opens the first event not yet over, the one running today included', () => {
    expect(defaultEvent(events, '2026-02-01')?.id).toBe('now');
    expect(defaultEvent(events, '2026-03-03')?.id).toBe('now');
    expect(defaultEvent(events, '2026-03-04')?.id).toBe('later');
  });

  it('falls back to the latest event when all are over, and to nothing without events', () => {
    expect(defaultEvent(events, '2027-01-01')?.id).toBe('later');
    expect(defaultEvent([], '2026-01-01')).toBeNull();
  });

  it('prefers a published event to a draft, and opens a draft when none is published', () => {
    const next = event('next-year', '2026-02-01', '2026-02-02', 'Draft');
    expect(defaultEvent([next, ...events], '2026-01-15')?.id).toBe('now');
    expect(defaultEvent([next, event('undated', '', '', 'Draft')], '2026-01-15')?.id).toBe('next-year');
    expect(defaultEvent([event('undated', '', '', 'Draft')], '2026-01-15')?.id).toBe('undated');
  });

  it('reads the staff list of events, drafts included, by start date and the undated last', async () => {
    const answer = [
      { id: 'cluster-2027', title: 'Cluster 2027', status: 'Draft', startDate: '2027-06-09', endDate: '2027-06-11', venue: '', city: 'Lyon', createdAt: '2026-04-02T08:00:00Z' },
      { id: 'new', title: ' ', status: 'Draft', startDate: '', endDate: '', venue: '', city: '', createdAt: '2026-04-03T08:00:00Z' },
      { id: 'demo', title: 'Séminaire', status: 'Published', startDate: '2026-06-10', endDate: '', venue: '', city: '', createdAt: '2026-01-15T10:00:00Z' },
    ];
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    expect(await fetchEvents()).toMatchObject([
      { id: 'demo', title: 'Séminaire', status: 'Published', startDate: '2026-06-10', endDate: '2026-06-10' },
      { id: 'cluster-2027', title: 'Cluster 2027', status: 'Draft', startDate: '2027-06-09', endDate: '2027-06-11' },
      { id: 'new', title: 'new', status: 'Draft', startDate: '', endDate: '' },
    ]);
    expect(urls).toEqual(['/api/admin/events']);
  });

  it('says whether each event is a draft or published', () => {
    expect(plain(eventLabel(event('Cluster', '2026-06-10', '2026-06-12', 'Draft'))('fr'))).toBe('Cluster · 10–12 juin 2026 (brouillon)');
    expect(eventLabel(event('Cluster', '2026-06-10', '2026-06-10'))('en')).toBe('Cluster · 10 June 2026 (published)');
    expect(eventLabel(event('Cluster', '', '', ''))('en')).toBe('Cluster');
  });
});

describe('registrations per day', () => {
  it('fills the quiet days between the first and the last with zeros, in date order', () => {
    const days = fillDays(statisticsView(busyEvent).perDay);
    expect(days).toEqual([
      { date: '2026-02-28', created: 2, confirmed: 0 },
      { date: '2026-03-01', created: 0, confirmed: 3 },
      { date: '2026-03-02', created: 0, confirmed: 0 },
      { date: '2026-03-03', created: 4, confirmed: 1 },
    ]);
    expect(fillDays([])).toEqual([]);
  });

  it('rounds the axis up to 1, 2 or 5 times a power of ten, with whole-number gridlines', () => {
    expect([0, 1, 3, 7, 12, 20, 21, 137].map(niceMax)).toEqual([1, 1, 5, 10, 20, 20, 50, 200]);
    expect(ticksFor(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticksFor(20)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(ticksFor(1)).toEqual([0, 1]);
  });

  it('draws bars proportional to the counts, from the baseline, inside the plot', () => {
    const layout = chartLayout([
      { date: '2026-03-01', created: 10, confirmed: 5 },
      { date: '2026-03-02', created: 0, confirmed: 2 },
    ]);
    const [created1, confirmed1, created2] = layout.bars;
    const plotHeight = CHART.height - CHART.top - CHART.bottom;
    expect(created1?.height).toBeCloseTo(plotHeight);
    expect(confirmed1?.height).toBeCloseTo(plotHeight / 2);
    expect(created2?.height).toBe(0);
    expect(created1!.y + created1!.height).toBeCloseTo(layout.baseline);
    expect(confirmed1!.x).toBeGreaterThan(created1!.x);
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(CHART.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(CHART.width - CHART.right);
    }
  });

  it('labels at most six days, the first one always', () => {
    const days = fillDays([
      { date: '2026-03-01', created: 1, confirmed: 0 },
      { date: '2026-03-30', created: 1, confirmed: 0 },
    ]);
    const labels = chartLayout(days).labels;
    expect(labels.length).toBeLessThanOrEqual(6);
    expect(labels[0]?.date).toBe('2026-03-01');
  });

  it('sums the period and finds the busiest day for the description', () => {
    expect(summariseDays(fillDays(statisticsView(busyEvent).perDay))).toEqual({
      first: '2026-02-28',
      last: '2026-03-03',
      created: 6,
      confirmed: 4,
      peak: { date: '2026-03-03', created: 4, confirmed: 1 },
    });
    expect(summariseDays([{ date: '2026-03-01', created: 0, confirmed: 2 }])?.peak).toBeNull();
    expect(summariseDays([])).toBeNull();
  });
});

describe('hotel fill', () => {
  it('lists every night any hotel has, in order', () => {
    expect(nightsOf(statisticsView(busyEvent).hotelFill)).toEqual(['2026-06-10', '2026-06-11', '2026-06-12']);
  });

  it('colours by band at 50, 80 and 100 %', () => {
    expect([0, 0.49, 0.5, 0.79, 0.8, 0.99, 1, 1.1].map(fillBand)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high', 'full', 'full']);
  });
});

describe('top lists', () => {
  const entries = Array.from({ length: 12 }, (_, i) => ({ name: `Org ${String.fromCharCode(65 + i)}`, count: i < 2 ? 5 : 1 }));

  it('keeps the ten largest (ties by name) and counts the rest', () => {
    const top = topList([...entries].reverse(), 10, 'fr-FR');
    expect(top.items.map((e) => e.name).slice(0, 3)).toEqual(['Org A', 'Org B', 'Org C']);
    expect(top.items).toHaveLength(10);
    expect(top.others).toEqual({ entries: 2, count: 2 });
    expect(top.total).toBe(20);
  });

  it('has no remainder when the list is short', () => {
    expect(topList([{ name: 'FR', count: 3 }], 10, 'fr-FR').others).toEqual({ entries: 0, count: 0 });
  });
});

describe('formatting', () => {
  it('adds amounts in cents', () => {
    expect(sumOf([{ total: 0.1 }, { total: 0.2 }])).toBe(0.3);
    expect(sumOf(statisticsView(busyEvent).revenueByStep)).toBe(520.3);
  });

  it('writes rates and shares the French and the British way', () => {
    expect(plain(formatRate(0.75, 'fr'))).toBe('75 %');
    expect(formatRate(0.75, 'en')).toBe('75%');
    expect(plain(formatShare(1, 80, 'fr'))).toBe('1,3 %');
    expect(formatShare(1, 80, 'en')).toBe('1.3%');
    expect(formatShare(0, 0, 'en')).toBe('0%');
  });

  it('names the nights and countries in the page language', () => {
    expect(formatShortDay('2026-06-10', 'fr')).toBe('mer. 10 juin');
    expect(formatShortDay('2026-06-10', 'en')).toBe('Wed 10 Jun');
    expect(formatShortDay('2026-06-10', 'en', false)).toBe('10 Jun');
    expect(countryName('BE', 'fr')).toBe('Belgique');
    expect(countryName('BE', 'en')).toBe('Belgium');
    expect(countryName('?', 'fr')).toBe('Non renseigné');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
