import { h, ht, setText } from '../shared/dom';
import { translate } from '../shared/i18n';
import type { FlowStep, RegisterApp, StepView } from './app';
import type { Submission } from './basket';
import { formatInstant, formatMoney } from './format';
import { paymentFacts } from './payment-facts';
import { button, t } from './ui';

export function confirmationUrl(submission: Pick<Submission, 'registrationId' | 'accessToken'>): string {
  const query = new URLSearchParams({ registration: submission.registrationId, token: submission.accessToken });
  return `/register/confirmation.html?${query.toString()}`;
}

/**
 * After POST /registrations: cheque and transfer get the payment details here; a card payment that
 * came back without paying can resume it.
 */
export function renderConfirmation(app: RegisterApp, _step: FlowStep): StepView {
  const submission = app.state.submitted;
  if (!submission) {
    return { ownActions: true, element: ht('p', 'reg.confirm.nothing', { class: 'state' }) };
  }
  const { method, checkoutUrl } = submission.payment;
  const timeZone = app.form.event.timeZone;

  const amount = setText(h('p', { class: 'lead' }), (lang) =>
    translate(lang, 'reg.confirm.amount', { price: formatMoney(submission.deposit || submission.total, lang) }),
  );
  const hold = submission.holdExpiresAt
    ? setText(h('p', { class: 'muted' }), (lang) =>
        translate(lang, 'reg.confirm.hold', { date: formatInstant(submission.holdExpiresAt ?? '', lang, timeZone) }),
      )
    : null;

  const resume = method === 'card' && checkoutUrl ? button(t('reg.confirm.resumeCard'), 'primary') : null;
  resume?.addEventListener('click', () => location.assign(checkoutUrl ?? ''));
  const follow = ht('a', 'reg.confirm.follow', { href: confirmationUrl(submission), class: 'button button--secondary' });
  const again = button(t('reg.confirm.newRegistration'), 'link');
  again.addEventListener('click', () => app.reset(null));

  return {
    ownActions: true,
    element: h(
      'div',
      { class: 'confirmation' },
      ht('p', method === 'card' ? 'reg.confirm.cardPending' : 'reg.confirm.received', { class: 'lead strong' }),
      amount,
      paymentFacts(submission.payment, timeZone),
      hold,
      ht('p', method === 'card' ? 'reg.confirm.email' : 'reg.confirm.emailAfterPayment', { class: 'muted' }),
      h('div', { class: 'confirmation__actions' }, resume, follow, again),
    ),
  };
}
