import { localeOf, type Lang } from '../../shared/i18n';

// Euros as JSON numbers from the API; staff type amounts the French way ("120,50") or the English
// way ("120.50"). Comparisons are made in whole cents so that 0.1 + 0.2 never refuses a refund.

export { formatMoney } from '../../shared/money';

export const toCents = (amount: number): number => Math.round(amount * 100);

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * "120,50", "120.50", "1 234,56", "1,234.56", "50 €" → euros; null when it is not a positive
 * amount with at most two decimals. With both marks the last one separates the decimals; a lone
 * comma or dot always does (staff write "12,5" far more often than "1,234").
 */
export function parseAmount(text: string): number | null {
  let value = text.replace(SPACES, '').replace(/€$/, '').replace(/^€/, '');
  if (!/^\d[\d.,]*$/.test(value)) return null;
  const decimal = Math.max(value.lastIndexOf(','), value.lastIndexOf('.'));
  if (decimal >= 0) {
    const whole = value.slice(0, decimal).replace(/[.,]/g, '');
    const fraction = value.slice(decimal + 1);
    if (!/^\d{1,2}$/.test(fraction) || whole === '') return null;
    value = `${whole}.${fraction}`;
  }
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount <= 0 || amount > 1_000_000) return null;
  return toCents(amount) / 100;
}

/** The amount as typed in the amount field ("412,50" in French), without currency sign or grouping. */
export function amountInputValue(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(amount);
}

/** The calendar day of an instant in a time zone (yyyy-MM-dd), e.g. today for "date received". */
export function dayIn(instant: Date, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(instant);
  try {
    return format(timeZone);
  } catch {
    return format('Europe/Paris');
  }
}
