import { money } from '../shared/money';
import { h, ht, setText, uniqueId } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { translate, type Localized, type MessageKey } from '../shared/i18n';
import { quoteTable } from '../register/basket-table';
import { formatInstant, formatMoney } from '../register/format';
import { paymentFacts } from '../register/payment-facts';
import { confirmationUrl } from '../register/step-confirmation';
import { fetchRegistrationDetail, type RegistrationDetail } from './attendee-api';
import { formatLocalDate, methodLabel, type ReceivedPayment } from './detail';
import { balanceOf, numberText, statusBadge, type AccountRegistration } from './registrations';

// One registration of "Mes inscriptions": its facts, and a disclosure showing the detail from
// GET /api/registrations/{id}?token= with the register pages' own renderers (basket table, payment facts).

// The list does not say the event's time zone; the detail view falls back to the same one.
const LIST_TIME_ZONE = 'Europe/Paris';


export function statusBadgeElement(status: string): HTMLElement {
  const badge = statusBadge(status);
  return h(
    'p',
    { class: `status-badge status-badge--${badge.tone}` },
    ht('span', 'account.statusLabel', { class: 'visually-hidden' }),
    ' ',
    setText(h('span', {}), badge.label),
  );
}

export function registrationCard(registration: AccountRegistration): HTMLElement {
  const titleId = uniqueId('registration-title');
  const detailId = uniqueId('registration-detail');

  const facts = h('dl', { class: 'registration-card__facts' });
  const fact = (label: MessageKey, value: Localized, className?: string) =>
    facts.append(h('div', {}, ht('dt', label), setText(h('dd', { class: className }), value)));
  fact('account.number', numberText(registration));
  if (registration.createdAt) {
    fact('account.createdAt', (lang) => formatLocalDate(registration.createdAt, lang, LIST_TIME_ZONE));
  }
  fact('account.total', money(registration.total), 'amount');
  fact('account.paid', money(registration.paid), 'amount');
  const balance = balanceOf(registration);
  if (balance > 0) fact('account.balance', money(balance), 'amount strong');

  const toggle = h('button', {
    type: 'button',
    class: 'button button--secondary registration-card__toggle',
    'aria-expanded': 'false',
    'aria-controls': detailId,
    'aria-describedby': titleId,
  });
  setText(toggle, 'account.showDetail');
  const detail = h('div', { id: detailId, class: 'registration-card__detail', tabindex: '-1', hidden: true });

  let state: 'idle' | 'loading' | 'loaded' = 'idle';
  const load = async () => {
    state = 'loading';
    detail.setAttribute('aria-busy', 'true');
    detail.replaceChildren(ht('p', 'account.detailLoading', { class: 'state state--loading', role: 'status' }));
    try {
      const answer = await fetchRegistrationDetail(registration);
      detail.replaceChildren(...detailParts(registration, answer));
      state = 'loaded';
    } catch (error) {
      const retry = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
      // The retry button disappears with the answer: focus goes to the region, not to the page's top.
      retry.addEventListener('click', () => void load().then(() => detail.focus()));
      detail.replaceChildren(
        h(
          'div',
          { class: 'state state--error', role: 'alert' },
          ht('p', 'account.detailFailed', { class: 'state__title' }),
          setText(h('p', {}), failureMessage(error)),
          retry,
        ),
      );
      state = 'idle';
    } finally {
      detail.removeAttribute('aria-busy');
    }
  };

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    setText(toggle, open ? 'account.hideDetail' : 'account.showDetail');
    detail.hidden = !open;
    if (open && state === 'idle') void load();
  });

  return h(
    'article',
    { class: `registration-card registration-card--${statusBadge(registration.status).tone}`, 'aria-labelledby': titleId },
    h(
      'div',
      { class: 'registration-card__head' },
      h('h2', { id: titleId, class: 'registration-card__title' }, registration.eventTitle),
      statusBadgeElement(registration.status),
    ),
    facts,
    h('div', { class: 'registration-card__actions' }, toggle),
    detail,
  );
}

function detailParts(registration: AccountRegistration, detail: RegistrationDetail): HTMLElement[] {
  const { view } = detail;
  const timeZone = view.timeZone;
  const parts: HTMLElement[] = [];

  if (view.status === 'AwaitingPayment') {
    const hold = view.holdExpiresAt;
    const checkoutUrl = typeof view.payment.checkoutUrl === 'string' ? view.payment.checkoutUrl : '';
    const content = [
      hold ? setText(h('p', {}), (lang) => translate(lang, 'reg.confirm.hold', { date: formatInstant(hold, lang, timeZone) })) : null,
      paymentFacts(view.payment, timeZone),
      view.payment.method === 'card' && checkoutUrl
        ? ht('a', 'reg.confirm.resumeCard', { href: checkoutUrl, class: 'button button--primary' })
        : null,
    ].filter((part): part is HTMLElement => part !== null);
    if (content.length > 0) {
      parts.push(h('section', { class: 'detail-section detail-section--pay' }, ht('h3', 'account.howToPay'), ...content));
    }
  }

  if (view.quote && view.quote.groups.length > 0) parts.push(quoteTable(view.quote));
  parts.push(paymentsSection(detail));

  const pdf = view.status === 'Confirmed' ? view.summaryPdfUrl : null;
  parts.push(
    h(
      'div',
      { class: 'detail-actions' },
      pdf ? ht('a', 'reg.confirmation.pdf', { href: pdf, class: 'button button--primary' }) : null,
      ht('a', 'account.openPage', { href: confirmationUrl(registration), class: 'button button--link' }),
    ),
  );
  return parts;
}

function paymentsSection(detail: RegistrationDetail): HTMLElement {
  const timeZone = detail.view.timeZone;
  const list = detail.payments.length > 0
    ? h('ul', { class: 'payment-list' }, ...detail.payments.map((payment) => paymentItem(payment, timeZone)))
    : ht('p', 'account.noPayment', { class: 'muted' });
  const line = (key: 'account.balanceDue' | 'account.refundDue', amount: number) =>
    amount > 0
      ? setText(h('p', { class: 'strong' }), (lang) => translate(lang, key, { price: formatMoney(amount, lang) }))
      : null;
  const open = detail.view.status === 'AwaitingPayment';
  return h(
    'section',
    { class: 'detail-section' },
    ht('h3', 'account.payments'),
    list,
    open ? line('account.balanceDue', detail.balanceDue) : null,
    line('account.refundDue', detail.refundDue),
  );
}

function paymentItem(payment: ReceivedPayment, timeZone: string): HTMLElement {
  return h(
    'li',
    { class: 'payment-list__item' },
    h(
      'span',
      { class: 'payment-list__what' },
      payment.receivedAt ? setText(h('span', { class: 'strong' }), (lang) => formatLocalDate(payment.receivedAt, lang, timeZone)) : null,
      setText(h('span', {}), methodLabel(payment.method)),
      payment.reference
        ? h('span', { class: 'muted small' }, ht('span', 'account.paymentRef'), ' ', h('span', { class: 'mono' }, payment.reference))
        : null,
    ),
    setText(h('span', { class: 'payment-list__amount' }), money(payment.amount)),
  );
}
