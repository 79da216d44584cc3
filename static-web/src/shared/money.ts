import { localeOf, type Lang, type Localized } from './i18n';

// Money is euros as a JSON number everywhere but in payout previews, which count in cents (they
// add up claims exactly). One formatter for every page, so amounts read the same way everywhere.

export function formatMoney(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR' }).format(amount);
}

/** An amount that follows the page's language. */
export const money = (amount: number): Localized => (lang) => formatMoney(amount, lang);

/** Whole cents (integers from the API) as euros, never through floating sums. */
export const cents = (value: number): Localized => (lang) => formatMoney(value / 100, lang);
