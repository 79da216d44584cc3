// French first, English second: every visible string of the front end lives in these two dictionaries.
// French texts put a no-break space (\u00a0) before : ? ! so the mark never starts a line.
// Large page areas keep their texts in their own files (src/register/i18n-*.ts, src/account/i18n-*.ts, src/admin/*/i18n-*.ts,
// src/shared/photos-i18n-*.ts), spread in below.
import { adminEventsEn } from '../admin/events/i18n-en';
import { adminEventsFr } from '../admin/events/i18n-fr';
import { adminFinanceEn } from '../admin/finance/i18n-en';
import { adminFinanceFr } from '../admin/finance/i18n-fr';
import { adminRegistrationsEn } from '../admin/registrations/i18n-en';
import { adminRegistrationsFr } from '../admin/registrations/i18n-fr';
import { adminKitEn } from '../admin/shared/i18n-en';
import { adminKitFr } from '../admin/shared/i18n-fr';
import { adminRoomBlocksEn } from '../admin/roomblocks/i18n-en';
import { adminRoomBlocksFr } from '../admin/roomblocks/i18n-fr';
import { adminStatsEn } from '../admin/stats/i18n-en';
import { adminStatsFr } from '../admin/stats/i18n-fr';
import { adminUsersEn } from '../admin/users/i18n-en';
import { adminUsersFr } from '../admin/users/i18n-fr';
import { accountEn } from '../account/i18n-en';
import { accountFr } from '../account/i18n-fr';
import { providerEn } from '../provider/i18n-en';
import { providerFr } from '../provider/i18n-fr';
import { registerEn } from '../register/i18n-en';
import { registerFr } from '../register/i18n-fr';
import { photosEn } from './photos-i18n-en';
import { photosFr } from './photos-i18n-fr';
import { isPlural, pluralForm, type Message, type Translation } from './plural';

export type { Message, Plural } from './plural';

