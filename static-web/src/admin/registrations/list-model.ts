import type { LocalText } from '../../register/model';
import type { Schemas } from '../../shared/api/client';
import type { ProviderChoice } from '../shared/providers';

// What the list reads: GET /api/admin/events (the event chooser, drafts included: docs/event-setup.md), the
// providers' names, the event's time zone and catalog (the product filter) and GET /api/admin/events/{id}/registrations
// (docs/backoffice-api.md).

/** The statuses the list shows and can be filtered by (submits refused for lack of stock are not listed; others get 400). */
export const STATUSES = ['AwaitingPayment', 'Confirmed', 'Expired', 'Cancelled'] as const;
export type Status = (typeof STATUSES)[number];

export const isStatus = (value: string): value is Status => STATUSES.some((status) => status === value);

export { chosenEvent, type EventChoice } from '../shared/events';

/** A provider as the provider filter names it. */
export type ProviderName = Pick<ProviderChoice, 'id' | 'name'>;

/**
 * What the product and provider filters need of the event's catalog. The staff catalog lists every
 * product, those restricted to an access group included (the form read without a code hides them,
 * yet registrations may hold them).
 */
export interface FilterCatalog {
  steps: { id: string; title: LocalText }[];
  products: { id: string; stepId: string; label: LocalText; providerId: string; sortOrder: number }[];
}

export type RegistrationRow = Schemas['RegistrationListItem'];
export type ListTotals = Schemas['ListTotals'];
/** count: every registration matching the filters, not only this page. */
export type RegistrationPage = Schemas['RegistrationList'];

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
