import { describe, expect, it } from 'vitest';
import type { BasketLine } from './basket';
import { product, room } from './fixtures.test-helper';
import {
  BASKET_STEP,
  CONTACT_STEP,
  firstStepWithProblem,
  locateProblem,
  normalisePath,
  PAYMENT_STEP,
  readProblems,
  type ProblemEntry,
} from './problems';

const products = [
  product({ id: 'fee', stepId: 'fee' }),
  room('adagio-dble-b1', 'adagio', 105.75, 2),
  product({ id: 'lunch-thu', stepId: 'meals' }),
];
const lines: BasketLine[] = [
  { productId: 'fee', persons: ['p0', 'p1'] },
  { productId: 'adagio-dble-b1', persons: ['p0', 'p0c'], arrival: '2027-03-24', nights: 2 },
  { productId: 'lunch-thu', persons: ['p0', 'p0c', 'p1'] },
];
const entry = (path: string): ProblemEntry => ({ path, message: () => path });
const place = (path: string) => {
  const { step, line, field } = locateProblem(entry(path), lines, products, 'participants');
  return { step, line, field };
};

describe('problem field paths', () => {
  it('sends a line problem to the step of the line’s product, with the line number', () => {
    expect(place('lines[2].persons')).toEqual({ step: 'meals', line: 2, field: null });
    expect(place('lines[1]')).toEqual({ step: 'hotels', line: 1, field: null });
    expect(place('lines[0].persons[1]')).toEqual({ step: 'fee', line: 0, field: null });
  });

  it('sends a step rule (steps.evenings) to that step', () => {
    expect(place('steps.evenings')).toEqual({ step: 'evenings', line: null, field: null });
    expect(place('steps')).toEqual({ step: BASKET_STEP, line: null, field: null });
  });

  it('keeps problems on unknown lines and on the whole basket on the basket step', () => {
    expect(place('lines[9].persons')).toEqual({ step: BASKET_STEP, line: null, field: null });
    expect(place('lines')).toEqual({ step: BASKET_STEP, line: null, field: null });
    expect(place('')).toEqual({ step: BASKET_STEP, line: null, field: null });
    expect(place('accessCode')).toEqual({ step: BASKET_STEP, line: null, field: null });
  });

  it('sends participant problems to the participants step with their field path', () => {
    expect(place('participants[1].companion.lastName')).toEqual({
      step: 'participants',
      line: null,
      field: 'participants[1].companion.lastName',
    });
    expect(place('participants')).toEqual({ step: 'participants', line: null, field: null });
  });

  it('sends contact, terms and payment problems to their steps', () => {
    expect(place('contact.email')).toEqual({ step: CONTACT_STEP, line: null, field: 'email' });
    expect(place('acceptTerms')).toEqual({ step: CONTACT_STEP, line: null, field: 'acceptTerms' });
    expect(place('paymentMethod')).toEqual({ step: PAYMENT_STEP, line: null, field: 'paymentMethod' });
  });

  it('reads ASP.NET-style paths the same way', () => {
    expect(normalisePath('$.Lines[2].Persons')).toBe('lines[2].persons');
    expect(normalisePath('Contact.Email')).toBe('contact.email');
    expect(place('Lines[2].Persons')).toEqual({ step: 'meals', line: 2, field: null });
  });

  it('finds the earliest step to send the person back to', () => {
    const problems = ['contact.email', 'lines[2].persons', 'lines[1]'].map((path) =>
      locateProblem(entry(path), lines, products, 'participants'),
    );
    expect(firstStepWithProblem(problems, ['participants', 'fee', 'hotels', 'meals', BASKET_STEP, CONTACT_STEP])).toBe('hotels');
    expect(firstStepWithProblem([], ['participants'])).toBeNull();
  });
});

describe('reading problem details', () => {
  it('keeps every message with its path, bilingual', () => {
    const problems = readProblems({
      status: 400,
      errors: {
        'lines[1].persons': [{ code: 'audience', fr: 'Accompagnant non admis.', en: 'Companion not allowed.' }],
        lines: [
          { code: 'mandatory', fr: 'Droits manquants pour p1.', en: 'Fee missing for p1.' },
          { code: 'choice', fr: 'Une soirée par participant.', en: 'One evening per attendee.' },
        ],
      },
    });
    expect(problems.map((p) => [p.path, p.message('fr'), p.message('en')])).toEqual([
      ['lines[1].persons', 'Accompagnant non admis.', 'Companion not allowed.'],
      ['lines', 'Droits manquants pour p1.', 'Fee missing for p1.'],
      ['lines', 'Une soirée par participant.', 'One evening per attendee.'],
    ]);
  });

  it('falls back on the detail when there are no field errors', () => {
    const [only] = readProblems({ status: 409, detail: 'Not enough stock.', detail_fr: 'Stock insuffisant.' });
    expect(only?.path).toBe('');
    expect(only?.message('fr')).toBe('Stock insuffisant.');
    expect(only?.message('en')).toBe('Not enough stock.');
    expect(readProblems(null)).toEqual([]);
  });
});
