import '../register/register.css';
import '../register/register-basket.css';
import './account.css';
import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { createForm } from '../shared/form';
import { message, translate, type Localized } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { signInForm } from '../shared/sign-in';
import { checkEmail } from '../shared/validation';
import {
  attendeeLoginErrors,
  fetchCurrentAttendee,
  fetchRegistrations,
  login,
  logout,
  requestReset,
  resetRequestErrors,
  type Attendee,
} from './attendee-api';
import { registrationCard } from './registration-card';

// /account/ — signed out: sign-in and forgotten-password forms; signed in: "Mes inscriptions".

const FORGOT_ID = 'forgot';

const main = mountPage({ section: 'account', title: 'account.title' });
const view = h('div', { class: 'account-page' });
main.append(view);

const loginForm = signInForm({
  submitLabel: 'account.submit',
  login,
  errorsOf: attendeeLoginErrors,
  current: fetchCurrentAttendee,
  signedIn: (attendee) => void showSpace(attendee),
});

const forgotForm = createForm<'email'>({
  fields: [{ name: 'email', label: 'field.email', type: 'email', autocomplete: 'email' }],
  submitLabel: 'account.forgotSubmit',
  validate(values) {
    const email = checkEmail(values.email);
    return { fields: email ? { email } : {}, form: null };
  },
  async submit(values) {
    try {
      const errors = resetRequestErrors(await requestReset(values.email));
      if (errors) return { fields: errors.fields.email ? { email: errors.fields.email } : {}, form: errors.form };
      forgotForm.showNotice(message('account.forgotSent'), 'info');
      return null;
    } catch (error) {
      return { fields: {}, form: failureMessage(error) };
    }
  },
});

const signedOutView = h(
  'div',
  {},
  h('div', { class: 'page-intro' }, ht('h1', 'account.heading', { tabindex: '-1' }), ht('p', 'account.intro', { class: 'lead muted' })),
  h(
    'div',
    { class: 'account-grid' },
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'signin-heading' },
      ht('h2', 'account.signInHeading', { id: 'signin-heading' }),
      loginForm.element,
      h(
        'div',
        { class: 'account-note' },
        ht('h3', 'account.noAccountHeading'),
        ht('p', 'account.noAccountBody'),
        ht('p', 'account.noPasswordBody'),
      ),
    ),
    h(
      'section',
      { class: 'panel', id: FORGOT_ID, 'aria-labelledby': 'forgot-heading', tabindex: '-1' },
      ht('h2', 'account.forgotHeading', { id: 'forgot-heading' }),
      ht('p', 'account.forgotIntro', { class: 'muted' }),
      forgotForm.element,
    ),
  ),
);

function showSignedOut(notice: Localized | null = null): void {
  view.replaceChildren(signedOutView);
  if (notice) {
    loginForm.showNotice(notice, 'info');
    loginForm.focusFirstField();
  }
}

function focusForgotForm(): void {
  forgotForm.element.querySelector('input')?.focus();
}

async function showSpace(attendee: Attendee): Promise<void> {
  loginForm.reset();
  forgotForm.reset();
  const heading = ht('h1', 'account.listHeading', { tabindex: '-1' });
  const logoutError = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const logoutButton = ht('button', 'account.logout', { type: 'button', class: 'button button--secondary' });
  logoutButton.addEventListener('click', () => {
    logoutButton.disabled = true;
    logout()
      .then(() => showSignedOut(message('account.loggedOut')))
      .catch((error: unknown) => {
        logoutError.hidden = false;
        setText(logoutError, failureMessage(error));
      })
      .finally(() => (logoutButton.disabled = false));
  });
  // Not a live region: a whole list read out at once helps nobody. The loading, empty and error states speak.
  const list = h('div', { class: 'registration-list-area' });

  view.replaceChildren(
    h(
      'div',
      { class: 'account-head' },
      h(
        'div',
        {},
        heading,
        setText(h('p', { class: 'muted account-head__who' }), (lang) => translate(lang, 'account.signedInAs', { email: attendee.email })),
      ),
      logoutButton,
    ),
    logoutError,
    list,
  );
  heading.focus();
  await loadList(list, attendee);
}

async function loadList(list: HTMLElement, attendee: Attendee): Promise<void> {
  list.replaceChildren(ht('p', 'account.loading', { class: 'state state--loading', role: 'status' }));
  try {
    const registrations = await fetchRegistrations();
    if (registrations === null) return showSignedOut(message('account.sessionEnded'));
    if (registrations.length === 0) {
      list.replaceChildren(
        h(
          'div',
          { class: 'state', role: 'status' },
          ht('p', 'account.empty', { class: 'state__title' }),
          setText(h('p', {}), (lang) => translate(lang, 'account.emptyBody', { email: attendee.email })),
          ht('a', 'reg.backHome', { href: '/', class: 'button button--primary' }),
        ),
      );
      return;
    }
    list.replaceChildren(
      h('ul', { class: 'registration-list' }, ...registrations.map((registration) => h('li', {}, registrationCard(registration)))),
    );
  } catch (error) {
    const retry = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
    retry.addEventListener('click', () => void loadList(list, attendee));
    list.replaceChildren(
      h(
        'div',
        { class: 'state state--error', role: 'alert' },
        ht('p', 'account.loadFailed', { class: 'state__title' }),
        setText(h('p', {}), failureMessage(error)),
        retry,
      ),
    );
  }
}

async function start(): Promise<void> {
  view.replaceChildren(ht('p', 'account.checking', { class: 'state state--loading', role: 'status' }));
  try {
    const attendee = await fetchCurrentAttendee();
    if (attendee) return void (await showSpace(attendee));
    showSignedOut();
  } catch (error) {
    showSignedOut();
    loginForm.showErrors({ fields: {}, form: failureMessage(error) });
  }
  // /account/#forgot: the reset page's "ask for a new link".
  if (location.hash === `#${FORGOT_ID}`) focusForgotForm();
}

void start();
