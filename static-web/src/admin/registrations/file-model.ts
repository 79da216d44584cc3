import type { Schemas } from '../../shared/api/client';
import type { ContactFields } from '../../shared/contact';

// GET /api/admin/registrations/{id}: the registration file (dossier), see docs/backoffice-api.md, as the
// file's panels and editors use it: the contact and participants with empty strings for what the server
// leaves null (their editors hold text), the basket's lines each with its product.

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
export type BasketLine = Schemas['LineInput'] & { productId: string };

/** index: position in the basket (lines[index]) as the server numbers it. */
export type PricedLine = Schemas['FileLine'];
export type ProviderGroup = Schemas['ProviderLines'];
/** amount negative for a refund; refundable: what is left to refund of this payment (card refunds go through it). */
export type Payment = Schemas['FilePayment'];

export type RegistrationFile = Omit<Schemas['RegistrationFile'], 'contact' | 'participants' | 'lines'> & {
  contact: Contact;
  participants: Participant[];
  lines: BasketLine[];
};

export function contactFields(contact: Schemas['ContactInput']): Contact {
  return {
    email: contact.email ?? '',
    civility: contact.civility ?? '',
    lastName: contact.lastName ?? '',
    firstName: contact.firstName ?? '',
    address: contact.address ?? '',
    postalCode: contact.postalCode ?? '',
    city: contact.city ?? '',
    country: contact.country ?? '',
    phone: contact.phone ?? '',
    mobile: contact.mobile ?? '',
    professional: contact.professional,
    comment: contact.comment ?? '',
  };
}

const nameView = (name: { lastName: string | null; firstName: string | null }): PersonName => ({ lastName: name.lastName ?? '', firstName: name.firstName ?? '' });

export function fileOf(body: Schemas['RegistrationFile']): RegistrationFile {
  return {
    ...body,
    contact: contactFields(body.contact),
    participants: body.participants.map((p) => ({ ...nameView(p), organisation: p.organisation ?? '', companion: p.companion ? nameView(p.companion) : null })),
    lines: body.lines.filter((line): line is BasketLine => !!line.productId),
  };
}

/** The If-Match value for a change: the ETag the GET answered, else the revision in the body. */
export function ifMatchOf(etag: string | null, file: { revision: number | null }): string | null {
  const header = etag?.trim();
  if (header) return header;
  return file.revision === null ? null : `"${file.revision}"`;
}

/** Card payments that still have something to refund (a card refund must name one). */
export function refundableCardPayments(payments: readonly Payment[]): Payment[] {
  return payments.filter((payment) => payment.method === 'card' && payment.amount > 0 && payment.refundable > 0 && payment.id);
}

// History and emails

export type Change = Schemas['FieldChange'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type EmailSummary = Schemas['EmailSummary'];

const instant = (value: string): number => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/** Newest first: sorted here too so the page never depends on the server's order. */
export function newestFirst<T extends { at: string }>(items: readonly T[]): T[] {
  return items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => instant(b.item.at) - instant(a.item.at) || a.position - b.position)
    .map(({ item }) => item);
}

/**
 * 'original': not sent yet, as the outbox holds it; 'rebuilt': sent, so the server kept no body (it
 * carried the attendee's personal link) and rebuilt it from the file as it is now, link withheld;
 * 'none': sent and not rebuildable.
 */
export type EmailCopy = 'original' | 'rebuilt' | 'none';

export type EmailContent = Omit<Schemas['EmailContent'], 'copy' | 'html'> & { html: string; copy: EmailCopy };

export function emailContentView(body: Schemas['EmailContent']): EmailContent {
  return { ...body, html: body.html ?? '', copy: body.copy === 'rebuilt' || body.copy === 'none' ? body.copy : 'original' };
}

/**
 * Where a resent email goes: the server sends the copy to the file's current contact, not to the
 * original recipient (a corrected address gets what the old one missed).
 */
export function resendRecipient(file: Pick<RegistrationFile, 'contact'>): string {
  return file.contact.email.trim();
}
