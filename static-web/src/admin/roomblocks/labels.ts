import { formatMoney } from '../../shared/money';
import { isMessageKey, localeOf, translate, type Lang, type Localized } from '../../shared/i18n';
import { day } from '../shared/labels';
import { placeProblems } from '../../shared/problem-details';
import { problemOf } from '../../shared/api/client';
import { totalRooms, type AcceptedProduct } from './model';

// Words and figures of the section: room types, statuses, days (dd/MM/yyyy in French), prices, and the
// sentences answering "Accepter".

export { day };

/** "twin" → "Twin"; a type the front end does not know shows as sent. */
export function typeText(type: string, lang: Lang): string {
  const key = `admin.roomBlocks.type.${type}`;
  return isMessageKey(key) ? translate(lang, key) : type;
}
export const typeLabel = (type: string): Localized => (lang) => typeText(type, lang);

export const statusLabel = (status: string): Localized => (lang) => {
  const key = `admin.roomBlocks.status.${status}`;
  return isMessageKey(key) ? translate(lang, key) : status;
};

/** The day of an instant, as the bureau reads it (Paris time): "15/12/2026". */
export const instantDay = (value: string | null): Localized => (lang) => {
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return value ?? '—';
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeZone: 'Europe/Paris' }).format(date);
};

export const price = (amount: number | null, lang: Lang): string => (amount === null ? '' : formatMoney(amount, lang));

export const nightsText = (first: string, last: string): Localized => (lang) =>
  translate(lang, 'admin.roomBlocks.nights', { first: day(first)(lang), last: day(last)(lang) });

/** "Chambres mises en vente : Twin (twin-hotel-du-musee) 92,00 €, 10 chambre(s) ; …". */
export const acceptedText = (products: readonly AcceptedProduct[]): Localized => (lang) => {
  if (products.length === 0) return translate(lang, 'admin.roomBlocks.acceptedNone');
  const items = products.map((p) =>
    translate(lang, 'admin.roomBlocks.acceptedItem', {
      type: typeText(p.type, lang),
      product: p.productId,
      price: price(p.price, lang),
      rooms: translate(lang, 'admin.roomBlocks.summary.roomsLong', { count: totalRooms(p) }),
    }),
  );
  return translate(lang, 'admin.roomBlocks.accepted', { list: items.join(lang === 'fr' ? '\u00a0; ' : '; ') });
};

/**
 * Why an acceptance was refused, in the server's words: each error's message (offers.twin: several
 * prices for one type), else the problem's detail or title (409 no-answer, no-accommodation-step).
 */
export function refusalMessages(body: unknown): Localized[] {
  const fields = Object.keys(problemOf(body)?.errors ?? {});
  const placed = placeProblems(body, fields);
  return [...placed.fields.values(), ...placed.rest];
}
