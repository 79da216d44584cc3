import { describe, expect, it } from 'vitest';
import { isEditConflict, problemType, reportProblems, unplacedMessages } from './problems';

const problem = (type: string, errors: Record<string, { code: string; fr: string; en: string }[]>, status = 409) => ({
  type: `https://congress.example/problems/${type}`,
  title: 'Conflict.', title_fr: 'Conflit.', detail: 'Detail.', detail_fr: 'Détail.', status, errors,
});
const e = (fr: string, en = fr) => [{ code: 'x', fr, en }];
const texts = (messages: readonly ((lang: 'fr' | 'en') => string)[] | undefined, lang: 'fr' | 'en' = 'fr') => (messages ?? []).map((m) => m(lang));

describe('problem types', () => {
  it('reads the last segment of the type', () => {
    expect(problemType(problem('sold-out', {}))).toBe('sold-out');
    expect(problemType({ title: 'x' })).toBe('');
  });

  it('knows an edit conflict from a sold-out 409', () => {
    expect(isEditConflict(409, problem('edit-conflict', {}))).toBe(true);
    expect(isEditConflict(409, problem('sold-out', {}))).toBe(false);
    expect(isEditConflict(412, null)).toBe(true);
    expect(isEditConflict(428, null)).toBe(true);
    expect(isEditConflict(400, problem('edit-conflict', {}, 400))).toBe(false);
  });
});

describe('placing errors', () => {
  const origins = [
    { kind: 'kept', index: 0 },
    { kind: 'kept', index: 2 },
    { kind: 'edited', index: null },
  ] as const;

  it('puts errors on untouched lines next to those lines, by their place in the file', () => {
    const report = reportProblems(problem('sold-out', { 'lines[1]': e('Plus que 2 places.', 'Only 2 left.') }), [...origins]);
    expect(texts(report.lines.get(2))).toEqual(['Plus que 2 places.']);
    expect(texts(report.lines.get(1), 'en')).toEqual([]);
    expect(report.type).toBe('sold-out');
  });

  it('puts errors on the line being added on the editor’s fields', () => {
    const report = reportProblems(problem('validation', { 'lines[2].nights': e('Entre 1 et 30 nuits.'), 'lines[2]': e('Complet.') }, 400), [...origins]);
    expect(texts(report.fields.get('nights'))).toEqual(['Entre 1 et 30 nuits.']);
    expect(texts(report.fields.get('line'))).toEqual(['Complet.']);
    expect(report.lines.size).toBe(0);
  });

  it('reads lines[i] as line i when no basket was sent', () => {
    const report = reportProblems(problem('sold-out', { 'Lines[3]': e('Complet.') }));
    expect(texts(report.lines.get(3))).toEqual(['Complet.']);
  });

  it('keeps participant and contact fields under their names', () => {
    const report = reportProblems(problem('validation', {
      'participants[0].lastName': e('Le nom est obligatoire.'),
      'contact.email': e('Email invalide.'),
      receivedOn: e('Date invalide.'),
    }, 400));
    expect([...report.fields.keys()]).toEqual(['participants[0].lastName', 'email', 'receivedOn']);
  });

  it('loses nothing: unknown fields and the whole-request detail go to the form', () => {
    const report = reportProblems(problem('validation', { 'steps.evenings': e('Une soirée par personne.'), email: e('Email invalide.') }, 400));
    expect(texts(unplacedMessages(report, new Set(['email'])))).toEqual(['Une soirée par personne.']);
    const bare = reportProblems({ type: 'x/conflict', title: 'Conflict.', title_fr: 'Conflit.', detail: 'Reference reused.', detail_fr: 'Référence déjà utilisée.' });
    expect(texts(bare.form)).toEqual(['Référence déjà utilisée.']);
  });

  it('names a line sent that does not exist as a form error', () => {
    const report = reportProblems(problem('sold-out', { 'lines[9]': e('Complet.') }), [...origins]);
    expect(texts(report.form)).toEqual(['Complet.']);
  });
});
