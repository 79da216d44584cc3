import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  exportUrl,
  filtersToQuery,
  isIsoDay,
  listQuery,
  listRoute,
  rangeIsReversed,
  readFilters,
  withFilter,
  type ListFilters,
} from './query';

const full: ListFilters = {
  event: 'demo',
  q: 'Martin é',
  status: 'AwaitingPayment',
  product: 'lunch-d1',
  provider: 'hotel-x',
  from: '2026-06-01',
  to: '2026-06-30',
  dateField: 'stay',
  page: 3,
};

describe('list filters in the hash query', () => {
  it('survive a round trip through the query string', () => {
    const query = new URLSearchParams(filtersToQuery(full).toString());
    expect(readFilters(query)).toEqual({ ...full, q: 'Martin é' });
  });

  it('leave defaults out of the address, so a plain list has a short link', () => {
    expect(listRoute(emptyFilters('demo'))).toBe('registrations?event=demo');
    expect(listRoute(emptyFilters())).toBe('registrations');
    expect(filtersToQuery({ ...emptyFilters('demo'), dateField: 'stay' }).has('date')).toBe(false);
  });

  it('drop what is malformed instead of sending it to the server', () => {
    const filters = readFilters(new URLSearchParams('event=demo&status=Paid&from=2026-02-30&to=tomorrow&page=-2&date=weird'));
    expect(filters).toEqual(emptyFilters('demo'));
    // Submits without stock (Submitted, Refused) are not listed: the server answers 400 to those filters.
    expect(readFilters(new URLSearchParams('status=Refused')).status).toBe('');
    expect(readFilters(new URLSearchParams('status=Submitted')).status).toBe('');
    expect(readFilters(new URLSearchParams('status=Expired')).status).toBe('Expired');
  });

  it('reads the page as a positive whole number', () => {
    expect(readFilters(new URLSearchParams('page=4')).page).toBe(4);
    expect(readFilters(new URLSearchParams('page=4.5')).page).toBe(1);
    expect(readFilters(new URLSearchParams('page=0')).page).toBe(1);
  });

  it('go back to page 1 when a filter changes', () => {
    expect(withFilter(full, 'status', 'Confirmed')).toMatchObject({ status: 'Confirmed', page: 1 });
  });

  it('spot a reversed date range', () => {
    expect(rangeIsReversed({ from: '2026-06-30', to: '2026-06-01' })).toBe(true);
    expect(rangeIsReversed({ from: '2026-06-01', to: '2026-06-01' })).toBe(false);
    expect(rangeIsReversed({ from: '', to: '2026-06-01' })).toBe(false);
  });

  it('checks calendar days', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-6-1')).toBe(false);
  });
});

describe('API addresses', () => {
  it('name the filters as the contract does', () => {
    expect(listQuery(full)).toEqual({
      q: 'Martin é', status: 'AwaitingPayment', productId: 'lunch-d1', providerId: 'hotel-x',
      from: '2026-06-01', to: '2026-06-30', dateField: 'stay', page: '3', pageSize: '50',
    });
  });

  it('send no dateField without dates', () => {
    expect(listQuery({ ...emptyFilters('demo'), dateField: 'stay' })).not.toHaveProperty('dateField');
  });

  it('export with the same filters and no paging', () => {
    const csv = new URL(exportUrl(full, 'csv'), 'http://x');
    expect(csv.pathname).toBe('/api/admin/events/demo/registrations.csv');
    expect(csv.searchParams.get('productId')).toBe('lunch-d1');
    expect(csv.searchParams.has('page')).toBe(false);
    expect(exportUrl(emptyFilters('a b'), 'xlsx')).toBe('/api/admin/events/a%20b/registrations.xlsx');
  });
});
