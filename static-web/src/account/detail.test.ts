import { describe, expect, it } from 'vitest';
import { formatLocalDate, localDay, methodLabel } from './detail';

describe('payments received', () => {
  it('names the methods, and shows an unknown one as sent', () => {
    expect(methodLabel('cheque')('fr')).toBe('Chèque');
    expect(methodLabel('transfer')('en')).toBe('Bank transfer');
    expect(methodLabel('card')('fr')).toBe('Carte bancaire');
    expect(methodLabel('cash')('fr')).toBe('cash');
  });

  it('dates a payment by its day in the event time zone', () => {
    expect(localDay('2027-03-01T23:30:00Z', 'Europe/Paris')).toBe('2027-03-02');
    expect(localDay('2027-03-01T23:30:00Z', 'UTC')).toBe('2027-03-01');
    expect(localDay('2027-03-01T23:30:00Z', 'Not/AZone')).toBe('2027-03-02');
    expect(localDay('soon', 'Europe/Paris')).toBe('');
  });
});

describe('local dates', () => {
  it('writes the day of an instant like the register pages, in both languages', () => {
    expect(formatLocalDate('2027-03-10T23:30:00Z', 'fr', 'Europe/Paris')).toBe('11 mars 2027');
    expect(formatLocalDate('2027-03-10T09:12:00+00:00', 'en', 'Europe/Paris')).toBe('10 March 2027');
    expect(formatLocalDate('unknown', 'fr', 'Europe/Paris')).toBe('unknown');
  });
});
