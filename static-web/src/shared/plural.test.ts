import { describe, expect, it } from 'vitest';
import { createTranslator, DICTIONARIES, LANGUAGES, localeOf, translate } from './i18n';
import { messageTexts, pluralForm } from './plural';

describe('plural choice', () => {
  it('French treats 0 and 1 as "one", 2 as "other"', () => {
    const fr = localeOf('fr');
    expect([0, 1, 2].map((n) => pluralForm(fr, n))).toEqual(['one', 'one', 'other']);
  });

  it('English treats only 1 as "one"', () => {
    const en = localeOf('en');
    expect([0, 1, 2].map((n) => pluralForm(en, n))).toEqual(['other', 'one', 'other']);
  });

  it('picks the form by count and fills in {count} and the other parameters', () => {
    const t = createTranslator<'stay'>({
      fr: { stay: { one: '{count} nuit à {city}', other: '{count} nuits à {city}' } },
      en: { stay: { one: '{count} night in {city}', other: '{count} nights in {city}' } },
    });
    expect(t('fr', 'stay', { count: 0, city: 'Lyon' })).toBe('0 nuit à Lyon');
    expect(t('fr', 'stay', { count: 1, city: 'Lyon' })).toBe('1 nuit à Lyon');
    expect(t('fr', 'stay', { count: 2, city: 'Lyon' })).toBe('2 nuits à Lyon');
    expect(t('en', 'stay', { count: 0, city: 'Lyon' })).toBe('0 nights in Lyon');
    expect(t('en', 'stay', { count: 1, city: 'Lyon' })).toBe('1 night in Lyon');
    expect(t('en', 'stay', { count: 2, city: 'Lyon' })).toBe('2 nights in Lyon');
  });

  it('writes the count with the language digit grouping', () => {
    const t = createTranslator<'n'>({ fr: { n: { one: '{count} dossier', other: '{count} dossiers' } }, en: {} });
    expect(t('fr', 'n', { count: 1234 }).replace(/\s/g, ' ')).toBe('1 234 dossiers');
  });

  it('falls back to "other" and leaves {count} visible without a count', () => {
    const t = createTranslator<'n'>({ fr: { n: { one: '{count} dossier', other: '{count} dossiers' } }, en: {} });
    expect(t('fr', 'n')).toBe('{count} dossiers');
  });

  it('renders the real tables: registrations, nights, provider selection', () => {
    expect(translate('fr', 'admin.registrations.count', { count: 1 })).toBe('1 inscription');
    expect(translate('en', 'admin.registrations.count', { count: 0 })).toBe('0 registrations');
    expect(translate('fr', 'reg.basket.nights', { count: 2 })).toBe('2 nuits');
    expect(translate('en', 'reg.basket.nights', { count: 1 })).toBe('1 night');
    expect(translate('fr', 'admin.roomBlocks.form.chosen', { count: 1 })).toBe('1 prestataire sélectionné');
    expect(translate('fr', 'admin.finance.registrationsCount', { count: 1 })).toBe('1 dossier');
  });
});

describe('the message tables', () => {
  it('never write "(s)" (or another bracketed plural ending): messages with a count are plurals', () => {
    const bad = LANGUAGES.flatMap((lang) =>
      Object.entries(DICTIONARIES[lang])
        .filter(([, message]) => messageTexts(message).some((text) => /\((s|es|x)\)/i.test(text)))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(bad).toEqual([]);
  });

  it('give both forms of a plural and use {count} in the "other" form', () => {
    const bad = LANGUAGES.flatMap((lang) =>
      Object.entries(DICTIONARIES[lang])
        .filter(([, message]) => typeof message === 'object' && (!message.one || !message.other.includes('{count}')))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(bad).toEqual([]);
  });
});
