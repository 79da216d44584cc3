import { describe, expect, it } from 'vitest';
import { emptyContact } from './basket';
import { toContactBody, validateContact } from './contact';

describe('contact checks', () => {
  const valid = { ...emptyContact(), email: 'claire@example.org', lastName: 'Martin', firstName: 'Claire', address: '1 rue Neuve', postalCode: '69001', city: 'Lyon' };
  const check = (changes: object, password = '', repeat = password, acceptTerms = true) =>
    Object.keys(validateContact({ contact: { ...valid, ...changes }, password, passwordRepeat: repeat, acceptTerms })).sort();

  it('accepts a complete contact without password, and without first name', () => {
    expect(check({})).toEqual([]);
    expect(check({ firstName: '' })).toEqual([]);
    expect(check({ lastName: '' })).toEqual(['lastName']);
  });

  it('requires the address fields, a 5-digit French postcode and the terms', () => {
    expect(check({ city: ' ', postalCode: '6900' }, '', '', false)).toEqual(['acceptTerms', 'city', 'postalCode']);
    expect(check({ postalCode: 'SW1A 1AA', country: 'GB' })).toEqual([]);
  });

  it('wants a 10-character password typed twice the same, when one is given', () => {
    expect(check({}, 'short')).toEqual(['password']);
    expect(check({}, 'long enough!', 'long enough?')).toEqual(['passwordRepeat']);
    expect(check({}, 'long enough!')).toEqual([]);
  });

  it('checks phone numbers only when given', () => {
    expect(check({ phone: 'call me' })).toEqual(['phone']);
    expect(check({ mobile: '+33 6 12 34 56 78' })).toEqual([]);
  });
});

describe('contact sent to the API', () => {
  it('trims values and sends blanks as null', () => {
    const body = toContactBody({ ...emptyContact(), email: ' claire@example.org ', lastName: 'Martin', phone: '  ', comment: '' }, '');
    expect(body).toMatchObject({ email: 'claire@example.org', phone: null, comment: null, password: null, civility: null, country: 'FR' });
    expect(toContactBody(emptyContact(), 'a long secret').password).toBe('a long secret');
  });
});
