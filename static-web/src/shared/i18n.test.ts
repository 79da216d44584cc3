import { describe, expect, it } from 'vitest';
import {
  createI18n,
  createTranslator,
  formatDateRange,
  message,
  STORAGE_KEY,
  translate,
  type LanguageEnv,
} from './i18n';

function fakeEnv(stored?: string): LanguageEnv & { saved: Map<string, string> } {
  const saved = new Map<string, string>(stored === undefined ? [] : [[STORAGE_KEY, stored]]);
  return {
    saved,
    storage: { getItem: (key) => saved.get(key) ?? null, setItem: (key, value) => void saved.set(key, value) },
    root: { lang: '' },
  };
}

// ICU puts thin or narrow no-break spaces around range dashes; compare the words, not the spacing.
const normalise = (text: string) => text.replace(/[\s\u202f\u2009\u00a0]+/g, ' ').replace(/ ?– ?/g, ' – ');

describe('language state', () => {
  it('starts in French when nothing is stored and marks <html lang>', () => {
    const env = fakeEnv();
    const i18n = createI18n(env);
    expect(i18n.lang).toBe('fr');
    expect(env.root?.lang).toBe('fr');
    expect(i18n.t('home.heading')).toBe('Événements à venir');
  });

  it('switching to English translates, saves the choice, updates <html lang> and notifies', () => {
    const env = fakeEnv();
    const i18n = createI18n(env);
    const heard: string[] = [];
    i18n.onChange((lang) => heard.push(lang));

    i18n.setLanguage('en');

    expect(i18n.t('home.heading')).toBe('Upcoming events');
    expect(env.saved.get(STORAGE_KEY)).toBe('en');
    expect(env.root?.lang).toBe('en');
    expect(heard).toEqual(['en']);
  });

  it('restores the saved language on the next page', () => {
    const env = fakeEnv('en');
    expect(createI18n(env).lang).toBe('en');
    expect(env.root?.lang).toBe('en');
  });

  it('ignores an unknown saved language and falls back to French', () => {
    expect(createI18n(fakeEnv('de')).lang).toBe('fr');
  });

  it('keeps working when storage throws', () => {
    const i18n = createI18n({
      storage: {
        getItem: () => {
          throw new Error('blocked');
        },
        setItem: () => {
          throw new Error('blocked');
        },
      },
      root: null,
    });
    expect(i18n.lang).toBe('fr');
    i18n.setLanguage('en');
    expect(i18n.lang).toBe('en');
  });

  it('does not notify when the language does not change', () => {
    const i18n = createI18n(fakeEnv());
    let calls = 0;
    i18n.onChange(() => calls++);
    i18n.setLanguage('fr');
    expect(calls).toBe(0);
  });
});

describe('translation', () => {
  it('falls back to French when an English text is missing, then to the key', () => {
    const t = createTranslator<'hello' | 'bye'>({ fr: { hello: 'Bonjour', bye: 'Au revoir' }, en: { hello: 'Hello' } });
    expect(t('en', 'hello')).toBe('Hello');
    expect(t('en', 'bye')).toBe('Au revoir');
    expect(t('en', 'nope' as 'bye')).toBe('nope');
  });

  it('fills in parameters in both languages', () => {
    const params = { name: 'Marie Dupont', roles: 'Admin' };
    expect(translate('fr', 'admin.signedInAs', params)).toBe('Connecté en tant que Marie Dupont (Admin)');
    expect(translate('en', 'admin.signedInAs', params)).toBe('Signed in as Marie Dupont (Admin)');
  });

  it('makes messages that follow the language they are rendered in', () => {
    const text = message('provider.requestHeading');
    expect(text('fr')).toBe('Lien expiré ou introuvable\u00a0?');
    expect(text('en')).toBe('Link expired or lost?');
  });
});

describe('formatDateRange', () => {
  it('formats a two-day event in French and English', () => {
    expect(normalise(formatDateRange('2027-04-08', '2027-04-09', 'fr'))).toBe('8 – 9 avril 2027');
    expect(normalise(formatDateRange('2027-04-08', '2027-04-09', 'en'))).toBe('8 – 9 April 2027');
  });

  it('names both months when the event spans two months', () => {
    expect(normalise(formatDateRange('2027-04-30', '2027-05-02', 'fr'))).toBe('30 avril – 2 mai 2027');
    expect(normalise(formatDateRange('2027-04-30', '2027-05-02', 'en'))).toBe('30 April – 2 May 2027');
  });

  it('shows a single date for a one-day event', () => {
    expect(normalise(formatDateRange('2027-01-01', '2027-01-01', 'fr'))).toBe('1 janvier 2027');
    expect(normalise(formatDateRange('2027-01-01', '2027-01-01', 'en'))).toBe('1 January 2027');
  });

  it('does not shift the calendar day whatever the machine time zone', () => {
    // Date-only values are calendar days: no time-zone conversion may turn 8 April into the 7th.
    expect(formatDateRange('2027-04-08', '2027-04-08', 'fr')).toMatch(/^8 avril 2027$/);
  });

  it('returns the raw text when the start date is not a date', () => {
    expect(formatDateRange('2027-02-30', '2027-03-01', 'fr')).toBe('2027-02-30');
    expect(formatDateRange('soon', '', 'en')).toBe('soon');
  });
});
