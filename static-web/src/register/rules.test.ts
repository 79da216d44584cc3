import { describe, expect, it } from 'vitest';
import type { BasketLine } from './basket';
import { product, room } from './fixtures.test-helper';
import { audienceAllows, eligiblePersons, type Participant } from './persons';
import { audienceProblems, checkChoice, occupancyProblem, roomConflicts } from './rules';

const withCompanion: Participant = { lastName: 'Martin', firstName: 'Claire', organisation: '', companion: { lastName: 'Martin', firstName: 'Paul' } };
const alone: Participant = { lastName: 'Durand', firstName: 'Ali', organisation: '', companion: null };
const participants = [withCompanion, alone];

const eveningOt = product({ id: 'evening-ot', stepId: 'evenings', audience: 'attendees' });
const eveningGala = product({ id: 'evening-gala', stepId: 'evenings', audience: 'attendees' });
const eveningAll = product({ id: 'evening-all', stepId: 'evenings', audience: 'both' });

describe('audience', () => {
  it('lets attendees book attendee and shared products, companions companion and shared ones', () => {
    expect(audienceAllows('attendees', 'attendee')).toBe(true);
    expect(audienceAllows('attendees', 'companion')).toBe(false);
    expect(audienceAllows('companions', 'attendee')).toBe(false);
    expect(audienceAllows('companions', 'companion')).toBe(true);
    expect(audienceAllows('both', 'companion')).toBe(true);
  });

  it('lists companions only for products whose audience allows them', () => {
    const ids = (audience: 'attendees' | 'companions' | 'both') =>
      eligiblePersons({ audience }, participants).map((person) => person.id);
    expect(ids('attendees')).toEqual(['p0', 'p1']);
    expect(ids('companions')).toEqual(['p0c']);
    expect(ids('both')).toEqual(['p0', 'p0c', 'p1']);
  });

  it('flags a companion put on an attendee-only line', () => {
    expect(audienceProblems({ productId: 'evening-ot', persons: ['p0', 'p0c', 'p1'] }, eveningOt)).toEqual(['p0c']);
    expect(audienceProblems({ productId: 'evening-all', persons: ['p0', 'p0c'] }, eveningAll)).toEqual([]);
  });
});

describe('choice rules, per person', () => {
  it('exactlyOne: everyone who may book must have exactly one', () => {
    const lines: BasketLine[] = [{ productId: 'evening-ot', persons: ['p0'] }];
    expect(checkChoice('exactlyOne', [eveningOt, eveningGala], lines, participants)).toEqual([
      { personId: 'p1', rule: 'exactlyOne', count: 0 },
    ]);
  });

  it('exactlyOne: two products for the same person is one too many', () => {
    const lines: BasketLine[] = [
      { productId: 'evening-ot', persons: ['p0', 'p1'] },
      { productId: 'evening-gala', persons: ['p0'] },
    ];
    expect(checkChoice('exactlyOne', [eveningOt, eveningGala], lines, participants)).toEqual([
      { personId: 'p0', rule: 'exactlyOne', count: 2 },
    ]);
  });

  it('does not hold companions to a rule among products they cannot book', () => {
    const lines: BasketLine[] = [{ productId: 'evening-ot', persons: ['p0', 'p1'] }];
    expect(checkChoice('exactlyOne', [eveningOt, eveningGala], lines, participants)).toEqual([]);
  });

  it('holds companions to it when a product of the step is open to them', () => {
    const lines: BasketLine[] = [{ productId: 'evening-all', persons: ['p0', 'p1'] }];
    expect(checkChoice('exactlyOne', [eveningOt, eveningAll], lines, participants)).toEqual([
      { personId: 'p0c', rule: 'exactlyOne', count: 0 },
    ]);
  });

  it('atMostOne accepts none or one, not two', () => {
    const one: BasketLine[] = [{ productId: 'evening-ot', persons: ['p0'] }];
    expect(checkChoice('atMostOne', [eveningOt, eveningGala], one, participants)).toEqual([]);
    const two: BasketLine[] = [...one, { productId: 'evening-gala', persons: ['p0'] }];
    expect(checkChoice('atMostOne', [eveningOt, eveningGala], two, participants)).toEqual([
      { personId: 'p0', rule: 'atMostOne', count: 2 },
    ]);
  });

  it('ignores lines of other steps and steps without a rule', () => {
    const lines: BasketLine[] = [{ productId: 'lunch', persons: ['p0', 'p1'] }];
    expect(checkChoice('exactlyOne', [eveningOt], lines, participants).map((p) => p.personId)).toEqual(['p0', 'p1']);
    expect(checkChoice('none', [eveningOt], [], participants)).toEqual([]);
  });

  it('counts a room once per person in it', () => {
    const rooms = [room('dble', 'h1', 100, 2), room('sgl', 'h1', 80, 1)];
    const lines: BasketLine[] = [
      { productId: 'dble', persons: ['p0', 'p0c'], arrival: '2027-03-24', nights: 2 },
      { productId: 'sgl', persons: ['p0'], arrival: '2027-03-24', nights: 2 },
    ];
    expect(checkChoice('atMostOne', rooms, lines, participants)).toEqual([{ personId: 'p0', rule: 'atMostOne', count: 2 }]);
  });
});

describe('rooms', () => {
  it('finds a person in two rooms on a shared night, not on back-to-back stays', () => {
    const lines: BasketLine[] = [
      { productId: 'dble', persons: ['p0', 'p0c'], arrival: '2027-03-24', nights: 2 },
      { productId: 'sgl', persons: ['p0'], arrival: '2027-03-25', nights: 1 },
      { productId: 'sgl', persons: ['p0c'], arrival: '2027-03-26', nights: 1 },
      { productId: 'fee', persons: ['p0'] },
    ];
    expect(roomConflicts(lines)).toEqual([{ personId: 'p0', lines: [0, 1] }]);
  });

  it('needs someone in a room, and no more than its maximum', () => {
    const double = room('dble', 'h1', 100, 2);
    expect(occupancyProblem([], double)).toBe('empty');
    expect(occupancyProblem(['p0', 'p0c'], double)).toBeNull();
    expect(occupancyProblem(['p0', 'p0c', 'p1'], double)).toBe('tooMany');
    expect(occupancyProblem(['p0', 'p0c', 'p1'], { maxOccupancy: null })).toBeNull();
  });
});
