import { describe, expect, it } from 'vitest';
import { formView } from '../../register/model';
import { applyEdit, basketOf, draftOf, linesDroppedBy, newPersons, personMap, type DraftParticipant, type EditResult } from './basket-edit';
import { fileOf, type RegistrationFile } from './file-model';
import { fileAnswer, formAnswer } from './fixtures.test-helper';

const file = (): RegistrationFile => fileOf(fileAnswer());
const products = () => formView(formAnswer()).products;

function ok(result: EditResult) {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result;
}

describe('the basket PUT', () => {
  it('is the file basket, trimmed, in the contract shape', () => {
    const source = file();
    source.participants[0] = { ...source.participants[0]!, lastName: '  Martin ' };
    const body = basketOf(source);
    expect(Object.keys(body)).toEqual(['accessCode', 'participants', 'lines']);
    expect(body.participants[0]).toEqual({ lastName: 'Martin', firstName: 'Anne', organisation: 'CHU de Nantes', companion: null });
    expect(body.lines).toEqual(fileAnswer().lines);
  });
});

describe('adding a line', () => {
  it('merges persons into the product’s per-person line (nobody booked twice)', () => {
    const result = ok(applyEdit(file(), { kind: 'add-line', line: { productId: 'lunch-d1', persons: ['p1', 'p0'], arrival: null, nights: null, quantity: null } }));
    expect(result.basket.lines).toHaveLength(4);
    expect(result.basket.lines[2]?.persons).toEqual(['p0', 'p1', 'p1c']);
    expect(result.origins[2]).toEqual({ kind: 'edited', index: 2 });
    expect(result.origins[0]).toEqual({ kind: 'kept', index: 0 });
  });

  it('adds to the quantity of a per-unit line', () => {
    const result = ok(applyEdit(file(), { kind: 'add-line', line: { productId: 'parking', persons: null, arrival: null, nights: null, quantity: 3 } }));
    expect(result.basket.lines[3]?.quantity).toBe(5);
  });

  it('appends each room as its own line', () => {
    const room = { productId: 'hx-double', persons: ['p0'], arrival: '2026-06-11', nights: 1, quantity: null };
    const result = ok(applyEdit(file(), { kind: 'add-line', line: room }));
    expect(result.basket.lines).toHaveLength(5);
    expect(result.basket.lines[4]).toEqual(room);
    expect(result.origins[4]).toEqual({ kind: 'edited', index: null });
  });

  it('does not change the file it was applied to', () => {
    const source = file();
    applyEdit(source, { kind: 'add-line', line: { productId: 'lunch-d1', persons: ['p1'], arrival: null, nights: null, quantity: null } });
    expect(source.lines[2]?.persons).toEqual(['p0', 'p1c']);
  });
});

describe('removing a line', () => {
  it('drops it and keeps where the others came from', () => {
    const source = file();
    const result = ok(applyEdit(source, { kind: 'remove-line', index: 1, line: source.lines[1]! }));
    expect(result.basket.lines.map((line) => line.productId)).toEqual(['fee', 'lunch-d1', 'parking']);
    expect(result.origins).toEqual([{ kind: 'kept', index: 0 }, { kind: 'kept', index: 2 }, { kind: 'kept', index: 3 }]);
  });

  it('finds the line again after a reload moved it', () => {
    const source = file();
    const target = source.lines[2]!;
    const reloaded = { ...source, lines: [source.lines[3]!, ...source.lines.slice(0, 3)] };
    const result = ok(applyEdit(reloaded, { kind: 'remove-line', index: 2, line: target }));
    expect(result.basket.lines.map((line) => line.productId)).toEqual(['parking', 'fee', 'hx-double']);
  });

  it('says so when the line is gone', () => {
    const source = file();
    const changed = { ...source, lines: source.lines.filter((_, i) => i !== 2) };
    expect(applyEdit(changed, { kind: 'remove-line', index: 2, line: source.lines[2]! })).toEqual({ ok: false, reason: 'line-gone' });
  });
});

describe('changing participants', () => {
  it('renames without touching the lines', () => {
    const draft = draftOf(file().participants);
    draft[0]!.firstName = 'Annie';
    const result = ok(applyEdit(file(), { kind: 'participants', participants: draft, products: products() }));
    expect(result.basket.participants[0]?.firstName).toBe('Annie');
    expect(result.basket.lines).toEqual(fileAnswer().lines);
    expect(result.origins.every((origin) => origin.kind === 'kept')).toBe(true);
  });

  it('moves the lines of the following persons when one is removed (p1 becomes p0)', () => {
    const draft = draftOf(file().participants).slice(1);
    const result = ok(applyEdit(file(), { kind: 'participants', participants: draft, products: products() }));
    expect(result.basket.participants.map((p) => p.lastName)).toEqual(['Durand']);
    expect(result.basket.lines).toEqual([
      { productId: 'fee', persons: ['p0'], arrival: null, nights: null, quantity: null },
      { productId: 'hx-double', persons: ['p0', 'p0c'], arrival: '2026-06-10', nights: 2, quantity: null },
      { productId: 'lunch-d1', persons: ['p0c'], arrival: null, nights: null, quantity: null },
      { productId: 'parking', persons: null, arrival: null, nights: null, quantity: 2 },
    ]);
    expect(result.origins.map((origin) => origin.kind)).toEqual(['edited', 'edited', 'edited', 'kept']);
  });

  it('takes a removed companion off every line and drops lines left empty', () => {
    const draft = draftOf(file().participants);
    draft[1]!.companion = null;
    const changed = { ...file(), lines: [...file().lines, { productId: 'companion-visit', persons: ['p1c'], arrival: null, nights: null, quantity: null }] };
    expect(linesDroppedBy(changed, draft)).toEqual([4]);
    const result = ok(applyEdit(changed, { kind: 'participants', participants: draft, products: products() }));
    expect(result.basket.lines.map((line) => line.persons)).toEqual([['p0', 'p1'], ['p1'], ['p0'], null]);
    expect(result.basket.participants[1]?.companion).toBeNull();
  });

  it('gives a newcomer the mandatory fee, and a new companion nothing meant for attendees only', () => {
    const draft: DraftParticipant[] = [
      ...draftOf(file().participants),
      { origin: null, lastName: 'Petit', firstName: 'Zoé', organisation: '', companion: { lastName: 'Petit', firstName: 'Max', existing: false } },
    ];
    expect(newPersons(draft)).toEqual(['p2', 'p2c']);
    const result = ok(applyEdit(file(), { kind: 'participants', participants: draft, products: products() }));
    expect(result.basket.lines[0]?.persons).toEqual(['p0', 'p1', 'p2']);
    expect(result.origins[0]).toEqual({ kind: 'edited', index: 0 });
  });

  it('maps a companion kept under a moved participant', () => {
    const draft = draftOf(file().participants).reverse();
    expect(Object.fromEntries(personMap(draft))).toEqual({ p1: 'p0', p1c: 'p0c', p0: 'p1' });
  });
});
