import type { LocalText } from '../../register/model';
import type { ContactFields } from '../../shared/contact';
import { isRec, localText, num, numOrNull, records, str, strOrNull, strings } from '../shared/read';

// GET /api/admin/registrations/{id}: the registration file (dossier), see docs/backoffice-api.md.

export type Contact = ContactFields;

export interface PersonName {
  lastName: string;
  firstName: string;
}

export interface Participant extends PersonName {
  organisation: string;
  companion: PersonName | null;
}

/** A basket line as the attendee sent it (persons are p0, p0c…). */
export interface BasketLine {
  productId: string;
  persons: string[] | null;
  arrival: string | null;
  nights: number | null;
  quantity: number | null;
}

export interface PricedLine {
  /** Position in the basket (lines[index]) as the server numbers it. */
  index: number;
  type: string;
  reference: string;
  label: LocalText;
  start: string;
  end: string;
  quantity: number;
  nights: number | null;
  persons: string[];
  unitPrice: number;
  total: number;
}

export interface ProviderGroup {
  providerId: string;
  providerName: string;
  subtotal: number;
  lines: PricedLine[];
}

export interface Payment {
  id: string;
  /** Negative for a refund. */
  amount: number;
  method: string;
  reference: string;
  receivedAt: string;
  recordedBy: string;
  /** What is left to refund of this payment (card refunds go through it). */
  refundable: number;
}

export interface RegistrationFile {
  id: string;
  eventId: string;
  eventTitle: string;
  number: string;
  status: string;
  revision: number | null;
  createdAt: string;
  confirmedAt: string | null;
  holdExpiresAt: string | null;
  closedAt: string | null;
  paymentMethod: string;
  accessCode: string | null;
  contact: Contact;
  participants: Participant[];
  lines: BasketLine[];
  providers: ProviderGroup[];
  total: number;
  deposit: number;
  paid: number;
  balanceDue: number;
  refundDue: number;
  payments: Payment[];
  editable: boolean;
}

export function parseContact(value: unknown): Contact {
  const contact = isRec(value) ? value : {};
  return {
    email: str(contact.email),
    civility: str(contact.civility),
    lastName: str(contact.lastName),
    firstName: str(contact.firstName),
    address: str(contact.address),
    postalCode: str(contact.postalCode),
    city: str(contact.city),
    country: str(contact.country),
    phone: str(contact.phone),
    mobile: str(contact.mobile),
    professional: contact.professional === true,
    comment: str(contact.comment),
  };
}

function parseName(value: unknown): PersonName | null {
  if (!isRec(value)) return null;
  return { lastName: str(value.lastName), firstName: str(value.firstName) };
}

function parseParticipant(value: Record<string, unknown>): Participant {
  return {
    lastName: str(value.lastName),
    firstName: str(value.firstName),
    organisation: str(value.organisation),
    companion: parseName(value.companion),
  };
}

function parseBasketLine(value: Record<string, unknown>): BasketLine {
  const nights = numOrNull(value.nights);
  const quantity = numOrNull(value.quantity);
  return {
    productId: str(value.productId),
    persons: Array.isArray(value.persons) ? strings(value.persons) : null,
    arrival: strOrNull(value.arrival),
    nights: nights === null ? null : Math.floor(nights),
    quantity: quantity === null ? null : Math.floor(quantity),
  };
}

function parsePricedLine(value: Record<string, unknown>, position: number): PricedLine {
  return {
    index: Math.floor(num(value.index, position)),
    type: str(value.type),
    reference: str(value.reference),
    label: localText(value.label),
    start: str(value.start),
    end: str(value.end),
    quantity: num(value.quantity),
    nights: numOrNull(value.nights),
    persons: strings(value.persons),
    unitPrice: num(value.unitPrice),
    total: num(value.total),
  };
}

function parseProvider(value: Record<string, unknown>): ProviderGroup {
  return {
    providerId: str(value.providerId),
    providerName: str(value.providerName),
    subtotal: num(value.subtotal),
    lines: records(value.lines).map(parsePricedLine),
  };
}

export function parsePayment(value: Record<string, unknown>): Payment | null {
  const amount = numOrNull(value.amount);
  if (amount === null) return null;
  return {
    id: str(value.id),
    amount,
    method: str(value.method),
    reference: str(value.reference),
    receivedAt: str(value.receivedAt),
    recordedBy: str(value.recordedBy),
    refundable: Math.max(0, num(value.refundable)),
  };
}