export type Lang = 'fr' | 'en';
export const LANGUAGES: readonly Lang[] = ['fr', 'en'];
export const DEFAULT_LANG: Lang = 'fr';
/** Endonyms: a language is always named in itself, whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: 'Français', en: 'English' };
const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };
/** The Intl locale of a language: fr-FR, en-GB. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}
export const STORAGE_KEY = 'congres.lang';

const fr = {
  'app.name': 'Congrès',
  'app.tagline': 'Congrès, séminaires et journées professionnelles',
  'nav.skip': 'Aller au contenu',
  'nav.language': 'Langue',
  'nav.footer': 'Liens du site',
  'nav.events': 'Événements',
  'nav.account': 'Mon espace',
  'nav.provider': 'Espace prestataires',
  'nav.staff': 'Accès équipe',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
  'error.unexpected': 'Une erreur inattendue est survenue. Réessayez dans un instant.',
  'error.unavailable': 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
  'form.sending': 'Envoi en cours…',
  'form.saved': 'Enregistré.',
  'form.fixFields': 'Corrigez les champs indiqués.',
  'field.email': 'Adresse email',
  'field.password': 'Mot de passe',
  'validation.emailRequired': "L'adresse email est obligatoire.",
  'validation.emailInvalid': 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
  'validation.emailTooLong': "L'adresse email est trop longue.",
  'validation.passwordRequired': 'Le mot de passe est obligatoire.',
  'home.title': 'Événements',
  'home.heading': 'Événements à venir',
  'home.intro': "Congrès, séminaires et journées d'étude organisés par notre bureau. Inscrivez-vous en ligne en quelques étapes.",
  'home.loading': 'Chargement des événements…',
  'home.emptyTitle': 'Aucun événement à venir pour le moment.',
  'home.emptyBody': 'Revenez bientôt\u00a0: les prochains rendez-vous seront publiés ici.',
  'home.errorTitle': "Les événements n'ont pas pu être chargés.",
  'home.errorBody': 'Le service est peut-être momentanément indisponible.',
  'home.retry': 'Réessayer',
  'event.dates': 'Dates',
  'event.place': 'Lieu',
  'event.register': "S'inscrire",
  'event.registerTo': "S'inscrire\u00a0: {title}",
  'admin.title': 'Accès équipe',
  'admin.heading': "Connexion de l'équipe",
  'admin.intro': "Réservé aux membres de l'équipe d'organisation.",
  'admin.checking': 'Vérification de la session…',
  'admin.submit': 'Se connecter',
  'admin.badCredentials': 'Email ou mot de passe incorrect.',
  'admin.tooManyAttempts': 'Trop de tentatives, réessayez plus tard.',
  'admin.signedInAs': 'Connecté en tant que {name} ({roles})',
  'admin.logout': 'Se déconnecter',
  'admin.loggedOut': 'Vous êtes déconnecté.',
  'admin.sessionEnded': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'admin.noRole': 'aucun rôle',
  'admin.backOffice': 'Back-office',
  'admin.nav.label': 'Rubriques du back-office',
  'admin.nav.menu': 'Menu',
  'admin.nav.account': 'Mon compte',
  'admin.loadFailed': "Cette rubrique n'a pas pu s'afficher.",
  'admin.forbidden.heading': 'Accès non autorisé',
  'admin.forbidden.body': 'Vos rôles ({roles}) ne donnent pas accès à la rubrique «\u00a0{section}\u00a0». Si vous en avez besoin, demandez-le à un administrateur.',
  'admin.notFound.heading': 'Page introuvable',
  'admin.notFound.body': 'Aucune rubrique du back-office ne correspond à cette adresse.',
  'admin.empty.heading': 'Aucune rubrique disponible',
  'admin.empty.body': "Votre compte n'a aucun rôle qui ouvre une rubrique du back-office. Demandez à un administrateur de vous en attribuer un.",
  'admin.backToStart': 'Retour à la première rubrique',
  'admin.password.link': 'Changer mon mot de passe',
  'admin.password.heading': 'Changer mon mot de passe',
  'admin.password.intro': 'Vos autres sessions ouvertes (autres navigateurs ou appareils) seront fermées\u00a0; celle-ci reste ouverte.',
  'admin.password.current': 'Mot de passe actuel',
  'admin.password.new': 'Nouveau mot de passe',
  'admin.password.repeat': 'Nouveau mot de passe, une seconde fois',
  'admin.password.hint': { one: '{count} caractère au moins. Une phrase de plusieurs mots est plus sûre et plus facile à retenir.', other: '{count} caractères au moins. Une phrase de plusieurs mots est plus sûre et plus facile à retenir.' },
  'admin.password.submit': 'Changer le mot de passe',
  'admin.password.done': 'Votre mot de passe a été changé. Vos autres sessions sont fermées.',
  'admin.password.tooShort': { one: 'Le nouveau mot de passe doit compter au moins {count} caractère.', other: 'Le nouveau mot de passe doit compter au moins {count} caractères.' },
  'admin.password.mismatch': 'Les deux saisies du nouveau mot de passe ne sont pas identiques.',
  'role.Admin': 'Administrateur',
  'role.OperationsManager': 'Responsable des opérations',
  'role.Staff': 'Équipe',
  'role.Finance': 'Finance',
  ...registerFr,
  ...accountFr,
  ...providerFr,
  ...photosFr,
  ...adminUsersFr,
  ...adminEventsFr,
  ...adminKitFr,
  ...adminRegistrationsFr,
  ...adminStatsFr,
  ...adminRoomBlocksFr,
  ...adminFinanceFr,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;

const en = {
  'app.name': 'Congrès',
  'app.tagline': 'Congresses, seminars and professional days',
  'nav.skip': 'Skip to content',
  'nav.language': 'Language',
  'nav.footer': 'Site links',
  'nav.events': 'Events',
  'nav.account': 'My space',
  'nav.provider': 'Provider space',
  'nav.staff': 'Staff sign-in',
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.unexpected': 'Something went wrong. Please try again in a moment.',
  'error.unavailable': 'The service is temporarily unavailable. Please try again in a few minutes.',
  'form.sending': 'Sending…',
  'form.saved': 'Saved.',
  'form.fixFields': 'Correct the fields shown.',
  'field.email': 'Email address',
  'field.password': 'Password',
  'validation.emailRequired': 'Email address is required.',
  'validation.emailInvalid': 'Enter a valid email address, for example name@example.com.',
  'validation.emailTooLong': 'The email address is too long.',
  'validation.passwordRequired': 'Password is required.',
  'home.title': 'Events',
  'home.heading': 'Upcoming events',
  'home.intro': 'Congresses, seminars and study days organised by our bureau. Register online in a few steps.',
  'home.loading': 'Loading events…',
  'home.emptyTitle': 'No upcoming events at the moment.',
  'home.emptyBody': 'Please check back soon: upcoming events will be listed here.',
  'home.errorTitle': 'Events could not be loaded.',
  'home.errorBody': 'The service may be temporarily unavailable.',
  'home.retry': 'Try again',
  'event.dates': 'Dates',
  'event.place': 'Venue',
  'event.register': 'Register',
  'event.registerTo': 'Register: {title}',
  'admin.title': 'Staff sign-in',
  'admin.heading': 'Staff sign-in',
  'admin.intro': 'For members of the organising team only.',
  'admin.checking': 'Checking your session…',
  'admin.submit': 'Sign in',
  'admin.badCredentials': 'Incorrect email or password.',
  'admin.tooManyAttempts': 'Too many attempts, please try again later.',
  'admin.signedInAs': 'Signed in as {name} ({roles})',
  'admin.logout': 'Sign out',
  'admin.loggedOut': 'You have been signed out.',
  'admin.sessionEnded': 'Your session has ended. Please sign in again to continue.',
  'admin.noRole': 'no role',
  'admin.backOffice': 'Back office',
  'admin.nav.label': 'Back-office sections',
  'admin.nav.menu': 'Menu',
  'admin.nav.account': 'My account',
  'admin.loadFailed': 'This section could not be displayed.',
  'admin.forbidden.heading': 'Not allowed',
  'admin.forbidden.body': 'Your roles ({roles}) do not give access to the “{section}” section. If you need it, ask an administrator.',
  'admin.notFound.heading': 'Page not found',
  'admin.notFound.body': 'No back-office section matches this address.',
  'admin.empty.heading': 'No section available',
  'admin.empty.body': 'Your account has no role that opens a back-office section. Ask an administrator to give you one.',
  'admin.backToStart': 'Back to the first section',
  'admin.password.link': 'Change my password',
  'admin.password.heading': 'Change my password',
  'admin.password.intro': 'Your other open sessions (other browsers or devices) will be closed; this one stays open.',
  'admin.password.current': 'Current password',
  'admin.password.new': 'New password',
  'admin.password.repeat': 'New password, once more',
  'admin.password.hint': { one: 'At least {count} character. A phrase of several words is safer and easier to remember.', other: 'At least {count} characters. A phrase of several words is safer and easier to remember.' },
  'admin.password.submit': 'Change the password',
  'admin.password.done': 'Your password has been changed. Your other sessions are closed.',
  'admin.password.tooShort': { one: 'The new password must be at least {count} character long.', other: 'The new password must be at least {count} characters long.' },
  'admin.password.mismatch': 'The two entries of the new password do not match.',
  'role.Admin': 'Administrator',
  'role.OperationsManager': 'Operations manager',
  'role.Staff': 'Staff',
  'role.Finance': 'Finance',
  ...registerEn,
  ...accountEn,
  ...providerEn,
  ...photosEn,
  ...adminUsersEn,
  ...adminEventsEn,
  ...adminKitEn,
  ...adminRegistrationsEn,
  ...adminStatsEn,
  ...adminRoomBlocksEn,
  ...adminFinanceEn,
} as const satisfies Translation<typeof fr>;

/** Both tables, for tests that check every message. */
export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<string, Message>>>> = { fr, en };

