import './admin.css';
import { h, ht, setAttr, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { i18n, message, translate, type Localized, type MessageKey } from '../shared/i18n';
import type { AdminSection } from './section';
import { passwordPage } from './shell-password';
import { hashOf, PASSWORD_PATH, resolveRoute, routeHref, sectionsFor, type Resolution } from './shell-routes';
import { formatRoles, logout, type StaffMember } from './staff-api';

// The back office once signed in: the sections the roles open (a sidebar on wide screens, a menu
// button on phones), who is signed in, "change my password", sign out, and the current section.

export interface ShellOptions {
  /** Where the shell renders (the page's <main>). */
  root: HTMLElement;
  staff: StaffMember;
  sections: readonly AdminSection[];
  /** The shell has stopped (signed out, or the session ended): show the sign-in form with this notice. */
  signedOut(notice: Localized): void;
}

const MENU_ID = 'admin-menu';

export function startShell(options: ShellOptions): void {
  const { staff } = options;
  const visible = sectionsFor(options.sections, staff.roles);
  let unmount: (() => void) | null = null;
  let stopped = false;
  let currentLabel: MessageKey | null = null;

  const view = h('div', { class: 'admin-view', id: 'admin-view', tabindex: '-1' });
  const alert = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });

  const links = visible.map((section) => {
    const link = ht('a', section.label, { href: routeHref(section.path), class: 'admin-nav__link', 'data-path': section.path });
    return { path: section.path, link };
  });
  const passwordLink = ht('a', 'admin.password.link', { href: routeHref(PASSWORD_PATH), class: 'admin-nav__link', 'data-path': PASSWORD_PATH });
  const logoutButton = ht('button', 'admin.logout', { type: 'button', class: 'button button--secondary admin-user__logout' });

  const menuToggle = h('button', { type: 'button', class: 'admin-menu-toggle', 'aria-expanded': 'false', 'aria-controls': MENU_ID });
  const toggleCurrent = h('span', { class: 'admin-menu-toggle__current' });
  menuToggle.append(h('span', { class: 'admin-menu-toggle__icon', 'aria-hidden': 'true' }), ht('span', 'admin.nav.menu'), toggleCurrent);

  const menu = h(
    'div',
    { class: 'admin-side__panel', id: MENU_ID },
    setAttr(
      h('nav', { class: 'admin-nav' }, h('ul', { class: 'admin-nav__list' }, ...links.map(({ link }) => h('li', {}, link)))),
      'aria-label',
      'admin.nav.label',
    ),
    setAttr(
      h(
        'section',
        { class: 'admin-user' },
        setText(h('p', { class: 'admin-user__who' }), (lang) =>
          translate(lang, 'admin.signedInAs', { name: staff.displayName, roles: formatRoles(staff.roles, lang) }),
        ),
        h('p', { class: 'admin-user__email muted' }, staff.email),
        passwordLink,
        logoutButton,
      ),
      'aria-label',
      'admin.nav.account',
    ),
  );
  const side = h('aside', { class: 'admin-side' }, menuToggle, menu);

  const setMenuOpen = (open: boolean) => {
    side.classList.toggle('admin-side--open', open);
    menuToggle.setAttribute('aria-expanded', String(open));
  };
  menuToggle.addEventListener('click', () => setMenuOpen(menuToggle.getAttribute('aria-expanded') !== 'true'));
  side.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && side.classList.contains('admin-side--open')) {
      setMenuOpen(false);
      menuToggle.focus();
    }
  });

  options.root.replaceChildren(h('div', { class: 'admin-shell' }, side, h('div', { class: 'admin-content' }, alert, view)));

  const updateTitle = () => {
    const parts = [currentLabel ? i18n.t(currentLabel) : null, i18n.t('admin.backOffice'), i18n.t('app.name')];
    document.title = parts.filter(Boolean).join(' · ');
  };
  const stopTitle = i18n.onChange(updateTitle);

  const leaveSection = () => {
    const cleanup = unmount;
    unmount = null;
    try {
      cleanup?.();
    } catch (error) {
      console.error(error);
    }
  };

  const stop = (notice: Localized) => {
    if (stopped) return;
    stopped = true;
    window.removeEventListener('hashchange', render);
    stopTitle();
    leaveSection();
    options.signedOut(notice);
  };

  const sessionEnded = () => stop(message('admin.sessionEnded'));

  logoutButton.addEventListener('click', () => {
    logoutButton.disabled = true;
    alert.hidden = true;
    logout()
      .then(() => {
        // The next person to sign in on this browser starts from their own first section.
        history.replaceState(history.state, '', window.location.pathname + window.location.search);
        stop(message('admin.loggedOut'));
      })
      .catch((error: unknown) => {
        alert.hidden = false;
        setText(alert, failureMessage(error));
      })
      .finally(() => (logoutButton.disabled = false));
  });

  function markCurrent(path: string | null, label: MessageKey | null): void {
    for (const link of [...links.map(({ link }) => link), passwordLink]) {
      if (link.dataset.path === path) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    currentLabel = label;
    if (label) setText(toggleCurrent, label);
    else toggleCurrent.textContent = '';
    updateTitle();
  }

  function show(resolution: Exclude<Resolution<AdminSection>, { kind: 'redirect' }>): void {
    switch (resolution.kind) {
      case 'section': {
        const { section, route } = resolution;
        markCurrent(section.path, section.label);
        try {
          const cleanup = section.mount({
            staff,
            container: view,
            params: route.params,
            query: route.query,
            navigate: (to) => {
              window.location.hash = hashOf(to);
            },
            sessionEnded,
          });
          unmount = typeof cleanup === 'function' ? cleanup : null;
        } catch (error) {
          console.error(error);
          view.replaceChildren(stateBlock('admin.loadFailed', failureMessage(error), true));
        }
        return;
      }
      case 'password':
        markCurrent(PASSWORD_PATH, 'admin.password.heading');
        view.replaceChildren(passwordPage(sessionEnded));
        return;
      case 'forbidden': {
        const label = resolution.section.label;
        markCurrent(null, 'admin.forbidden.heading');
        view.replaceChildren(
          stateBlock(
            'admin.forbidden.heading',
            (lang) => translate(lang, 'admin.forbidden.body', { roles: formatRoles(staff.roles, lang), section: translate(lang, label) }),
            true,
          ),
        );
        return;
      }
      case 'notFound':
        markCurrent(null, 'admin.notFound.heading');
        view.replaceChildren(stateBlock('admin.notFound.heading', message('admin.notFound.body'), true));
        return;
      case 'empty':
        markCurrent(null, 'admin.empty.heading');
        view.replaceChildren(stateBlock('admin.empty.heading', message('admin.empty.body'), false));
        return;
    }
  }

  function stateBlock(heading: MessageKey, body: Localized, linkBack: boolean): HTMLElement {
    const first = visible[0];
    return h(
      'div',
      { class: linkBack ? 'state state--error admin-state' : 'state admin-state' },
      ht('h1', heading, { class: 'admin-state__title' }),
      setText(h('p', {}), body),
      linkBack && first ? ht('a', 'admin.backToStart', { href: routeHref(first.path), class: 'button button--secondary' }) : null,
    );
  }

  function render(): void {
    if (stopped) return;
    const resolution = resolveRoute(window.location.hash, options.sections, staff.roles);
    if (resolution.kind === 'redirect') {
      // The bare address gets the default section without a history entry of its own.
      history.replaceState(history.state, '', resolution.to);
      render();
      return;
    }
    leaveSection();
    setMenuOpen(false);
    alert.hidden = true;
    view.replaceChildren();
    show(resolution);
    // Screen readers and keyboards start at the new content, as after a page load.
    const heading = view.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      view.focus();
    }
  }

  window.addEventListener('hashchange', render);
  render();
}