/** Null when the answer is not a registration file. */
export function parseRegistrationFile(body: unknown): RegistrationFile | null {
  if (!isRec(body)) return null;
  const id = str(body.id);
  if (!id) return null;
  const revision = numOrNull(body.revision);
  return {
    id,
    eventId: str(body.eventId),
    eventTitle: str(body.eventTitle),
    number: str(body.number),
    status: str(body.status),
    revision: revision === null ? null : Math.floor(revision),
    createdAt: str(body.createdAt),
    confirmedAt: strOrNull(body.confirmedAt),
    holdExpiresAt: strOrNull(body.holdExpiresAt),
    closedAt: strOrNull(body.closedAt),
    paymentMethod: str(body.paymentMethod),
    accessCode: strOrNull(body.accessCode),
    contact: parseContact(body.contact),
    participants: records(body.participants).map(parseParticipant),
    lines: records(body.lines).map(parseBasketLine).filter((line) => line.productId !== ''),
    providers: records(body.providers).map(parseProvider),
    total: num(body.total),
    deposit: num(body.deposit),
    paid: num(body.paid),
    balanceDue: num(body.balanceDue),
    refundDue: num(body.refundDue),
    payments: records(body.payments)
      .map(parsePayment)
      .filter((payment): payment is Payment => payment !== null),
    editable: body.editable === true,
  };
}

/** The If-Match value for a change: the ETag the GET answered, else the revision in the body. */
export function ifMatchOf(etag: string | null, file: Pick<RegistrationFile, 'revision'>): string | null {
  const header = etag?.trim();
  if (header) return header;
  return file.revision === null ? null : `"${file.revision}"`;
}

/** Card payments that still have something to refund (a card refund must name one). */
export function refundableCardPayments(payments: readonly Payment[]): Payment[] {
  return payments.filter((payment) => payment.method === 'card' && payment.amount > 0 && payment.refundable > 0 && payment.id);
}

// History and emails

export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

export interface HistoryEntry {
  at: string;
  by: string;
  action: string;
  changes: Change[];
}

const instant = (value: string): number => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/** Newest first: sorted here too so the page never depends on the server's order. */
function newestFirst<T extends { at: string }>(items: T[]): T[] {
  return items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => instant(b.item.at) - instant(a.item.at) || a.position - b.position)
    .map(({ item }) => item);
}

export function parseHistory(body: unknown): HistoryEntry[] | null {
  if (!Array.isArray(body)) return null;
  return newestFirst(
    records(body).map((entry) => ({
      at: str(entry.at),
      by: str(entry.by),
      action: str(entry.action),
      changes: records(entry.changes).map((change) => ({
        field: str(change.field),
        before: strOrNull(change.before),
        after: strOrNull(change.after),
      })),
    })),
  );
}

export interface EmailSummary {
  id: string;
  purpose: string;
  to: string;
  subject: string;
  at: string;
  status: string;
  error: string | null;
}

export function parseEmails(body: unknown): EmailSummary[] | null {
  if (!Array.isArray(body)) return null;
  return newestFirst(
    records(body)
      .map((email) => ({
        id: str(email.id),
        purpose: str(email.purpose),
        to: str(email.to),
        subject: str(email.subject),
        at: str(email.at),
        status: str(email.status),
        error: strOrNull(email.error),
      }))
      .filter((email) => email.id !== ''),
  );
}

/**
 * 'original': not sent yet, as the outbox holds it; 'rebuilt': sent, so the server kept no body (it
 * carried the attendee's personal link) and rebuilt it from the file as it is now, link withheld;
 * 'none': sent and not rebuildable.
 */
export type EmailCopy = 'original' | 'rebuilt' | 'none';

export interface EmailContent {
  subject: string;
  to: string;
  text: string;
  html: string;
  attachments: string[];
  copy: EmailCopy;
}

export function parseEmailContent(body: unknown): EmailContent | null {
  if (!isRec(body)) return null;
  return {
    subject: str(body.subject),
    to: str(body.to),
    text: str(body.text),
    html: str(body.html),
    attachments: strings(body.attachments),
    copy: body.copy === 'rebuilt' || body.copy === 'none' ? body.copy : 'original',
  };
}

/**
 * Where a resent email goes: the server sends the copy to the file's current contact, not to the
 * original recipient (a corrected address gets what the old one missed).
 */
export function resendRecipient(file: Pick<RegistrationFile, 'contact'>): string {
  return file.contact.email.trim();
}
