import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysFrom, formatDates, formatDay, formatInstant, formatMoney, stayText } from './format';

// ICU uses narrow no-break spaces in French numbers and dates; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('money', () => {
  it('formats euros the French way', () => {
    expect(plain(formatMoney(105.75, 'fr'))).toBe('105,75 €');
    expect(plain(formatMoney(1476.7, 'fr'))).toBe('1 476,70 €');
    expect(plain(formatMoney(0, 'fr'))).toBe('0,00 €');
  });

  it('formats euros the British way', () => {
    expect(formatMoney(105.75, 'en')).toBe('€105.75');
    expect(formatMoney(1476.7, 'en')).toBe('€1,476.70');
  });
});

describe('calendar days', () => {
  it('adds days across months and years', () => {
    expect(addDays('2027-03-30', 3)).toBe('2027-04-02');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-24', -2)).toBe('2027-03-22');
  });

  it('keeps whole days across the daylight-saving change (Paris, 28 March 2027)', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysFrom('2027-03-22', '2027-03-28')).toHaveLength(7);
  });

  it('lists the arrival dates from two days before to two days after the event', () => {
    expect(daysFrom(addDays('2027-03-24', -2), addDays('2027-03-26', 2))).toEqual([
      '2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28',
    ]);
  });

  it('formats a day without shifting it, in both languages', () => {
    expect(plain(formatDay('2027-03-24', 'fr', 'long'))).toBe('mercredi 24 mars 2027');
    expect(plain(formatDay('2027-03-24', 'en', 'long'))).toBe('Wednesday, 24 March 2027');
    expect(formatDay('not a date', 'fr')).toBe('not a date');
  });

  it('shows a product date or date range', () => {
    expect(plain(formatDates(['2027-03-25'], 'fr'))).toBe('jeudi 25 mars 2027');
    expect(plain(formatDates(['2027-03-24', '2027-03-26'], 'en')).replace(/\s*–\s*/, '–')).toBe('24–26 March 2027');
    expect(formatDates([], 'fr')).toBe('');
  });

  it('describes a stay by its first night and departure day', () => {
    expect(plain(stayText('2027-03-24', 2)('fr'))).toBe('Du mer. 24 mars 2027 au ven. 26 mars 2027 (2 nuits)');
    expect(plain(stayText('2027-03-24', 1)('en'))).toBe('From Wed, 24 Mar 2027 to Thu, 25 Mar 2027 (1 night)');
  });
});

describe('instants in the event time zone', () => {
  it('shows a UTC instant at the event’s local time', () => {
    expect(plain(formatInstant('2027-03-24T13:30:00Z', 'fr', 'Europe/Paris'))).toBe('24 mars 2027 à 14:30');
    expect(plain(formatInstant('2027-03-24T13:30:00Z', 'en', 'America/Martinique'))).toBe('24 March 2027 at 09:30');
  });

  it('shows a plain due date as a day', () => {
    expect(plain(formatInstant('2027-04-01', 'fr', 'Europe/Paris'))).toBe('jeudi 1 avril 2027');
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatInstant('soon', 'fr', 'Europe/Paris')).toBe('soon');
  });
});
