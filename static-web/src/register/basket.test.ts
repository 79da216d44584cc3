import { describe, expect, it } from 'vitest';
import {
  addRoom,
  applyMandatory,
  emptyParticipant,
  personsOn,
  pruneLines,
  removeLine,
  setQuantity,
  toApiBasket,
  togglePerson,
  type BasketLine,
} from './basket';
import { product } from './fixtures.test-helper';
import { listPersons, parsePersonId, personLabel, type Participant } from './persons';

const claire: Participant = { lastName: 'Martin', firstName: 'Claire', organisation: 'OT Lyon', companion: { lastName: 'Martin', firstName: 'Paul' } };
const ali: Participant = { lastName: 'Durand', firstName: 'Ali', organisation: 'Ville de Nantes', companion: null };

describe('person ids', () => {
  it('names attendees p0, p1… and each companion after its attendee as p0c', () => {
    expect(listPersons([claire, ali]).map((person) => person.id)).toEqual(['p0', 'p0c', 'p1']);
    expect(listPersons([ali, claire]).map((person) => person.id)).toEqual(['p0', 'p1', 'p1c']);
  });

  it('reads ids back, and refuses anything else', () => {
    expect(parsePersonId('p12c')).toEqual({ id: 'p12c', kind: 'companion', index: 12 });
    expect(parsePersonId('p3')).toEqual({ id: 'p3', kind: 'attendee', index: 3 });
    expect(parsePersonId('c3')).toBeNull();
    expect(parsePersonId('p3cc')).toBeNull();
  });

  it('labels persons by name, or by position while the names are missing', () => {
    expect(personLabel([claire], 'p0c', 'fr')).toBe('Paul Martin');
    const unnamed = { ...emptyParticipant(), companion: { lastName: '', firstName: '' } };
    expect(personLabel([claire, unnamed], 'p1', 'fr')).toBe('Participant 2');
    expect(personLabel([claire, unnamed], 'p1c', 'en')).toBe('Companion of Participant 2');
  });
});

describe('per-person lines', () => {
  it('adds a line for the first person and merges the next ones in person order', () => {
    let lines = togglePerson([], 'lunch', 'p1', true);
    lines = togglePerson(lines, 'lunch', 'p0c', true);
    lines = togglePerson(lines, 'lunch', 'p0', true);
    expect(lines).toEqual([{ productId: 'lunch', persons: ['p0', 'p0c', 'p1'] }]);
  });

  it('does not add the same person twice', () => {
    const lines = togglePerson(togglePerson([], 'lunch', 'p0', true), 'lunch', 'p0', true);
    expect(personsOn(lines, 'lunch')).toEqual(['p0']);
  });

  it('removes a person, and the line with the last one', () => {
    const lines: BasketLine[] = [{ productId: 'lunch', persons: ['p0', 'p1'] }, { productId: 'visit', persons: ['p0'] }];
    expect(togglePerson(lines, 'lunch', 'p0', false)).toEqual([
      { productId: 'lunch', persons: ['p1'] },
      { productId: 'visit', persons: ['p0'] },
    ]);
    expect(togglePerson(lines, 'visit', 'p0', false)).toEqual([{ productId: 'lunch', persons: ['p0', 'p1'] }]);
  });

  it('leaves room lines of the same product alone', () => {
    const room = addRoom([], { productId: 'dble', persons: ['p0'], arrival: '2027-03-24', nights: 2 });
    expect(personsOn(room, 'dble')).toEqual([]);
    expect(togglePerson(room, 'dble', 'p1', true)).toHaveLength(2);
  });

  it('keeps a quantity for perUnit products and drops the line at zero', () => {
    const lines = setQuantity([], 'parking', 3);
    expect(lines).toEqual([{ productId: 'parking', quantity: 3 }]);
    expect(setQuantity(lines, 'parking', 1)).toEqual([{ productId: 'parking', quantity: 1 }]);
    expect(setQuantity(lines, 'parking', 0)).toEqual([]);
  });
});

describe('room lines', () => {
  it('adds one line per room, even for the same product, with arrival, nights and persons in order', () => {
    let lines = addRoom([], { productId: 'dble', persons: ['p0c', 'p0'], arrival: '2027-03-24', nights: 2 });
    lines = addRoom(lines, { productId: 'dble', persons: ['p1'], arrival: '2027-03-24', nights: 2 });
    expect(lines).toEqual([
      { productId: 'dble', persons: ['p0', 'p0c'], arrival: '2027-03-24', nights: 2 },
      { productId: 'dble', persons: ['p1'], arrival: '2027-03-24', nights: 2 },
    ]);
  });

  it('removes a line by its position', () => {
    const lines: BasketLine[] = [{ productId: 'a', persons: ['p0'] }, { productId: 'b', persons: ['p0'] }, { productId: 'c', persons: ['p0'] }];
    expect(removeLine(lines, 1).map((line) => line.productId)).toEqual(['a', 'c']);
  });
});

describe('after participants change', () => {
  it('drops persons who are gone, and lines left empty', () => {
    const lines: BasketLine[] = [
      { productId: 'fee', persons: ['p0', 'p1'] },
      { productId: 'gala', persons: ['p0c'] },
      { productId: 'dble', persons: ['p0', 'p0c'], arrival: '2027-03-24', nights: 1 },
      { productId: 'parking', quantity: 2 },
    ];
    expect(pruneLines(lines, [{ ...claire, companion: null }])).toEqual([
      { productId: 'fee', persons: ['p0'] },
      { productId: 'dble', persons: ['p0'], arrival: '2027-03-24', nights: 1 },
      { productId: 'parking', quantity: 2 },
    ]);
  });

  it('books mandatory per-person products for everyone allowed, companions only where the audience says so', () => {
    const products = [
      product({ id: 'fee', mandatory: true, audience: 'attendees' }),
      product({ id: 'badge', mandatory: true, audience: 'both' }),
      product({ id: 'lunch', mandatory: false }),
    ];
    expect(applyMandatory([{ productId: 'fee', persons: ['p1'] }], products, [claire, ali])).toEqual([
      { productId: 'fee', persons: ['p0', 'p1'] },
      { productId: 'badge', persons: ['p0', 'p0c', 'p1'] },
    ]);
  });
});

describe('the basket sent to the API', () => {
  it('trims names, keeps companions null when absent and copies the lines', () => {
    const lines: BasketLine[] = [{ productId: 'fee', persons: ['p0'] }];
    const basket = toApiBasket({
      accessCode: 'BUREAU',
      participants: [{ lastName: ' Martin ', firstName: 'Claire ', organisation: '', companion: null }],
      lines,
    });
    expect(basket).toEqual({
      accessCode: 'BUREAU',
      participants: [{ lastName: 'Martin', firstName: 'Claire', organisation: '', companion: null }],
      lines: [{ productId: 'fee', persons: ['p0'], arrival: null, nights: null, quantity: null }],
    });
    expect(basket.lines[0]?.persons).not.toBe(lines[0]?.persons);
  });
});
