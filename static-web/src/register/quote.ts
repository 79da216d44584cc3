import type { Submission } from './basket';
import { parseLocalText, type LocalText } from './model';

// Answers priced by the server: POST /quote, POST /registrations, GET /registrations/{id}.

export interface QuoteLine {
  index: number;
  productId: string;
  label: LocalText;
  start: string;
  end: string;
  quantity: number;
  nights: number | null;
  unitPrice: number;
  total: number;
  persons: string[];
}

export interface QuoteGroup {
  stepId: string;
  title: LocalText;
  lines: QuoteLine[];
  subtotal: number;
}

export interface Quote {
  groups: QuoteGroup[];
  total: number;
  totalExcl: number;
  vat: number;
  deposit: number;
}

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const records = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter(isRec) : []);

function parseLine(value: Rec, position: number): QuoteLine {
  return {
    index: typeof value.index === 'number' ? value.index : position,
    productId: str(value.productId),
    label: parseLocalText(value.label),
    start: str(value.start),
    end: str(value.end),
    quantity: num(value.quantity),
    nights: typeof value.nights === 'number' ? value.nights : null,
    unitPrice: num(value.unitPrice),
    total: num(value.total),
    persons: Array.isArray(value.persons) ? value.persons.filter((p): p is string => typeof p === 'string') : [],
  };
}

function parseGroup(value: Rec): QuoteGroup {
  return {
    stepId: str(value.stepId),
    title: parseLocalText(value.title),
    lines: records(value.lines).map(parseLine),
    subtotal: num(value.subtotal),
  };
}

/** Groups per step; a flat `lines` list (no groups) becomes one group per step id it names. */
export function parseQuote(body: unknown): Quote | null {
  if (!isRec(body) || typeof body.total !== 'number') return null;
  let groups = records(body.groups).map(parseGroup);
  if (groups.length === 0 && Array.isArray(body.lines)) {
    const lines = records(body.lines).map(parseLine);
    groups = [{ stepId: '', title: { fr: '', en: '' }, lines, subtotal: lines.reduce((sum, l) => sum + l.total, 0) }];
  }
  return {
    groups,
    total: num(body.total),
    totalExcl: num(body.totalExcl),
    vat: num(body.vat),
    deposit: typeof body.deposit === 'number' ? body.deposit : num(body.total),
  };
}

export function parseSubmission(body: unknown): Submission | null {
  if (!isRec(body) || !str(body.registrationId) || !str(body.accessToken)) return null;
  return {
    registrationId: str(body.registrationId),
    accessToken: str(body.accessToken),
    status: str(body.status),
    total: num(body.total),
    deposit: num(body.deposit),
    holdExpiresAt: str(body.holdExpiresAt) || null,
    payment: isRec(body.payment) ? body.payment : {},
  };
}

export type RegistrationStatus = 'AwaitingPayment' | 'Confirmed' | 'Expired' | 'Cancelled' | 'Unknown';

export interface RegistrationView {
  id: string;
  status: RegistrationStatus;
  number: string | null;
  eventId: string;
  eventTitle: string;
  timeZone: string;
  quote: Quote | null;
  paid: number;
  /** How to pay: method, then checkoutUrl (card) or payee, payeeAddress, iban, bic, reference, dueBy. */
  payment: Record<string, unknown>;
  summaryPdfUrl: string | null;
  holdExpiresAt: string | null;
}

const STATUSES: readonly RegistrationStatus[] = ['AwaitingPayment', 'Confirmed', 'Expired', 'Cancelled'];

/** GET /registrations/{id}: the registration as the attendee sees it. */
export function parseRegistration(body: unknown): RegistrationView | null {
  if (!isRec(body)) return null;
  const event = isRec(body.event) ? body.event : {};
  const documents = isRec(body.documents) ? body.documents : {};
  const payments = records(body.payments);
  const number = body.number;
  return {
    id: str(body.registrationId) || str(body.id),
    status: STATUSES.find((status) => status === body.status) ?? 'Unknown',
    number: typeof number === 'string' && number ? number : typeof number === 'number' ? String(number) : null,
    eventId: str(body.eventId) || str(event.id),
    eventTitle: str(body.eventTitle) || str(event.title),
    timeZone: str(event.timeZone) || str(body.timeZone) || 'Europe/Paris',
    quote: parseQuote(body),
    paid: typeof body.paid === 'number' ? body.paid : payments.reduce((sum, payment) => sum + num(payment.amount), 0),
    payment: isRec(body.payment) ? body.payment : {},
    summaryPdfUrl: str(documents.summaryPdfUrl) || str(body.summaryPdfUrl) || null,
    holdExpiresAt: str(body.holdExpiresAt) || null,
  };
}
