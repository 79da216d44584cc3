import type { Localized } from '../shared/i18n';
import { fieldProblems, problemSummary } from '../shared/problem-details';
import type { BasketLine } from './basket';
import type { Product } from './model';

// Problem details from /quote and /registrations name fields by path (lines[2].persons,
// participants[0].lastName, contact.email). Each problem is placed on the step (and line or field)
// where the person can fix it.

export const BASKET_STEP = '#basket';
export const CONTACT_STEP = '#contact';
export const PAYMENT_STEP = '#payment';
export const CONFIRMATION_STEP = '#confirmation';

export interface ProblemEntry {
  path: string;
  message: Localized;
}

export interface PlacedProblem extends ProblemEntry {
  step: string;
  /** Index of the basket line concerned, when the path names one. */
  line: number | null;
  /** Field inside the step: "email" for contact.email, the whole path for participants. */
  field: string | null;
}

/** Every message of a problem body, with its path ("" for the whole request). */
export function readProblems(body: unknown): ProblemEntry[] {
  const entries = fieldProblems(body).flatMap(([path, messages]) => messages.map((message) => ({ path: normalisePath(path), message })));
  const summary = entries.length === 0 ? problemSummary(body) : null;
  return summary ? [{ path: '', message: summary }] : entries;
}

/** "$.Lines[2].Persons" and "request.lines[2].persons" both become "lines[2].persons". */
export function normalisePath(path: string): string {
  const trimmed = path.trim().replace(/^\$\.?/, '').replace(/^request\./i, '');
  return trimmed
    .split('.')
    .map((segment) => segment.charAt(0).toLowerCase() + segment.slice(1))
    .join('.');
}

export function locateProblem(
  entry: ProblemEntry,
  lines: readonly BasketLine[],
  products: readonly Product[],
  participantsStep: string,
): PlacedProblem {
  const path = normalisePath(entry.path);
  const place = (step: string, line: number | null = null, field: string | null = null): PlacedProblem => ({
    ...entry,
    path,
    step,
    line,
    field,
  });

  const line = /^lines\[(\d+)\]/.exec(path);
  if (line) {
    const index = Number(line[1]);
    const productId = lines[index]?.productId;
    const product = products.find((candidate) => candidate.id === productId);
    return product ? place(product.stepId, index) : place(BASKET_STEP);
  }
  const root = path.split(/[.[]/)[0] ?? '';
  switch (root) {
    case 'steps':
      // A step's rule (steps.evenings: exactly one per person) belongs to that step.
      return place(path.split('.')[1] || BASKET_STEP);
    case 'participants':
      return place(participantsStep, null, path === 'participants' ? null : path);
    case 'contact':
      return place(CONTACT_STEP, null, path.split('.')[1] ?? null);
    case 'acceptTerms':
      return place(CONTACT_STEP, null, 'acceptTerms');
    case 'paymentMethod':
    case 'clientKey':
      return place(PAYMENT_STEP, null, root);
    default:
      return place(BASKET_STEP);
  }
}

export function locateProblems(
  entries: readonly ProblemEntry[],
  lines: readonly BasketLine[],
  products: readonly Product[],
  participantsStep: string,
): PlacedProblem[] {
  return entries.map((entry) => locateProblem(entry, lines, products, participantsStep));
}

/** The first step, in flow order, that has a problem. */
export function firstStepWithProblem(problems: readonly PlacedProblem[], flowOrder: readonly string[]): string | null {
  const steps = new Set(problems.map((problem) => problem.step));
  return flowOrder.find((step) => steps.has(step)) ?? null;
}
