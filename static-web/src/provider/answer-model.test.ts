import { describe, expect, it } from 'vitest';
import { message } from '../shared/i18n';
import { buildAnswer, buildCells, parsePrice, parseRooms, placeErrors, priceText, type Cell } from './answer-model';
import { roomTypeLabel } from './labels';

const request = {
  roomTypes: [
    { type: 'single' as const, askAvailability: true },
    { type: 'twin' as const, askAvailability: false },
  ],
  firstNight: '2027-03-24',
  lastNight: '2027-03-25',
  offers: [{ type: 'twin' as const, night: '2027-03-25', rooms: 5, price: 92.5 }],
};

const cell = (type: Cell['type'], night: string, rooms: string, price: string): Cell => ({ type, night, rooms, price });

describe('prices as people type them', () => {
  it('reads whole euros, a comma or a point, spaces and the euro sign', () => {
    expect(parsePrice('72')).toEqual({ kind: 'ok', value: 72 });
    expect(parsePrice('72,50')).toEqual({ kind: 'ok', value: 72.5 });
    expect(parsePrice('72,5')).toEqual({ kind: 'ok', value: 72.5 });
    expect(parsePrice('72.05')).toEqual({ kind: 'ok', value: 72.05 });
    expect(parsePrice(' 1 200,99 €')).toEqual({ kind: 'ok', value: 1200.99 });
    expect(parsePrice('')).toEqual({ kind: 'empty' });
  });

  it('refuses three decimals, negatives, letters and two separators', () => {
    for (const text of ['72,505', '-72', 'abc', '72,50,1', '1.200,50', ',5']) expect(parsePrice(text).kind, text).toBe('invalid');
  });

  it('puts a saved price back the French way', () => {
    expect(priceText(92)).toBe('92');
    expect(priceText(92.5)).toBe('92,50');
    expect(parsePrice(priceText(72.05))).toEqual({ kind: 'ok', value: 72.05 });
  });

  it('reads rooms as a whole number', () => {
    expect(parseRooms('5')).toEqual({ kind: 'ok', value: 5 });
    expect(parseRooms(' ')).toEqual({ kind: 'empty' });
    expect(parseRooms('2.5').kind).toBe('invalid');
    expect(parseRooms('-1').kind).toBe('invalid');
  });
});

describe('the table of a request', () => {
  it('has a row per night for each room type asked, in order, filled from the saved answer', () => {
    expect(buildCells(request)).toEqual([
      cell('single', '2027-03-24', '', ''),
      cell('single', '2027-03-25', '', ''),
      cell('twin', '2027-03-24', '', ''),
      cell('twin', '2027-03-25', '5', '92,50'),
    ]);
  });
});

describe('the PUT body', () => {
  it('sends only rows with rooms or a price, remembers which cell each offer came from', () => {
    const built = buildAnswer(
      [
        cell('single', '2027-03-24', '', ''),
        cell('single', '2027-03-25', '0', ''),
        cell('twin', '2027-03-24', '5', '92'),
        cell('twin', '2027-03-25', '', '80,50'),
      ],
      '  Petit-déjeuner inclus ',
      true,
    );
    expect(built).toEqual({
      kind: 'ok',
      body: {
        offers: [
          { type: 'twin', night: '2027-03-24', rooms: 5, price: 92 },
          { type: 'twin', night: '2027-03-25', rooms: 0, price: 80.5 },
        ],
        remarks: 'Petit-déjeuner inclus',
        submit: true,
      },
      sent: ['twin|2027-03-24', 'twin|2027-03-25'],
    });
  });

  it('keeps a draft a draft', () => {
    const built = buildAnswer([cell('twin', '2027-03-24', '3', '70')], '', false);
    expect(built.kind === 'ok' && built.body.submit).toBe(false);
  });

  it('refuses unreadable input on its own input and sends nothing', () => {
    const built = buildAnswer(
      [cell('twin', '2027-03-24', '3', '70,999'), cell('twin', '2027-03-25', '4', ''), cell('single', '2027-03-24', '?', '60')],
      '',
      true,
    );
    expect(built.kind).toBe('invalid');
    if (built.kind !== 'invalid') return;
    expect([...built.errors.keys()]).toEqual(['twin|2027-03-24|price', 'twin|2027-03-25|price', 'single|2027-03-24|rooms']);
    expect(built.errors.get('twin|2027-03-25|price')!('fr')).toBe('Indiquez le prix de ces chambres.');
  });
});

