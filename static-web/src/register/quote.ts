import type { Schemas } from '../shared/api/client';

// Answers priced by the server: POST /quote, POST /registrations, GET /registrations/{id}.

export type QuoteLine = Schemas['PricedLine'];
export type QuoteGroup = Schemas['PricedGroup'];
export type Quote = Schemas['Quote'];

/** How to pay: method, then checkoutUrl (card) or payee, payeeAddress, iban, bic, reference, dueBy. */
export type PaymentInstructions = Schemas['PaymentInstructions'];

export type RegistrationStatus = 'AwaitingPayment' | 'Confirmed' | 'Expired' | 'Cancelled' | 'Unknown';

export interface RegistrationView {
  id: string;
  status: RegistrationStatus;
  number: string | null;
  eventId: string;
  eventTitle: string;
  /** The document gives no time zone with a registration: the organiser's (Europe/Paris). */
  timeZone: string;
  quote: Quote;
  paid: number;
  payment: PaymentInstructions;
  summaryPdfUrl: string | null;
  holdExpiresAt: string | null;
}

const STATUSES: readonly RegistrationStatus[] = ['AwaitingPayment', 'Confirmed', 'Expired', 'Cancelled'];

/** GET /registrations/{id}: the registration as the attendee sees it (a status the page does not know is Unknown). */
export function registrationView(body: Schemas['RegistrationView']): RegistrationView {
  return {
    id: body.registrationId,
    status: STATUSES.find((status) => status === body.status) ?? 'Unknown',
    number: body.number || null,
    eventId: body.eventId,
    eventTitle: body.eventTitle,
    timeZone: 'Europe/Paris',
    quote: { groups: body.groups, total: body.total, totalExcl: body.totalExcl, vat: body.vat, deposit: body.deposit },
    paid: body.paid,
    payment: body.payment,
    summaryPdfUrl: body.summaryPdfUrl || null,
    holdExpiresAt: body.holdExpiresAt || null,
  };
}
