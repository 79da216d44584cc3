import type { LocalText } from '../../register/model';
import { isRec, list, localText, num, records, str, strOrNull, strings } from '../shared/read';

// GET /api/admin/events (the event chooser, drafts included: docs/event-setup.md), GET /api/admin/providers
// (provider names), GET /api/admin/events/{id} (its time zone), GET /api/admin/events/{id}/catalog (the
// product filter) and GET /api/admin/events/{id}/registrations (docs/backoffice-api.md).

/** The statuses the list shows and can be filtered by (submits refused for lack of stock are not listed; others get 400). */
export const STATUSES = ['AwaitingPayment', 'Confirmed', 'Expired', 'Cancelled'] as const;
export type Status = (typeof STATUSES)[number];

export const isStatus = (value: string): value is Status => STATUSES.some((status) => status === value);

export { chosenEvent, type EventChoice } from '../shared/events';

export interface ProviderName {
  id: string;
  name: string;
}

/** Null when the answer is not a list. */
export function parseProviderNames(body: unknown): ProviderName[] | null {
  if (!Array.isArray(body)) return null;
  return records(body)
    .map((provider) => ({ id: str(provider.id), name: str(provider.name).trim() }))
    .filter((provider) => provider.id !== '');
}

/**
 * What the product and provider filters need of the event's catalog. The staff catalog lists every
 * product, those restricted to an access group included (the form read without a code hides them,
 * yet registrations may hold them).
 */
export interface FilterCatalog {
  steps: { id: string; title: LocalText }[];
  products: { id: string; stepId: string; label: LocalText; providerId: string; sortOrder: number }[];
}

/** Null when the answer is not a catalog. */
export function parseFilterCatalog(body: unknown): FilterCatalog | null {
  if (!isRec(body) || !Array.isArray(body.products)) return null;
  return {
    steps: records(body.steps)
      .map((step) => ({ id: str(step.id), title: localText(step.title) }))
      .filter((step) => step.id !== ''),
    products: records(body.products)
      .map((product) => ({
        id: str(product.id),
        stepId: str(product.stepId),
        label: localText(product.label),
        providerId: str(product.providerId),
        sortOrder: num(product.sortOrder),
      }))
      .filter((product) => product.id !== ''),
  };
}

/** The event's time zone from GET /api/admin/events/{id}; null when the answer has none. */
export function parseTimeZone(body: unknown): string | null {
  return isRec(body) ? strOrNull(body.timeZone) : null;
}

export interface RegistrationRow {
  id: string;
  number: string;
  status: string;
  contactName: string;
  email: string;
  organisation: string;
  participants: string[];
  paymentMethod: string;
  createdAt: string;
  confirmedAt: string | null;
  start: string;
  end: string;
  total: number;
  paid: number;
  balanceDue: number;
  refundDue: number;
}

export interface ListTotals {
  total: number;
  paid: number;
  balanceDue: number;
  refundDue: number;
  byStatus: Record<string, number>;
}

export interface RegistrationPage {
  items: RegistrationRow[];
  page: number;
  pageSize: number;
  /** Every registration matching the filters, not only this page. */
  count: number;
  totals: ListTotals;
}

function parseRow(value: unknown): RegistrationRow | null {
  if (!isRec(value)) return null;
  const id = str(value.id);
  if (!id) return null;
  return {
    id,
    number: str(value.number),
    status: str(value.status),
    contactName: str(value.contactName),
    email: str(value.email),
    organisation: str(value.organisation),
    participants: strings(value.participants),
    paymentMethod: str(value.paymentMethod),
    createdAt: str(value.createdAt),
    confirmedAt: strOrNull(value.confirmedAt),
    start: str(value.start),
    end: str(value.end),
    total: num(value.total),
    paid: num(value.paid),
    balanceDue: num(value.balanceDue),
    refundDue: num(value.refundDue),
  };
}

function parseTotals(value: unknown): ListTotals {
  const totals = isRec(value) ? value : {};
  const byStatus: Record<string, number> = {};
  if (isRec(totals.byStatus)) {
    for (const [status, count] of Object.entries(totals.byStatus)) {
      const n = num(count, -1);
      if (n >= 0) byStatus[status] = Math.floor(n);
    }
  }
  return {
    total: num(totals.total),
    paid: num(totals.paid),
    balanceDue: num(totals.balanceDue),
    refundDue: num(totals.refundDue),
    byStatus,
  };
}

/** Null when the answer is not a page of registrations. */
export function parseRegistrationPage(body: unknown): RegistrationPage | null {
  if (!isRec(body) || !Array.isArray(body.items)) return null;
  const items = list(body.items)
    .map(parseRow)
    .filter((row): row is RegistrationRow => row !== null);
  const pageSize = Math.max(1, Math.floor(num(body.pageSize, 50)));
  return {
    items,
    page: Math.max(1, Math.floor(num(body.page, 1))),
    pageSize,
    count: Math.max(items.length, Math.floor(num(body.count, items.length))),
    totals: parseTotals(body.totals),
  };
}

/** Pages needed for count rows (at least one, so "page 1 of 1" reads right on an empty list). */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, pageSize)));
}

/** Counts per status in a fixed order (the known statuses first, then any the server adds), without zeros. */
export function statusCounts(byStatus: Record<string, number>): { status: string; count: number }[] {
  const known = STATUSES.filter((status) => (byStatus[status] ?? 0) > 0);
  const others = Object.keys(byStatus)
    .filter((status) => !isStatus(status) && (byStatus[status] ?? 0) > 0)
    .sort();
  return [...known, ...others].map((status) => ({ status, count: byStatus[status] ?? 0 }));
}
