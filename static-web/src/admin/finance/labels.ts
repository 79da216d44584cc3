import { isMessageKey, localeOf, translate, type Localized } from '../../shared/i18n';
import { day } from '../shared/labels';

// Codes of the finance API in words; a code the page does not know is shown as sent.

const known = (prefix: string, code: string): Localized => (lang) => {
  const key = `${prefix}.${code}`;
  return code !== '' && isMessageKey(key) ? translate(lang, key) : code;
};

/** "hotel" → "Hôtel" (the event setup's words). */
export const kindLabel = (kind: string): Localized => known('admin.events.providerKind', kind);
export const batchStatusLabel = (status: string): Localized => known('admin.finance.batchStatus', status);
export const methodLabel = (method: string): Localized => known('admin.finance.method', method);
export const blockedLabel = (reason: string): Localized => known('admin.finance.blocked', reason);

/** A rate in percent as the seed shows it: "8,00 %". */
export const percent = (value: number): Localized => (lang) =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value / 100);

/** "Du 08/04/2015 au 10/04/2015". */
export const period = (from: string, to: string): Localized => (lang) =>
  translate(lang, 'admin.finance.period', { from: day(from)(lang), to: day(to)(lang) });
