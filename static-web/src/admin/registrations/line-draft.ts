import type { Product } from '../../register/model';
import { addDays, daysBetween } from '../../register/format';
import { audienceAllows, comparePersonIds, parsePersonId } from '../../register/persons';
import { message, translate, type Localized } from '../../shared/i18n';
import type { BasketLine } from './file-model';
import { isIsoDay } from './query';

// The "add a product" dialog: what it asks for each kind of product, and the basket line it makes.
// Error keys are the server's own (lines[i].persons, .arrival, .nights, .quantity) so that its
// answers land on the same fields.

export const MAX_NIGHTS = 30;
export const MAX_UNITS = 50;

export interface LineDraft {
  productId: string;
  persons: readonly string[];
  arrival: string;
  nights: string;
  quantity: string;
}

export type LineCheck = { ok: true; line: BasketLine } | { ok: false; errors: Map<string, Localized> };

/** The nights a room product offers: first and last night (the product's dates). */
export function roomNights(product: Pick<Product, 'dates'>): { first: string; last: string } | null {
  const first = product.dates[0];
  const last = product.dates[product.dates.length - 1];
  return first && last ? { first, last } : null;
}

const wholeNumber = (text: string): number | null => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null);

/** Persons that may be ticked: existing ids whose kind the product's audience allows. */
export function eligible(product: Pick<Product, 'audience'>, personIds: readonly string[]): string[] {
  return personIds.filter((id) => {
    const ref = parsePersonId(id);
    return ref !== null && audienceAllows(product.audience, ref.kind);
  });
}

export function checkLine(draft: LineDraft, products: readonly Product[], personIds: readonly string[], booked: readonly string[] = []): LineCheck {
  const errors = new Map<string, Localized>();
  const product = products.find((candidate) => candidate.id === draft.productId);
  if (!product) {
    errors.set('productId', message('admin.registrations.edit.productRequired'));
    return { ok: false, errors };
  }

  if (product.unit === 'perUnit') {
    const quantity = wholeNumber(draft.quantity);
    if (quantity === null || quantity < 1 || quantity > MAX_UNITS)
      errors.set('quantity', message('admin.registrations.edit.quantityInvalid', { max: MAX_UNITS }));
    if (errors.size > 0 || quantity === null) return { ok: false, errors };
    return { ok: true, line: { productId: product.id, persons: null, arrival: null, nights: null, quantity } };
  }

  const allowed = new Set(eligible(product, personIds));
  const already = new Set(product.unit === 'perPerson' ? booked : []);
  const persons = [...new Set(draft.persons)].filter((id) => allowed.has(id) && !already.has(id)).sort(comparePersonIds);
  if (persons.length === 0) errors.set('persons', message('admin.registrations.edit.personsRequired'));

  if (product.unit === 'perPerson') {
    if (errors.size > 0) return { ok: false, errors };
    return { ok: true, line: { productId: product.id, persons, arrival: null, nights: null, quantity: null } };
  }

  // A room: its occupants, a first night and a number of nights inside the nights offered.
  if (product.maxOccupancy !== null && persons.length > product.maxOccupancy) {
    const max = product.maxOccupancy;
    errors.set('persons', (lang) => translate(lang, 'admin.registrations.edit.occupancy', { count: max }));
  }
  const offered = roomNights(product);
  const nights = wholeNumber(draft.nights);
  const arrivalOk = isIsoDay(draft.arrival) && offered !== null && draft.arrival >= offered.first && draft.arrival <= offered.last;
  if (!arrivalOk) errors.set('arrival', message('admin.registrations.edit.arrivalInvalid'));
  const nightsOk =
    nights !== null &&
    nights >= 1 &&
    nights <= MAX_NIGHTS &&
    (!arrivalOk || !offered || addDays(draft.arrival, nights - 1) <= offered.last);
  if (!nightsOk) errors.set('nights', message('admin.registrations.edit.nightsInvalid', { count: MAX_NIGHTS }));
  if (errors.size > 0 || nights === null) return { ok: false, errors };
  return { ok: true, line: { productId: product.id, persons, arrival: draft.arrival, nights, quantity: null } };
}

/** The most nights a stay starting on arrival can have (for the field's max). */
export function maxNightsFrom(product: Pick<Product, 'dates'>, arrival: string): number {
  const offered = roomNights(product);
  if (!offered || !isIsoDay(arrival)) return MAX_NIGHTS;
  return Math.max(1, Math.min(MAX_NIGHTS, daysBetween(arrival, offered.last) + 1));
}
