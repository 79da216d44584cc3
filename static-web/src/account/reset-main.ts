import '../register/register.css';
import '../register/register-basket.css';
import './account.css';
import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { createForm } from '../shared/form';
import { translate } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { confirmReset, resetConfirmOutcome } from './attendee-api';
import { MIN_PASSWORD, validateNewPassword, type NewPasswordField } from './password';

// /account/reset.html?token=… — the emailed link. Opening it consumes nothing; only the form's POST
// uses the token, once.

const main = mountPage({ section: 'account', title: 'account.reset.title' });
const view = h('div', { class: 'account-page narrow' });
main.append(view);

const token = new URLSearchParams(location.search).get('token')?.trim() ?? '';
const FORGOT_URL = '/account/#forgot';

const form = createForm<NewPasswordField>({
  fields: [
    { name: 'password', label: 'account.reset.password', type: 'password', autocomplete: 'new-password' },
    { name: 'passwordRepeat', label: 'account.reset.passwordRepeat', type: 'password', autocomplete: 'new-password' },
  ],
  submitLabel: 'account.reset.submit',
  validate: validateNewPassword,
  async submit(values) {
    try {
      const outcome = resetConfirmOutcome(await confirmReset(token, values.password));
      if (outcome.kind === 'errors') return outcome.errors;
      form.reset();
      showEnd(outcome.kind);
      return null;
    } catch (error) {
      return { fields: {}, form: failureMessage(error) };
    }
  },
});

// The length rule, said before typing: a hint under the label, read with the field (aria-describedby).
const password = form.element.querySelector<HTMLInputElement>('input[name="password"]');
if (password) {
  const hint = setText(h('p', { id: `${password.id}-hint`, class: 'field-hint' }), (lang) =>
    translate(lang, 'account.reset.hint', { count: MIN_PASSWORD }),
  );
  password.before(hint);
  password.dataset.hint = hint.id;
  password.setAttribute('aria-describedby', hint.id);
  password.minLength = MIN_PASSWORD;
}

type Text = Parameters<typeof ht>[1];

/** The end of the page: its heading takes the focus after the form is gone (not on arrival). */
function panel(tone: 'ok' | 'ko', title: Text, body: Text, link: HTMLElement, focus = true): void {
  const heading = ht('h1', title, { tabindex: '-1' });
  view.replaceChildren(h('section', { class: `panel confirmation confirmation--${tone}` }, heading, ht('p', body), link));
  if (focus) heading.focus();
}

function showEnd(kind: 'done' | 'expired'): void {
  if (kind === 'done') {
    panel('ok', 'account.reset.done', 'account.reset.doneBody', ht('a', 'account.reset.signIn', { href: '/account/', class: 'button button--primary' }));
  } else {
    panel('ko', 'account.reset.expired', 'account.reset.expiredBody', ht('a', 'account.reset.askAgain', { href: FORGOT_URL, class: 'button button--primary' }));
  }
}

if (!token) {
  panel('ko', 'account.reset.badLink', 'account.reset.badLinkBody', ht('a', 'account.reset.askAgain', { href: FORGOT_URL, class: 'button button--primary' }), false);
} else {
  view.replaceChildren(
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'reset-heading' },
      ht('h1', 'account.reset.heading', { id: 'reset-heading' }),
      ht('p', 'account.reset.intro', { class: 'muted' }),
      form.element,
    ),
  );
}
