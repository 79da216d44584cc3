import './styles.css';
import { h, ht, relocalize, setAttr } from './dom';
import { i18n, LANGUAGE_NAMES, LANGUAGES, type Lang, type MessageKey } from './i18n';

export type Section = 'home' | 'account' | 'provider' | 'admin';

const SECTIONS: readonly { section: Section; href: string; label: MessageKey }[] = [
  { section: 'home', href: '/', label: 'nav.events' },
  { section: 'account', href: '/account/', label: 'nav.account' },
  { section: 'provider', href: '/provider/', label: 'nav.provider' },
  { section: 'admin', href: '/admin/', label: 'nav.staff' },
];

export interface PageOptions {
  section: Section;
  title: MessageKey;
}

/** Renders the shared header and footer into #app and returns the <main> for the page's content. */
export function mountPage(options: PageOptions): HTMLElement {
  const app = document.getElementById('app');
  if (!app) throw new Error('The page has no #app element');

  const main = h('main', { id: 'main', class: 'container page', tabindex: '-1' });
  app.replaceChildren(
    ht('a', 'nav.skip', { class: 'skip-link', href: '#main' }),
    header(),
    main,
    footer(options.section),
  );

  const updateTitle = () => {
    document.title = `${i18n.t(options.title)} · ${i18n.t('app.name')}`;
  };
  updateTitle();
  i18n.onChange(() => {
    relocalize(document);
    updateTitle();
  });
  return main;
}

function header(): HTMLElement {
  const brand = h(
    'a',
    { class: 'brand', href: '/' },
    h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'C'),
    h(
      'span',
      { class: 'brand-text' },
      ht('span', 'app.name', { class: 'brand-name' }),
      ht('span', 'app.tagline', { class: 'brand-tagline' }),
    ),
  );
  return h('header', { class: 'site-header' }, h('div', { class: 'container site-header__inner' }, brand, languageSwitch()));
}

function languageSwitch(): HTMLElement {
  const buttons = LANGUAGES.map((lang) => {
    const button = h(
      'button',
      { type: 'button', class: 'lang-switch__option', lang, 'aria-label': LANGUAGE_NAMES[lang] },
      lang.toUpperCase(),
    );
    button.addEventListener('click', () => i18n.setLanguage(lang));
    return button;
  });
  const markCurrent = (current: Lang) =>
    buttons.forEach((button) => button.setAttribute('aria-pressed', String(button.lang === current)));
  markCurrent(i18n.lang);
  i18n.onChange(markCurrent);
  return setAttr(h('div', { class: 'lang-switch', role: 'group' }, ...buttons), 'aria-label', 'nav.language');
}

function footer(current: Section): HTMLElement {
  const links = SECTIONS.map(({ section, href, label }) =>
    h('li', {}, ht('a', label, { href, 'aria-current': section === current ? 'page' : undefined })),
  );
  const nav = setAttr(h('nav', {}, h('ul', { class: 'site-footer__links' }, ...links)), 'aria-label', 'nav.footer');
  return h('footer', { class: 'site-footer' }, h('div', { class: 'container' }, nav));
}
