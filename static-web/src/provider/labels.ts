import { localeOf, message, type Lang, type Localized } from '../shared/i18n';
import type { AnswerState, RoomType } from './room-blocks-api';

// Names and dates of the room block pages, in the page's language.

export const roomTypeLabel = (type: RoomType): Localized => message(`provider.roomType.${type}`);
export const stateLabel = (state: AnswerState): Localized => message(`provider.state.${state}`);

const day = (iso: string): Date | null => {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** 24 mars 2027 / 24 March 2027. */
export function formatDay(iso: string, lang: Lang): string {
  const date = day(iso);
  return date ? new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date) : iso;
}

/** The night of a row: mer. 24 mars / Wed 24 Mar. */
export function formatNight(iso: string, lang: Lang): string {
  const date = day(iso);
  return date
    ? new Intl.DateTimeFormat(localeOf(lang), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date)
    : iso;
}

/** Nights of a request: "du 24 au 25 mars 2027" read as a range. */
export function formatNights(first: string, last: string, lang: Lang): string {
  const [from, to] = [day(first), day(last)];
  if (!from || !to) return `${first} – ${last}`;
  const format = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return to > from ? format.formatRange(from, to) : format.format(from);
}

/** The day of an instant (sent at…) in the organiser's time zone. */
export function formatInstantDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}
