import { describe, expect, it } from 'vitest';
import { amountInputValue, dayIn, formatMoney, parseAmount, toCents } from './money';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts', () => {
  it('are shown in euros the French and the English way', () => {
    expect(spaces(formatMoney(1234.5, 'fr'))).toBe('1 234,50 €');
    expect(formatMoney(1234.5, 'en')).toBe('€1,234.50');
    expect(spaces(formatMoney(-30, 'fr'))).toBe('-30,00 €');
  });

  it('are read as staff type them', () => {
    expect(parseAmount('120,50')).toBe(120.5);
    expect(parseAmount('120.5')).toBe(120.5);
    expect(parseAmount('1 234,56')).toBe(1234.56);
    expect(parseAmount('1\u202f234,56 €')).toBe(1234.56);
    expect(parseAmount('1,234.56')).toBe(1234.56);
    expect(parseAmount('1.234,56')).toBe(1234.56);
    expect(parseAmount('50')).toBe(50);
  });

  it('refuse what is not a positive amount in cents', () => {
    for (const text of ['', 'abc', '-5', '0', '0,00', '12,345', '1e3', '12,', ',5', '2000000']) expect(parseAmount(text), text).toBeNull();
  });

  it('are compared in cents', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(105.75 * 2)).toBe(21150);
  });

  it('fill the amount field in the page language', () => {
    expect(amountInputValue(1234.5, 'fr')).toBe('1234,50');
    expect(amountInputValue(1234.5, 'en')).toBe('1234.50');
  });

  it('give today in the event time zone', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(dayIn(lateEvening, 'Europe/Paris')).toBe('2026-03-02');
    expect(dayIn(lateEvening, 'America/New_York')).toBe('2026-03-01');
    expect(dayIn(lateEvening, 'Not/AZone')).toBe('2026-03-02');
  });
});
