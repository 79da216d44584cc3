import './provider.css';
import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { HttpError } from '../shared/http';
import { createForm } from '../shared/form';
import { message, translate, type Localized } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { checkEmail } from '../shared/validation';
import { showAnswerForm } from './answer-form';
import {
  fetchCurrentProvider,
  fetchLink,
  formatExpiry,
  logout,
  openLink,
  readLinkPurpose,
  readLinkToken,
  requestLink,
  requestLinkErrors,
  ROOM_BLOCK_ANSWER,
  type LinkView,
  type Purpose,
  type Provider,
} from './provider-api';
import { requestsTable } from './room-blocks-list';
import { fetchRequest, fetchRequests } from './room-blocks-api';
import { eventsSection, profileSection } from './space-sections';

// /provider/?link=… — the emailed magic link. Showing the page reads the link (GET, which uses
// nothing: mail scanners follow links); only the button POSTs and opens the session, once.
// /provider/ alone: the signed-in space, or the introduction and the new-link form.
// &purpose=room-block-answer: the link of a room block request; once opened, its answer form.

const main = mountPage({ section: 'provider', title: 'provider.title' });
const view = h('div', { class: 'narrow provider-page' });
main.append(view);

/** The link pages stay narrow; the space and the answer form need room for their tables. */
function show(wide: boolean, ...parts: HTMLElement[]): void {
  view.classList.toggle('narrow', !wide);
  view.classList.toggle('provider-page--wide', wide);
  view.replaceChildren(...parts);
}

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
  show(false, ...parts, requestPanel());
}

function showFailure(error: unknown, retry: () => void): void {
  const again = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
  again.addEventListener('click', retry);
  show(false, intro(), h('div', { class: 'notice notice--error', role: 'alert' }, setText(h('p'), failureMessage(error)), again));
}

function showUnusable(): void {
  const heading = ht('h1', 'provider.unusableHeading', { tabindex: '-1' });
  show(
    false,
    h('section', { class: 'panel provider-unusable', role: 'alert' }, heading, ht('p', 'provider.unusableBody')),
    requestPanel(),
  );
  heading.focus();
}

function showLink(token: string, purpose: Purpose, link: LinkView): void {
  const request = link.purpose === ROOM_BLOCK_ANSWER && link.subject ? link.subject : null;
  const error = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const label = request ? 'provider.openRequest' : 'provider.open';
  const button = ht('button', label, { type: 'button', class: 'button button--primary provider-open' });
  button.addEventListener('click', () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    setText(button, 'provider.opening');
    error.hidden = true;
    openLink(token, purpose)
      .then((opened) => {
        if (opened.kind === 'ok') {
          // The used token has no business staying in the address bar, bookmarks or history.
          history.replaceState(null, '', location.pathname);
          const { purpose: openedFor, subject } = opened.value;
          if (openedFor === ROOM_BLOCK_ANSWER && subject) showRequest(opened.value, subject);
          else showSpace(opened.value);
        } else if (opened.kind === 'unusable') showUnusable();
        else throw opened.error;
      })
      .catch((failure: unknown) => {
        error.hidden = false;
        setText(error, failureMessage(failure));
        button.disabled = false;
        button.removeAttribute('aria-busy');
        setText(button, label);
      });
  });
  show(
    false,
    h(
      'section',
      { class: 'panel provider-link', 'aria-labelledby': 'provider-link-heading' },
      ht('h1', 'provider.linkHeading', { id: 'provider-link-heading' }),
      request
        ? setText(h('p', { class: 'muted' }), (lang) => translate(lang, 'provider.linkForRequest', { number: request }))
        : ht('p', 'provider.linkFor', { class: 'muted' }),
      h('p', { class: 'provider-name' }, link.providerName),
      ht('p', request ? 'provider.linkOpensRequest' : 'provider.linkOpens'),
      setText(h('p', { class: 'muted' }), (lang) => translate(lang, 'provider.linkExpires', { date: formatExpiry(link.expiresAt, lang) })),
      error,
      button,
    ),
  );
}

const sessionEnded = () => showSignedOut(message('provider.sessionEnded'));

function showSpace(provider: Provider, notice: Localized | null = null): void {
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
  const blocks = h('div', { class: 'provider-blocks-body' }, ht('p', 'provider.blocks.loading', { class: 'state state--loading', role: 'status' }));
  show(
    true,
    h(
      'section',
      { class: 'panel provider-space' },
      h('div', { class: 'provider-space__head' }, heading, button),
      error,
      notice ? setText(h('div', { class: 'notice notice--error', role: 'alert' }), notice) : null,
      ht('p', 'provider.signedIn', { class: 'muted' }),
    ),
    h(
      'section',
      { class: 'panel provider-blocks-section', 'aria-labelledby': 'provider-blocks-heading' },
      ht('h2', 'provider.blocks.heading', { id: 'provider-blocks-heading' }),
      ht('p', 'provider.blocks.intro', { class: 'muted' }),
      blocks,
    ),
    eventsSection(sessionEnded),
    profileSection(sessionEnded),
  );
  heading.focus();
  void loadRequests(provider, blocks);
}

async function loadRequests(provider: Provider, into: HTMLElement): Promise<void> {
  try {
    const read = await fetchRequests();
    if (read.kind === 'signedOut') return showSignedOut(message('provider.sessionEnded'));
    if (read.kind === 'ok') into.replaceChildren(requestsTable(read.value, (number) => showRequest(provider, number)));
    else throw new HttpError(404);
  } catch (failure) {
    const again = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
    again.addEventListener('click', () => {
      into.replaceChildren(ht('p', 'provider.blocks.loading', { class: 'state state--loading', role: 'status' }));
      void loadRequests(provider, into);
    });
    into.replaceChildren(
      h('div', { class: 'notice notice--error', role: 'alert' }, ht('p', 'provider.blocks.failed'), setText(h('p'), failureMessage(failure)), again),
    );
  }
}

/** One request's answer form; back to the space from there. */
function showRequest(provider: Provider, number: string): void {
  show(true, ht('p', 'provider.blocks.loading', { class: 'state state--loading', role: 'status' }));
  const hooks = { back: () => showSpace(provider), sessionEnded: () => showSignedOut(message('provider.sessionEnded')) };
  fetchRequest(number)
    .then((read) => {
      if (read.kind === 'ok') showAnswerForm(view, read.value, hooks);
      else if (read.kind === 'signedOut') hooks.sessionEnded();
      else showSpace(provider, message('provider.answer.notFound'));
    })
    .catch((failure: unknown) => showFailure(failure, () => showRequest(provider, number)));
}

async function start(): Promise<void> {
  show(false, ht('p', 'provider.checking', { class: 'state state--loading', role: 'status' }));
  const token = readLinkToken(location.search);
  const purpose = readLinkPurpose(location.search);
  try {
    if (token) {
      const link = await fetchLink(token, purpose);
      if (link.kind === 'ok') showLink(token, purpose, link.value);
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
