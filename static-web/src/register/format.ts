import { formatDateRange, localeOf, translate, type Lang, type Localized } from '../shared/i18n';

// Money is euros as a JSON number; calendar days are ISO dates already in the event's time zone
// (formatted as UTC so they never shift); instants (…Z) are shown in the event's time zone.

export { formatMoney } from '../shared/money';

function parseDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? date : null;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const date = parseDay(iso);
  if (!date) return iso;
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const from = parseDay(a);
  const to = parseDay(b);
  return from && to ? Math.round((to.getTime() - from.getTime()) / 86_400_000) : 0;
}

/** Every day from first to last, both included. */
export function daysFrom(first: string, last: string): string[] {
  const count = daysBetween(first, last);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDays(first, i));
}

/** "mer. 24 mars 2027" / "Wed 24 Mar 2027", or a long form ("mercredi 24 mars 2027"). */
export function formatDay(iso: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const date = parseDay(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: style,
    day: 'numeric',
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A product's dates: one day, or the range from the first to the last. */
export function formatDates(dates: readonly string[], lang: Lang): string {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return '';
  return first === last ? formatDay(first, lang, 'long') : formatDateRange(first, last, lang);
}

/** An instant (or a plain day) in the event's time zone: "24 mars 2027 à 14:30". */
export function formatInstant(value: string, lang: Lang, timeZone: string): string {
  if (parseDay(value)) return formatDay(value, lang, 'long');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: 'Europe/Paris' }).format(date);
  }
}

/** "du mer. 24 mars 2027 au ven. 26 mars 2027 (2 nuits)". */
export function stayText(arrival: string, nights: number): Localized {
  return (lang) =>
    translate(lang, 'reg.rooms.stay', {
      from: formatDay(arrival, lang),
      to: formatDay(addDays(arrival, nights), lang),
      count: nights,
    });
}
