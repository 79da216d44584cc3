import { describe, expect, it } from 'vitest';
import { formView, type Product } from '../../register/model';
import { formAnswer } from './fixtures.test-helper';
import { checkLine, eligible, maxNightsFrom } from './line-draft';

const products = (): Product[] => formView(formAnswer()).products;
const persons = ['p0', 'p1', 'p1c'];
const draft = (values: Partial<Parameters<typeof checkLine>[0]>) => ({ productId: '', persons: [], arrival: '', nights: '', quantity: '', ...values });
const keys = (result: ReturnType<typeof checkLine>) => (result.ok ? [] : [...result.errors.keys()].sort());

describe('the line a product makes', () => {
  it('per person: the persons ticked, in order, without those already booked', () => {
    const result = checkLine(draft({ productId: 'lunch-d1', persons: ['p1c', 'p1', 'p0'] }), products(), persons, ['p0']);
    expect(result).toEqual({ ok: true, line: { productId: 'lunch-d1', persons: ['p1', 'p1c'], arrival: null, nights: null, quantity: null } });
  });

  it('per person: someone to book is required', () => {
    expect(keys(checkLine(draft({ productId: 'lunch-d1', persons: ['p0'] }), products(), persons, ['p0']))).toEqual(['persons']);
  });

  it('keeps companions off attendee-only products', () => {
    expect(eligible(products()[0]!, persons)).toEqual(['p0', 'p1']);
    expect(keys(checkLine(draft({ productId: 'fee', persons: ['p1c'] }), products(), persons))).toEqual(['persons']);
  });

  it('room: occupants, first night and nights inside the nights offered', () => {
    const room = draft({ productId: 'hx-double', persons: ['p0'], arrival: '2026-06-10', nights: '2' });
    expect(checkLine(room, products(), persons)).toEqual({
      ok: true,
      line: { productId: 'hx-double', persons: ['p0'], arrival: '2026-06-10', nights: 2, quantity: null },
    });
    expect(keys(checkLine({ ...room, nights: '3' }, products(), persons))).toEqual(['nights']);
    expect(keys(checkLine({ ...room, arrival: '2026-06-12' }, products(), persons))).toEqual(['arrival']);
    expect(keys(checkLine({ ...room, persons: ['p0', 'p1', 'p1c'] }, products(), persons))).toEqual(['persons']);
    expect(keys(checkLine({ ...room, nights: '0' }, products(), persons))).toEqual(['nights']);
  });

  it('room: the nights field knows how many nights are left', () => {
    expect(maxNightsFrom(products()[1]!, '2026-06-10')).toBe(2);
    expect(maxNightsFrom(products()[1]!, '2026-06-11')).toBe(1);
  });

  it('per unit: a quantity from 1 to 50', () => {
    expect(checkLine(draft({ productId: 'parking', quantity: '3' }), products(), persons)).toEqual({
      ok: true,
      line: { productId: 'parking', persons: null, arrival: null, nights: null, quantity: 3 },
    });
    expect(keys(checkLine(draft({ productId: 'parking', quantity: '51' }), products(), persons))).toEqual(['quantity']);
    expect(keys(checkLine(draft({ productId: 'parking', quantity: '1.5' }), products(), persons))).toEqual(['quantity']);
  });

  it('needs a product of the form', () => {
    expect(keys(checkLine(draft({ productId: 'nope' }), products(), persons))).toEqual(['productId']);
  });
});
