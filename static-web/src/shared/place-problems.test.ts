import { describe, expect, it } from 'vitest';
import { placeProblems } from './problem-details';

const problem = (errors: Record<string, unknown>) => ({ status: 400, title: 'Some fields are invalid.', title_fr: 'Certains champs sont invalides.', errors });

describe('server errors on the screen', () => {
  it('go under the control named by the exact path, in French and English', () => {
    const body = problem({
      'steps[1].title.fr': [{ code: 'required', fr: 'Ce champ est obligatoire.', en: 'This field is required.' }],
      'slots.2027-03-24': [{ code: 'invalid', fr: 'Inférieur à ce qui est déjà réservé.', en: 'Below what is already booked.' }],
    });
    const placed = placeProblems(body, ['steps[1].title.fr', 'steps[1].title.en', 'slots.2027-03-24']);
    expect(placed.fields.get('steps[1].title.fr')?.('fr')).toBe('Ce champ est obligatoire.');
    expect(placed.fields.get('slots.2027-03-24')?.('en')).toBe('Below what is already booked.');
    expect(placed.fields.has('steps[1].title.en')).toBe(false);
    expect(placed.rest).toEqual([]);
  });

  it('keep errors on fields the screen lacks, with the field name', () => {
    const placed = placeProblems(problem({ iban: [{ code: 'invalid', fr: 'IBAN invalide (clé de contrôle).', en: 'Invalid IBAN (check digits).' }] }), ['title']);
    expect(placed.fields.size).toBe(0);
    expect(placed.rest.map((m) => m('en'))).toEqual(['iban: Invalid IBAN (check digits).']);
    expect(placed.rest.map((m) => m('fr'))).toEqual(['iban\u00a0: IBAN invalide (clé de contrôle).']);
  });

  it('fall back to the problem’s detail when no field is named', () => {
    const placed = placeProblems({ status: 409, detail: 'An event with this id already exists.', detail_fr: 'Un événement porte déjà cet identifiant.' }, []);
    expect(placed.rest.map((m) => m('fr'))).toEqual(['Un événement porte déjà cet identifiant.']);
  });
});