export type Params = Readonly<Record<string, string | number>>;
/** A message that can be rendered in any language, so that it follows a language switch. */
export type Localized = (lang: Lang) => string;

export interface Dictionaries<K extends string> {
  fr: Readonly<Record<K, Message>>;
  en: Readonly<Partial<Record<K, Message>>>;
}

/**
 * Missing English falls back to French, a missing key to the key itself (visible, never blank).
 * A plural message ({ one, other }) takes its form from params.count (a number; "other" without one),
 * and {count} is written with the language's digit grouping.
 */
export function createTranslator<K extends string>(dictionaries: Dictionaries<K>) {
  return (lang: Lang, key: K, params?: Params): string => {
    const entry = dictionaries[lang][key] ?? dictionaries.fr[key] ?? key;
    if (!isPlural(entry)) return params ? interpolate(entry, params) : entry;
    const count = params?.count;
    if (typeof count !== 'number') return params ? interpolate(entry.other, params) : entry.other;
    const locale = localeOf(lang);
    const formatted = new Intl.NumberFormat(locale).format(count);
    return interpolate(entry[pluralForm(locale, count)], { ...params, count: formatted });
  };
}

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const translate = createTranslator<MessageKey>({ fr, en });

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

export function message(key: MessageKey, params?: Params): Localized {
  return (lang) => translate(lang, key, params);
}

export function parseLang(value: unknown): Lang | null {
  return LANGUAGES.find((lang) => lang === value) ?? null;
}

/** Event dates are calendar days already in the event's time zone: format them as such, never shifted. */
function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function formatDateRange(start: string, end: string, lang: Lang): string {
  const from = parseIsoDate(start);
  if (!from) return start;
  const to = parseIsoDate(end);
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return to && to > from ? format.formatRange(from, to) : format.format(from);
}

export interface LanguageEnv {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  root: { lang: string } | null;
}

export function browserEnv(): LanguageEnv {
  let storage: LanguageEnv['storage'] = null;
  try {
    storage = typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be blocked (privacy settings); the language then lasts for the page only.
  }
  return { storage, root: typeof document === 'undefined' ? null : document.documentElement };
}

export function createI18n(env: LanguageEnv) {
  let current = readStoredLang(env.storage) ?? DEFAULT_LANG;
  const listeners = new Set<(lang: Lang) => void>();
  if (env.root) env.root.lang = current;

  return {
    get lang(): Lang {
      return current;
    },
    t(key: MessageKey, params?: Params): string {
      return translate(current, key, params);
    },
    setLanguage(lang: Lang): void {
      if (lang === current) return;
      current = lang;
      try {
        env.storage?.setItem(STORAGE_KEY, lang);
      } catch {
        // Quota or privacy errors: keep the choice in memory.
      }
      if (env.root) env.root.lang = lang;
      listeners.forEach((listener) => listener(lang));
    },
    onChange(listener: (lang: Lang) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readStoredLang(storage: LanguageEnv['storage']): Lang | null {
  try {
    return parseLang(storage?.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export type I18n = ReturnType<typeof createI18n>;
/** The page-wide instance. */
export const i18n: I18n = createI18n(browserEnv());