describe("the server's errors", () => {
  const sent = ['single|2027-03-25', 'twin|2027-03-24', 'twin|2027-03-25'];
  const problem = {
    status: 400,
    errors: {
      'offers[2].rooms': [{ code: 'invalid', fr: 'Nombre de chambres entre 0 et 10000.', en: 'Number of rooms between 0 and 10000.' }],
      'Offers[0].Price': [{ code: 'invalid', fr: 'Prix en euros, positif, 2 décimales.', en: 'Price in euros, not negative, 2 decimals.' }],
      'offers[1].night': [{ code: 'invalid', fr: 'Nuit hors de la demande.', en: 'Night outside the request.' }],
      remarks: [{ code: 'too-long', fr: 'Trop long.', en: 'Too long.' }],
      offers: [{ code: 'invalid', fr: 'Une nuit et un type de chambre figurent deux fois.', en: 'A night and room type appear twice.' }],
    },
  };

  it('go to the input of the cell sent at that index', () => {
    const placed = placeErrors(problem, sent, roomTypeLabel);
    expect([...placed.inputs.keys()].sort()).toEqual(['remarks', 'single|2027-03-25|price', 'twin|2027-03-25|rooms']);
    expect(placed.inputs.get('twin|2027-03-25|rooms')![0]!('fr')).toBe('Nombre de chambres entre 0 et 10000.');
    expect(placed.inputs.get('single|2027-03-25|price')![0]!('en')).toBe('Price in euros, not negative, 2 decimals.');
  });

  it('put the rest above the form, naming the row when the error is about one', () => {
    const placed = placeErrors(problem, sent, roomTypeLabel);
    expect(placed.form.map((text) => text('fr'))).toEqual([
      '24/03 (Twin)\u00a0: Nuit hors de la demande.',
      'Une nuit et un type de chambre figurent deux fois.',
    ]);
  });

  it('put an index that was never sent, or a problem without fields, above the form', () => {
    const placed = placeErrors({ errors: { 'offers[7].rooms': ['bad'] } }, sent, roomTypeLabel);
    expect(placed.inputs.size).toBe(0);
    expect(placed.form.map((text) => text('en'))).toEqual(['bad']);
    const closed = placeErrors({ status: 409, detail: 'The answer date was 2027-01-10.', detail_fr: 'La date de réponse était le 10/01/2027.' }, sent, roomTypeLabel);
    expect(closed.form.map((text) => text('fr'))).toEqual(['La date de réponse était le 10/01/2027.']);
  });

  it('ends up, from a real round trip, on the cell the provider typed in', () => {
    const typed = [cell('single', '2027-03-24', '', ''), cell('twin', '2027-03-24', '2', '50'), cell('twin', '2027-03-25', '999999', '50')];
    const built = buildAnswer(typed, '', true);
    if (built.kind !== 'ok') throw new Error('expected a body');
    const index = built.body.offers.findIndex((offer) => offer.rooms === 999999);
    const placed = placeErrors({ errors: { [`offers[${index}].rooms`]: [{ fr: 'Trop.', en: 'Too many.' }] } }, built.sent, roomTypeLabel);
    expect([...placed.inputs.keys()]).toEqual(['twin|2027-03-25|rooms']);
  });
});

describe('the answer form', () => {
  it('has labels in both languages', () => {
    expect(message('provider.answer.roomsLabel', { night: '24/03', type: 'Single' })('fr')).toBe('Chambres le 24/03 (Single)');
    expect(message('provider.answer.roomsLabel', { night: '24/03', type: 'Single' })('en')).toBe('Rooms on 24/03 (Single)');
    expect(roomTypeLabel('accessible')('fr')).toBe('PMR / Accessible');
  });
});
