import { describe, expect, it } from 'vitest';
import { emptyContact } from './basket';
import { toContactBody, validateContact } from './contact';

describe('contact checks', () => {
  const valid = { ...emptyContact(), email: 'claire@example.org', lastName: 'Martin', firstName: 'Claire', address: '1 rue Neuve', postalCode: '69001', city: 'Lyon' };
  const check = (changes: object, acceptTerms = true) =>
    Object.keys(validateContact({ contact: { ...valid, ...changes }, acceptTerms })).sort();

  it('accepts a complete contact, with or without the personal space, and without first name', () => {
    expect(check({})).toEqual([]);
    expect(check({ createAccount: true })).toEqual([]);
    expect(check({ firstName: '' })).toEqual([]);
    expect(check({ lastName: '' })).toEqual(['lastName']);
  });

  it('requires the address fields, a 5-digit French postcode and the terms', () => {
    expect(check({ city: ' ', postalCode: '6900' }, false)).toEqual(['acceptTerms', 'city', 'postalCode']);
    expect(check({ postalCode: 'SW1A 1AA', country: 'GB' })).toEqual([]);
  });

  it('checks phone numbers only when given', () => {
    expect(check({ phone: 'call me' })).toEqual(['phone']);
    expect(check({ mobile: '+33 6 12 34 56 78' })).toEqual([]);
  });
});

describe('contact sent to the API', () => {
  it('trims values and sends blanks as null', () => {
    const body = toContactBody({ ...emptyContact(), email: ' claire@example.org ', lastName: 'Martin', phone: '  ', comment: '' });
    expect(body).toMatchObject({ email: 'claire@example.org', phone: null, comment: null, civility: null, country: 'FR' });
  });

  it('asks for the personal space with createAccount, never with a password', () => {
    expect(toContactBody(emptyContact()).createAccount).toBe(false);
    expect(toContactBody({ ...emptyContact(), createAccount: true }).createAccount).toBe(true);
    // A contact saved by an older version may still carry a password: it is not sent.
    const old = { ...emptyContact(), createAccount: true, password: 'a long secret' };
    expect(Object.keys(toContactBody(old))).not.toContain('password');
    expect(JSON.stringify(toContactBody(old))).not.toContain('a long secret');
  });
});
