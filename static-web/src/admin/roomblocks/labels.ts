import { formatMoney } from '../../shared/money';
import { isMessageKey, localeOf, translate, type Lang, type Localized } from '../../shared/i18n';
import { day } from '../shared/labels';
import { placeProblems } from '../../shared/problem-details';
import { problemOf } from '../../shared/api/client';
import { totalRooms, type AcceptedProduct } from './model';
import type { PlannedProduct } from './summary-model';

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

/**
 * The question before "Accepter": "Accepter la réponse de Hôtel du Musée ? Seront mis en vente dans
 * l'étape hébergement : Single — 24/03/2027 : 5 chambres à 92,00 € ; 25/03/2027 : 4 chambres à 99,00 €. …".
 */
export const acceptPlanText = (provider: string, plan: readonly PlannedProduct[]): Localized => (lang) => {
  if (plan.length === 0) return translate(lang, 'admin.roomBlocks.confirmNone', { name: provider });
  const sep = lang === 'fr' ? '\u00a0; ' : '; ';
  const products = plan.map((p) =>
    translate(lang, 'admin.roomBlocks.confirmProduct', {
      type: typeText(p.type, lang),
      nights: p.nights
        .map((n) => translate(lang, 'admin.roomBlocks.confirmNight', { night: day(n.night)(lang), count: n.rooms, price: price(n.price, lang) }))
        .join(sep),
    }),
  );
  return translate(lang, 'admin.roomBlocks.confirm', { name: provider, list: products.join('\n') });
};

/** "Chambres mises en vente : Twin (twin-hotel-du-musee) 92,00 €, 10 chambres ; …". */
export const acceptedText = (products: readonly AcceptedProduct[]): Localized => (lang) => {
  if (products.length === 0) return translate(lang, 'admin.roomBlocks.acceptedNone');
  const items = products.map((p) =>
    translate(lang, 'admin.roomBlocks.acceptedItem', {
      type: typeText(p.type, lang),
      product: p.productId,
      price: pricesText(p, lang),
      rooms: translate(lang, 'admin.roomBlocks.summary.roomsLong', { count: totalRooms(p) }),
    }),
  );
  return translate(lang, 'admin.roomBlocks.accepted', { list: items.join(lang === 'fr' ? '\u00a0; ' : '; ') });
};

/**
 * Why an acceptance was refused, in the server's words: each error's message (offers.twin.2027-03-24:
 * fewer rooms than already held or sold), else the problem's detail or title (409 no-answer, no-accommodation-step).
 */
export function refusalMessages(body: unknown): Localized[] {
  const fields = Object.keys(problemOf(body)?.errors ?? {});
  const placed = placeProblems(body, fields);
  return [...placed.fields.values(), ...placed.rest];
}

/** One price, or the lowest and highest when the nights differ: "70,00 € – 75,00 € / nuit". */
function pricesText(product: AcceptedProduct, lang: Lang): string {
  const prices = Object.values(product.pricePerNight);
  const [low, high] = [Math.min(...prices), Math.max(...prices)];
  if (prices.length === 0 || low === high) return price(product.price, lang);
  return translate(lang, 'admin.roomBlocks.priceRange', { low: price(low, lang), high: price(high, lang) });
}
