import './provider.css';
import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { createForm } from '../shared/form';
import { message, translate, type Localized } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { checkEmail } from '../shared/validation';
import {
  fetchCurrentProvider,
  fetchLink,
  formatExpiry,
  logout,
  openLink,
  readLinkToken,
  requestLink,
  requestLinkErrors,
  type LinkView,
  type Provider,
} from './provider-api';

// /provider/?link=… — the emailed magic link. Showing the page reads the link (GET, which uses
// nothing: mail scanners follow links); only the button POSTs and opens the session, once.
// /provider/ alone: the signed-in space, or the introduction and the new-link form.

const main = mountPage({ section: 'provider', title: 'provider.title' });
const view = h('div', { class: 'narrow provider-page' });
main.append(view);

const requestForm = createForm<'email'>({
  fields: [{ name: 'email', label: 'field.email', type: 'email', autocomplete: 'email' }],
  submitLabel: 'provider.requestSubmit',
  validate(values) {
    const email = checkEmail(values.email);
    return { fields: email ? { email } : {}, form: null };
  },
  async submit(values) {
    try {
      const errors = requestLinkErrors(await requestLink(values.email));
      if (errors) return errors;
      requestForm.reset();
      requestForm.showNotice(message('provider.requestSent'), 'info');
      return null;
    } catch (error) {
      return { fields: {}, form: failureMessage(error) };
    }
  },
});

function requestPanel(): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'provider-request-heading' },
    ht('h2', 'provider.requestHeading', { id: 'provider-request-heading' }),
    ht('p', 'provider.requestIntro', { class: 'muted' }),
    requestForm.element,
  );
}

function intro(): HTMLElement {
  return h(
    'section',
    { class: 'page-intro' },
    ht('h1', 'provider.heading', { tabindex: '-1' }),
    ht('p', 'provider.intro', { class: 'lead' }),
    ht('p', 'provider.noPassword'),
  );
}

function showSignedOut(notice: Localized | null = null): void {
  const parts: HTMLElement[] = [intro()];
  if (notice) parts.push(setText(h('div', { class: 'notice notice--info', role: 'status' }), notice));
  view.replaceChildren(...parts, requestPanel());
}

function showFailure(error: unknown, retry: () => void): void {
  const again = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
  again.addEventListener('click', retry);
  view.replaceChildren(intro(), h('div', { class: 'notice notice--error', role: 'alert' }, setText(h('p'), failureMessage(error)), again));
}

function showUnusable(): void {
  const heading = ht('h1', 'provider.unusableHeading', { tabindex: '-1' });
  view.replaceChildren(
    h('section', { class: 'panel provider-unusable', role: 'alert' }, heading, ht('p', 'provider.unusableBody')),
    requestPanel(),
  );
  heading.focus();
}

function showLink(token: string, link: LinkView): void {
  const error = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const button = ht('button', 'provider.open', { type: 'button', class: 'button button--primary provider-open' });
  button.addEventListener('click', () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    setText(button, 'provider.opening');
    error.hidden = true;
    openLink(token)
      .then((opened) => {
        if (opened.kind === 'ok') {
          // The used token has no business staying in the address bar, bookmarks or history.
          history.replaceState(null, '', location.pathname);
          showSpace(opened.value);
        } else if (opened.kind === 'unusable') showUnusable();
        else throw opened.error;
      })
      .catch((failure: unknown) => {
        error.hidden = false;
        setText(error, failureMessage(failure));
        button.disabled = false;
        button.removeAttribute('aria-busy');
        setText(button, 'provider.open');
      });
  });
  view.replaceChildren(
    h(
      'section',
      { class: 'panel provider-link', 'aria-labelledby': 'provider-link-heading' },
      ht('h1', 'provider.linkHeading', { id: 'provider-link-heading' }),
      ht('p', 'provider.linkFor', { class: 'muted' }),
      h('p', { class: 'provider-name' }, link.providerName),
      ht('p', 'provider.linkOpens'),
      setText(h('p', { class: 'muted' }), (lang) => translate(lang, 'provider.linkExpires', { date: formatExpiry(link.expiresAt, lang) })),
      error,
      button,
    ),
  );
}

function showSpace(provider: Provider): void {
  requestForm.reset();
  const heading = setText(h('h1', { tabindex: '-1' }), (lang) => translate(lang, 'provider.spaceHeading', { name: provider.providerName }));
  const error = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const button = ht('button', 'provider.logout', { type: 'button', class: 'button button--secondary' });
  button.addEventListener('click', () => {
    button.disabled = true;
    logout()
      .then(() => showSignedOut(message('provider.loggedOut')))
      .catch((failure: unknown) => {
        error.hidden = false;
        setText(error, failureMessage(failure));
      })
      .finally(() => (button.disabled = false));
  });
  view.replaceChildren(
    h(
      'section',
      { class: 'panel provider-space' },
      h('div', { class: 'provider-space__head' }, heading, button),
      error,
      ht('p', 'provider.signedIn', { class: 'muted' }),
      ht('p', 'provider.comingNext'),
    ),
  );
  heading.focus();
}

async function start(): Promise<void> {
  view.replaceChildren(ht('p', 'provider.checking', { class: 'state state--loading', role: 'status' }));
  const token = readLinkToken(location.search);
  try {
    if (token) {
      const link = await fetchLink(token);
      if (link.kind === 'ok') showLink(token, link.value);
      else if (link.kind === 'unusable') showUnusable();
      else throw link.error;
      return;
    }
    const provider = await fetchCurrentProvider();
    if (provider) showSpace(provider);
    else showSignedOut();
  } catch (error) {
    showFailure(error, () => void start());
  }
}

void start();
