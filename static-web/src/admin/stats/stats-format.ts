import { localeOf, translate, type Lang } from '../../shared/i18n';

// Numbers of the statistics screen in the page's language (fr-FR, en-GB).

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** 0.756 → "76 %" / "76%". */
export function formatRate(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A share with one decimal when small: 0.0125 → "1,3 %". */
export function formatShare(part: number, whole: number, lang: Lang): string {
  const share = whole > 0 ? part / whole : 0;
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share);
}

function utcDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** "mer. 10 juin" / "Wed 10 Jun": a night's column, a chart's label (calendar days, never shifted). */
export function formatShortDay(iso: string, lang: Lang, weekday = true): string {
  const date = utcDay(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: weekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** "FR" → "France" / "France"; "?" → "Not given"; an unknown code stays as it is. */
export function countryName(code: string, lang: Lang): string {
  if (code === '?' || code.trim() === '') return translate(lang, 'admin.stats.countryUnknown');
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
