import { money } from '../../shared/money';
import { statusTone, type Tone } from '../../shared/status-tone';
import { formatDateRange, isMessageKey, localeOf, translate, type Lang, type Localized } from '../../shared/i18n';
import type { LocalText } from '../../register/model';
import { formatInstant } from '../../register/format';

// Codes from the API (statuses, methods, history actions, email purposes) in words; a code the
// page does not know yet is shown as sent rather than hidden.

function known(prefix: string, code: string): Localized {
  const key = `admin.registrations.${prefix}.${code}`;
  return (lang) => (code !== '' && isMessageKey(key) ? translate(lang, key) : code);
}

/** Submitted and Refused are never listed, but the file route answers any registration by id (a submit refused for lack of stock). */
export const statusLabel = (status: string): Localized => known('status', status);
/** An event's Draft or Published, in lower case for the chooser: "Cluster 2026 (brouillon)". */
export const eventStatusLabel = (status: string): Localized => known('eventStatus', status);
export const methodLabel = (method: string): Localized => known('method', method);
export const actionLabel = (action: string): Localized => known('action', action);
export const purposeLabel = (purpose: string): Localized => known('email.purpose', purpose);
/**
 * A history field in words: "contact.city" as "Coordonnées · Ville", "participants[1]" as
 * "Participant 2"; unknown fields as recorded.
 */
export const fieldLabel = (field: string): Localized => {
  const contact = /^contact\.(\w+)$/.exec(field);
  if (contact) {
    const part = known('edit', contact[1] ?? '');
    return (lang) => `${translate(lang, 'admin.registrations.field.contact')} · ${part(lang)}`;
  }
  const participant = /^participants\[(\d+)\]$/.exec(field);
  if (participant) return (lang) => translate(lang, 'admin.registrations.participantN', { n: Number(participant[1]) + 1 });
  return known('field', field);
};

const MONEY_FIELDS: ReadonlySet<string> = new Set(['total', 'deposit', 'paid', 'refundDue']);

/** A history value in words: statuses and methods named, amounts (recorded as 412.50) in the page's format. */
export const changeValueLabel = (field: string, value: string): Localized => {
  if (field === 'status') return statusLabel(value);
  if (field === 'paymentMethod') return methodLabel(value);
  if (MONEY_FIELDS.has(field) && /^-?\d+(\.\d+)?$/.test(value)) return money(Number(value));
  return () => value;
};
/** "Sent", "sent": the log writes the status capitalised, the first contract did not. */
export const emailStatusLabel = (status: string): Localized => {
  const label = known('email.status', status.toLowerCase());
  return (lang) => (status ? label(lang) : '');
};
export const emailTone = (status: string): Tone => {
  const normal = status.toLowerCase();
  return normal === 'failed' ? 'danger' : normal === 'sent' ? 'success' : 'warning';
};

/** Who made a change: a staff email as is; attendee, stripe and system in words. */
export const byLabel = (by: string): Localized => {
  const key = `admin.registrations.by.${by}`;
  return (lang) => (isMessageKey(key) ? translate(lang, key) : by);
};

export { statusTone, type Tone };

export { money };

/** An API text in the page's language, the other one when it is missing. */
export const local = (text: LocalText): Localized => (lang: Lang) =>
  (lang === 'en' ? text.en || text.fr : text.fr || text.en);

/** An instant (…Z) in the event's time zone, "—" when there is none. */
export const instant = (value: string | null, timeZone: string): Localized => (lang) =>
  value ? formatInstant(value, lang, timeZone) : '—';

/** A compact instant for tables: "01/03/2026 10:15" in the event's time zone. */
export const shortInstant = (value: string, timeZone: string): Localized => formatIn(value, timeZone, { dateStyle: 'short', timeStyle: 'short' });

/** The day of an instant in the event's time zone, "1 mars 2026": a cheque's date received has no time. */
export const instantDay = (value: string, timeZone: string): Localized => formatIn(value, timeZone, { dateStyle: 'medium' });

const formatIn = (value: string, timeZone: string, options: Intl.DateTimeFormatOptions): Localized => (lang) => {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value || '—';
  try {
    return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: 'Europe/Paris' }).format(date);
  }
};

/** A calendar day (yyyy-MM-dd) as is, never shifted by time zones: "10/06/2026". */
export const day = (value: string): Localized => (lang) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value || '—';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeZone: 'UTC' }).format(date);
};

/** A calendar day in words: "10 juin 2026". */
export const longDay = (value: string): Localized => (lang) => (value ? formatDateRange(value, value, lang) : '—');

/** Line numbers as the bureau's file shows them: 001, 002… */
export const lineNumber = (index: number): string => String(index + 1).padStart(3, '0');
