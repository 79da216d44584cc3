import type { Schemas } from '../shared/api/client';
import { formatDateRange, isMessageKey, translate, type Lang, type Localized, type MessageKey } from '../shared/i18n';

// The payments of GET /api/registrations/{id} (received cheques, transfers, card payments), oldest first.

export type ReceivedPayment = Schemas['PaymentView'];

/** "Chèque", "Virement", "Carte bancaire"; an unknown method as sent. */
export function methodLabel(method: string): Localized {
  const key = `account.method.${method}`;
  return (lang) => (isMessageKey(key) ? translate(lang, key as MessageKey) : method);
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone; '' when the value is not an instant. */
export function localDay(value: string, timeZone: string): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return '';
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(date);
  try {
    return format(timeZone);
  } catch {
    return format('Europe/Paris');
  }
}

/** "10 mars 2027" / "10 March 2027": the day of an instant in the time zone, as the register pages write days. */
export function formatLocalDate(value: string, lang: Lang, timeZone: string): string {
  const day = localDay(value, timeZone);
  return day ? formatDateRange(day, day, lang) : value;
}
