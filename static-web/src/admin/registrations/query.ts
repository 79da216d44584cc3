import { isStatus, type Status } from './list-model';

// The list's filters live in the hash query (#/registrations?event=demo&q=martin&status=Confirmed)
// so that a link can be shared and back/forward work. The same filters become the API's query.

export type DateField = 'created' | 'stay';

export interface ListFilters {
  event: string;
  q: string;
  status: Status | '';
  product: string;
  provider: string;
  /** yyyy-MM-dd or '' */
  from: string;
  to: string;
  dateField: DateField;
  page: number;
}

export const PAGE_SIZE = 50;
const MAX_QUERY = 200;

export const emptyFilters = (event = ''): ListFilters => ({
  event,
  q: '',
  status: '',
  product: '',
  provider: '',
  from: '',
  to: '',
  dateField: 'created',
  page: 1,
});

/** A calendar day that exists (2026-02-30 does not). */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function positiveInt(value: string | null): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

/** Reads the hash query; anything unknown or malformed is dropped rather than sent to the server. */
export function readFilters(query: URLSearchParams): ListFilters {
  const text = (name: string) => (query.get(name) ?? '').trim();
  const status = text('status');
  const from = text('from');
  const to = text('to');
  return {
    event: text('event'),
    q: text('q').slice(0, MAX_QUERY),
    status: isStatus(status) ? status : '',
    product: text('product'),
    provider: text('provider'),
    from: isIsoDay(from) ? from : '',
    to: isIsoDay(to) ? to : '',
    dateField: text('date') === 'stay' ? 'stay' : 'created',
    page: positiveInt(query.get('page')),
  };
}

/** The hash query of the filters: only what differs from the defaults, always in the same order. */
export function filtersToQuery(filters: ListFilters): URLSearchParams {
  const query = new URLSearchParams();
  const put = (name: string, value: string) => {
    if (value !== '') query.set(name, value);
  };
  put('event', filters.event);
  put('q', filters.q.trim());
  put('status', filters.status);
  put('product', filters.product);
  put('provider', filters.provider);
  put('from', filters.from);
  put('to', filters.to);
  if (filters.from || filters.to) put('date', filters.dateField === 'stay' ? 'stay' : '');
  if (filters.page > 1) put('page', String(filters.page));
  return query;
}

/** The route to give context.navigate: "registrations?event=demo&q=martin". */
export function listRoute(filters: ListFilters): string {
  const query = filtersToQuery(filters).toString();
  return query ? `registrations?${query}` : 'registrations';
}

export function fileRoute(id: string): string {
  return `registrations/${encodeURIComponent(id)}`;
}

/** The filters the server applies (shared by the list and the exports). */
function apiFilters(filters: ListFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.status) query.set('status', filters.status);
  if (filters.product) query.set('productId', filters.product);
  if (filters.provider) query.set('providerId', filters.provider);
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  if (filters.from || filters.to) query.set('dateField', filters.dateField);
  return query;
}

const eventPath = (event: string) => `/api/admin/events/${encodeURIComponent(event)}/registrations`;

/** The query of GET …/registrations: the filters and the page. */
export function listQuery(filters: ListFilters, pageSize = PAGE_SIZE): Record<string, string> {
  const query = apiFilters(filters);
  query.set('page', String(filters.page));
  query.set('pageSize', String(pageSize));
  return Object.fromEntries(query);
}

/** CSV or XLSX of every match: the same filters, no paging. */
export function exportUrl(filters: ListFilters, format: 'csv' | 'xlsx'): string {
  const query = apiFilters(filters).toString();
  return `${eventPath(filters.event)}.${format}${query ? `?${query}` : ''}`;
}

/** A filter changed: back to page 1 (page 3 of the old result means nothing in the new one). */
export function withFilter<K extends Exclude<keyof ListFilters, 'page'>>(
  filters: ListFilters,
  name: K,
  value: ListFilters[K],
): ListFilters {
  return { ...filters, [name]: value, page: 1 };
}

/** from after to can match nothing: the form says so instead of showing an empty list. */
export function rangeIsReversed(filters: Pick<ListFilters, 'from' | 'to'>): boolean {
  return filters.from !== '' && filters.to !== '' && filters.from > filters.to;
}
