import './register.css';
import './register-basket.css';
import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { translate } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { fetchRegistration } from './api';
import { quoteTable } from './basket-table';
import { forgetClientKey } from './client-key';
import { formatInstant, formatMoney } from './format';
import type { RegistrationView } from './quote';
import { browserSession, clearState, loadState } from './store';
import { paymentFacts } from './payment-facts';
import { button, t } from './ui';

// /register/confirmation.html?registration={id}&token={token} — also where the card payment
// returns. The payment is confirmed by a webhook, so the page asks again every 2 s for up to 60 s
// while the registration still awaits its payment.

const POLL_MS = 2000;
const POLL_LIMIT_MS = 60_000;

const main = mountPage({ section: 'home', title: 'reg.confirmation.title' });
const view = h('div', { class: 'confirmation-page', 'aria-live': 'polite' });
main.append(view);

const params = new URLSearchParams(location.search);
const registrationId = params.get('registration') ?? '';
const token = params.get('token') ?? '';

function state(tone: 'error' | 'loading' | 'plain', title: Parameters<typeof t>[0], body?: Parameters<typeof t>[0]): HTMLElement {
  return h(
    'div',
    { class: `state ${tone === 'error' ? 'state--error' : tone === 'loading' ? 'state--loading' : ''}` },
    ht('p', title, { class: 'state__title' }),
    body && ht('p', body),
  );
}

/** Once confirmed, the basket this tab kept for the event is done with. */
function forgetBasket(registration: RegistrationView): void {
  if (!registration.eventId) return;
  const storage = browserSession();
  const saved = loadState(storage, registration.eventId);
  if (saved?.submitted?.registrationId === registrationId) {
    clearState(storage, registration.eventId);
    forgetClientKey(storage, registration.eventId);
  }
}

function summary(registration: RegistrationView): HTMLElement | null {
  if (!registration.quote) return null;
  return h('section', { class: 'panel' }, ht('h2', 'reg.confirmation.summary'), quoteTable(registration.quote));
}

function render(registration: RegistrationView, waitedOut: boolean, retry: () => void): void {
  const title = registration.eventTitle ? h('p', { class: 'event-header__kicker' }, registration.eventTitle) : null;
  if (registration.status === 'Confirmed') {
    forgetBasket(registration);
    const pdf = registration.summaryPdfUrl;
    view.replaceChildren(
      title ?? '',
      h(
        'section',
        { class: 'panel confirmation confirmation--ok' },
        ht('h1', 'reg.confirmation.confirmed', { tabindex: '-1' }),
        registration.number &&
          setText(h('p', { class: 'lead' }), (lang) => translate(lang, 'reg.confirmation.number', { number: registration.number ?? '' })),
        registration.paid > 0 &&
          setText(h('p', {}), (lang) => translate(lang, 'reg.confirmation.paid', { price: formatMoney(registration.paid, lang) })),
        ht('p', 'reg.confirm.email', { class: 'muted' }),
        pdf ? ht('a', 'reg.confirmation.pdf', { href: pdf, class: 'button button--primary' }) : '',
      ),
      summary(registration) ?? '',
    );
    view.querySelector<HTMLElement>('h1')?.focus();
    return;
  }
  if (registration.status === 'AwaitingPayment') {
    const again = button(t('reg.confirmation.refresh'));
    again.addEventListener('click', retry);
    const until = registration.holdExpiresAt;
    const manual = paymentFacts(registration.payment, registration.timeZone);
    view.replaceChildren(
      title ?? '',
      h(
        'section',
        { class: 'panel confirmation' },
        ht('h1', manual ? 'reg.confirmation.awaitingManual' : 'reg.confirmation.pending'),
        manual ?? (waitedOut ? ht('p', 'reg.confirmation.pendingLong') : ht('p', 'reg.confirmation.checking', { role: 'status' })),
        until && setText(h('p', { class: 'muted' }), (lang) =>
          translate(lang, 'reg.confirm.hold', { date: formatInstant(until, lang, registration.timeZone) })),
        waitedOut && !manual && again,
        waitedOut && resumeCard(registration),
      ),
      summary(registration) ?? '',
    );
    return;
  }
  const restart = registration.eventId
    ? ht('a', 'reg.confirmation.restart', { href: `/register/?event=${encodeURIComponent(registration.eventId)}`, class: 'button button--primary' })
    : ht('a', 'reg.backHome', { href: '/', class: 'button button--secondary' });
  view.replaceChildren(
    title ?? '',
    h(
      'section',
      { class: 'panel confirmation confirmation--ko' },
      ht('h1', registration.status === 'Expired' ? 'reg.confirmation.expired' : registration.status === 'Cancelled' ? 'reg.confirmation.cancelled' : 'reg.confirmation.unknown'),
      ht('p', registration.status === 'Expired' ? 'reg.confirmation.expiredBody' : 'reg.confirmation.cancelledBody'),
      restart,
    ),
  );
}

/** A card payment that never came back (tab closed on the payment page): offer to go back to it. */
function resumeCard(registration: RegistrationView): HTMLElement | null {
  const url = registration.payment.checkoutUrl;
  if (registration.payment.method !== 'card' || !url) return null;
  const resume = button(t('reg.confirm.resumeCard'), 'primary');
  resume.addEventListener('click', () => location.assign(url));
  return resume;
}

async function poll(): Promise<void> {
  const started = Date.now();
  view.replaceChildren(state('loading', 'reg.confirmation.loading'));
  for (;;) {
    try {
      const answer = await fetchRegistration(registrationId, token);
      if (answer.kind !== 'ok') {
        view.replaceChildren(state('error', 'reg.confirmation.notFound', 'reg.confirmation.notFoundBody'));
        return;
      }
      const waitedOut = Date.now() - started + POLL_MS > POLL_LIMIT_MS;
      render(answer.value, waitedOut, () => void poll());
      // Confirmed comes first; the number (and the PDF with it) follows a moment later.
      const settled = answer.value.status !== 'AwaitingPayment' && !(answer.value.status === 'Confirmed' && !answer.value.number);
      if (settled || waitedOut) return;
    } catch (error) {
      const retry = button(t('home.retry'));
      retry.addEventListener('click', () => void poll());
      view.replaceChildren(h('div', { class: 'state state--error' }, setText(h('p', { class: 'state__title' }), failureMessage(error)), retry));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

if (!registrationId || !token) view.replaceChildren(state('error', 'reg.confirmation.badLink', 'reg.confirmation.notFoundBody'));
else void poll();
