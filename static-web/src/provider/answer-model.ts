import type { Localized } from '../shared/i18n';
import { message } from '../shared/i18n';
import { normalisePath, readProblems } from '../register/problems';
import { askedTypes, nightsOf, type Offer, type RoomBlockRequest, type RoomType } from './room-blocks-api';

// The answer form's table as data: one cell per room type asked and night, holding what the
// provider typed (rooms, price as text). Building the PUT body remembers which cell each sent offer
// came from, so that the server's "offers[2].rooms" lands on the input it names.

export interface Cell {
  type: RoomType;
  night: string;
  /** As typed; "" for nothing. */
  rooms: string;
  /** As typed: "72", "72,50", "72.5 €". */
  price: string;
}

/** "twin|2027-03-24": one cell of the table. */
export type CellKey = string;
/** "twin|2027-03-24|rooms", "twin|2027-03-24|price" or "remarks": one input of the form. */
export type InputKey = string;

export const cellKey = (cell: { type: string; night: string }): CellKey => `${cell.type}|${cell.night}`;
export const inputKey = (cell: Pick<Cell, 'type' | 'night'>, field: 'rooms' | 'price'): InputKey => `${cellKey(cell)}|${field}`;

export interface AnswerBody {
  offers: { type: RoomType; night: string; rooms: number; price: number | null }[];
  remarks: string;
  submit: boolean;
}

export type Parsed = { kind: 'empty' } | { kind: 'ok'; value: number } | { kind: 'invalid' };

/** A price in euros as people type it: "72", "72,50", "72.5", "1 200,00 €". At most 2 decimals, never negative. */
export function parsePrice(text: string): Parsed {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (cleaned === '') return { kind: 'empty' };
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return { kind: 'invalid' };
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? { kind: 'ok', value: cents / 100 } : { kind: 'invalid' };
}

/** A whole number of rooms, 0 or more. */
export function parseRooms(text: string): Parsed {
  const cleaned = text.trim();
  if (cleaned === '') return { kind: 'empty' };
  return /^\d{1,6}$/.test(cleaned) ? { kind: 'ok', value: Number(cleaned) } : { kind: 'invalid' };
}

/** A saved price back in the input, the French way: 72 → "72", 72.5 → "72,50". */
export function priceText(price: number): string {
  return Number.isInteger(price) ? String(price) : price.toFixed(2).replace('.', ',');
}

/** The table of a request, in the order of its room types then nights, filled from the saved answer. */
export function buildCells(request: Pick<RoomBlockRequest, 'roomTypes' | 'firstNight' | 'lastNight' | 'offers'>): Cell[] {
  const saved = new Map<CellKey, Offer>(request.offers.map((offer) => [cellKey(offer), offer]));
  const nights = nightsOf(request.firstNight, request.lastNight);
  return askedTypes(request).flatMap(({ type }) =>
    nights.map((night) => {
      const offer = saved.get(cellKey({ type, night }));
      return { type, night, rooms: offer ? String(offer.rooms) : '', price: offer ? priceText(offer.price) : '' };
    }),
  );
}

export type Built =
  | { kind: 'ok'; body: AnswerBody; sent: CellKey[] }
  | { kind: 'invalid'; errors: Map<InputKey, Localized> };

/**
 * The PUT body from the table: only the rows with rooms above 0 or a price typed (empty rooms next
 * to a price count as 0). `sent[i]` is the cell of offers[i]. Input that cannot be read is refused
 * here, on its own input, before anything is sent.
 */
export function buildAnswer(cells: readonly Cell[], remarks: string, submit: boolean): Built {
  const offers: AnswerBody['offers'] = [];
  const sent: CellKey[] = [];
  const errors = new Map<InputKey, Localized>();
  for (const cell of cells) {
    const rooms = parseRooms(cell.rooms);
    const price = parsePrice(cell.price);
    if (rooms.kind === 'invalid') errors.set(inputKey(cell, 'rooms'), message('provider.answer.roomsInvalid'));
    if (price.kind === 'invalid') errors.set(inputKey(cell, 'price'), message('provider.answer.priceInvalid'));
    if (rooms.kind === 'invalid' || price.kind === 'invalid') continue;
    const roomCount = rooms.kind === 'ok' ? rooms.value : 0;
    if (roomCount === 0 && price.kind === 'empty') continue;
    if (price.kind === 'empty') {
      errors.set(inputKey(cell, 'price'), message('provider.answer.priceRequired'));
      continue;
    }
    offers.push({ type: cell.type, night: cell.night, rooms: roomCount, price: price.value });
    sent.push(cellKey(cell));
  }
  if (errors.size > 0) return { kind: 'invalid', errors };
  return { kind: 'ok', body: { offers, remarks: remarks.trim(), submit }, sent };
}

export interface PlacedErrors {
  /** Messages on one input of the form. */
  inputs: Map<InputKey, Localized[]>;
  /** Messages about the answer as a whole, or about a row without an input of its own (type, night). */
  form: Localized[];
}

/** Short night as in the labels: 24/03. */
export function shortNight(night: string): string {
  const [, month, day] = night.split('-');
  return day && month ? `${day}/${month}` : night;
}

/** Places each error of a 400 answer: offers[i].rooms and .price on the input of the cell sent as offers[i]; remarks on its box; the rest above the form. */
export function placeErrors(body: unknown, sent: readonly CellKey[], roomTypeLabel: (type: RoomType) => Localized): PlacedErrors {
  const placed: PlacedErrors = { inputs: new Map(), form: [] };
  const add = (key: InputKey, text: Localized) => placed.inputs.set(key, [...(placed.inputs.get(key) ?? []), text]);
  for (const entry of readProblems(body)) {
    const path = normalisePath(entry.path);
    const offer = /^offers\[(\d+)\](?:\.(\w+))?$/.exec(path);
    const cell = offer ? sent[Number(offer[1])] : undefined;
    if (offer && cell) {
      const field = offer[2];
      if (field === 'rooms' || field === 'price') add(`${cell}|${field}`, entry.message);
      else {
        // Type or night: no input of its own; say which row it is about.
        const [type, night] = cell.split('|') as [RoomType, string];
        placed.form.push((lang) => `${shortNight(night)} (${roomTypeLabel(type)(lang)})${lang === 'fr' ? '\u00a0:' : ':'} ${entry.message(lang)}`);
      }
    } else if (path === 'remarks') add('remarks', entry.message);
    else placed.form.push(entry.message);
  }
  return placed;
}
