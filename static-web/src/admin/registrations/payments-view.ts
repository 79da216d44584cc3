import { h, ht, setText } from '../../shared/dom';
import { i18n, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { recordPayment, refund } from './api';
import { refundableCardPayments, type Payment } from './file-model';
import { instantDay, methodLabel, money } from '../shared/labels';
import { amountInputValue, dayIn } from '../shared/money';
import { amountsView } from './lines-view';
import { buttonView, html, nothing, t, type TemplateResult } from '../shared/view';
import { checkPayment, checkRefund, maxRefund, refundFailure, RequestKey } from './payments';
import { canHandleMoney } from './roles';
import { runChange, type FileSession } from './session';
import { focusFirst, openDialog } from '../shared/ui';
import { inputField, selectField, showFieldErrors, type Field } from '../../shared/form';

// Payments of the file (refunds as negative amounts), and for Admin and Finance: record a cheque
// or transfer, refund (to the card through Stripe, or by cheque or transfer).

const COLUMNS: readonly MessageKey[] = [
  'admin.registrations.pay.date',
  'admin.registrations.pay.method',
  'admin.registrations.pay.reference',
  'admin.registrations.pay.recordedBy',
  'admin.registrations.pay.amount',
  'admin.registrations.pay.refundable',
];

function paymentRow(payment: Payment, timeZone: string): TemplateResult {
  const isRefund = payment.amount < 0;
  const what = isRefund
    ? `${translate(i18n.lang, 'admin.registrations.pay.refundRow')} · ${t(methodLabel(payment.method))}`
    : t(methodLabel(payment.method));
  const cell = (column: MessageKey, className: string, content: unknown) => html`<td class=${className} data-label=${t(column)}>${content}</td>`;
  return html`<tr class=${isRefund ? 'rg-row--refund' : ''}>
    <th scope="row" class="rg-cell--date" data-label=${t(COLUMNS[0] as MessageKey)}><span>${t(instantDay(payment.receivedAt, timeZone))}</span></th>
    ${cell('admin.registrations.pay.method', '', html`<span>${what}</span>`)}
    ${cell('admin.registrations.pay.reference', 'rg-cell--mono', payment.reference || '—')}
    ${cell('admin.registrations.pay.recordedBy', 'small', payment.recordedBy || '—')}
    ${cell('admin.registrations.pay.amount', `rg-amount strong${isRefund ? ' rg-amount--negative' : ''}`, html`<span>${t(money(payment.amount))}</span>`)}
    ${cell('admin.registrations.pay.refundable', 'rg-amount', payment.method === 'card' && !isRefund ? html`<span>${t(money(payment.refundable))}</span>` : '—')}
  </tr>`;
}

/** The payments panel: totals, the payments and refunds, and for Admin and Finance the buttons that open the dialogs (in `host`). */
export function paymentsView(session: FileSession, host: HTMLElement): TemplateResult {
  const file = session.file;
  const handlesMoney = canHandleMoney(session.roles);
  const table =
    file.payments.length === 0
      ? html`<p class="muted">${t('admin.registrations.noPayments')}</p>`
      : html`<div class="rg-table-wrap">
          <table class="rg-table rg-table--payments">
            <caption class="visually-hidden">${t('admin.registrations.payments')}</caption>
            <thead><tr>${COLUMNS.map((column, i) => html`<th scope="col" class=${i >= 4 ? 'rg-amount' : ''}>${t(column)}</th>`)}</tr></thead>
            <tbody>${file.payments.map((payment) => paymentRow(payment, session.timeZone))}</tbody>
          </table>
        </div>`;
  return html`<div class="rg-block">
    <div class="rg-block__head">
      <h2>${t('admin.registrations.payments')}</h2>
      <div class="rg-actions">
        ${handlesMoney ? buttonView('admin.registrations.pay.record', 'primary', () => openPaymentDialog(session, host)) : nothing}
        ${handlesMoney && file.paid > 0 ? buttonView('admin.registrations.refund.open', 'secondary', () => openRefundDialog(session, host)) : nothing}
      </div>
    </div>
    ${amountsView(file)} ${table}
  </div>`;
}

function openPaymentDialog(session: FileSession, host: HTMLElement): void {
  const file = session.file;
  const dialog = openDialog(host, 'admin.registrations.pay.recordTitle', 'admin.registrations.pay.submit');
  const today = dayIn(new Date(), session.timeZone);
  const amount = inputField('amount', 'admin.registrations.pay.amountLabel', {
    required: true,
    hint: (lang) => translate(lang, 'admin.registrations.pay.amountHint', { balance: money(file.balanceDue)(lang) }),
    attributes: { inputmode: 'decimal', autocomplete: 'off' },
  });
  if (file.balanceDue > 0) amount.control.value = amountInputValue(file.balanceDue, i18n.lang);
  const method = selectField('method', 'admin.registrations.pay.methodLabel', [
    { value: 'cheque', label: 'admin.registrations.method.cheque' },
    { value: 'transfer', label: 'admin.registrations.method.transfer' },
  ], { required: true });
  if (file.paymentMethod === 'transfer') method.control.value = 'transfer';
  const receivedOn = inputField('receivedOn', 'admin.registrations.pay.receivedOn', { required: true, attributes: { type: 'date', max: today } });
  receivedOn.control.value = today;
  const reference = inputField('reference', 'admin.registrations.pay.referenceLabel', {
    required: true,
    hint: 'admin.registrations.pay.referenceHint',
    attributes: { maxlength: '100', autocomplete: 'off' },
  });
  const fields: Field[] = [amount, method, receivedOn, reference];
  dialog.body.append(h('div', { class: 'field-row' }, amount.element, method.element), h('div', { class: 'field-row' }, receivedOn.element, reference.element));
  focusFirst(dialog.body);

  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkPayment(
      { amount: amount.control.value, method: method.control.value, reference: reference.control.value, receivedOn: receivedOn.control.value },
      today,
    );
    dialog.alert.show(null);
    showFieldErrors(fields, checked.ok ? new Map() : checked.errors);
    if (!checked.ok) return;
    // No If-Match: money received is a fact; the reference makes a second send of the same cheque harmless.
    void runChange(session, dialog, () => recordPayment(session.id, checked.body), { fields, saved: 'admin.registrations.pay.saved' });
  });
}

function openRefundDialog(session: FileSession, host: HTMLElement): void {
  const dialog = openDialog(host, 'admin.registrations.refund.title', 'admin.registrations.refund.submit');
  // One dialog, one refund: the id survives retries so that the server refunds once.
  const key = new RequestKey();
  const file = () => session.file;
  const cards = () => refundableCardPayments(file().payments);

  const intro = setText(h('p', {}), (lang) =>
    translate(lang, 'admin.registrations.refund.intro', { refundDue: money(file().refundDue)(lang), paid: money(file().paid)(lang) }),
  );
  const method = selectField('method', 'admin.registrations.refund.method', [
    ...(cards().length > 0 ? [{ value: 'card', label: 'admin.registrations.refund.method.card' as const }] : []),
    { value: 'cheque', label: 'admin.registrations.refund.method.cheque' },
    { value: 'transfer', label: 'admin.registrations.refund.method.transfer' },
  ], { required: true });
  const payment = selectField('paymentId', 'admin.registrations.refund.payment', [
    { value: '', label: 'admin.registrations.refund.paymentChoose' },
    ...cards().map((candidate) => ({
      value: candidate.id,
      label: ((lang) =>
        translate(lang, 'admin.registrations.refund.paymentOption', {
          date: instantDay(candidate.receivedAt, session.timeZone)(lang),
          amount: money(candidate.amount)(lang),
          refundable: money(candidate.refundable)(lang),
        })) as Localized,
    })),
  ], { required: true });
  if (cards().length === 1) payment.control.value = cards()[0]?.id ?? '';
  const amount = inputField('amount', 'admin.registrations.pay.amountLabel', { required: true, attributes: { inputmode: 'decimal', autocomplete: 'off' } });
  const reference = inputField('reference', 'admin.registrations.pay.referenceLabel', {
    required: true,
    hint: 'admin.registrations.refund.referenceHint',
    attributes: { maxlength: '100', autocomplete: 'off' },
  });
  const fields: Field[] = [method, payment, amount, reference];
  const max = () => maxRefund({ method: method.control.value, paymentId: payment.control.value }, file().payments, file().paid);
  // The cap the server applies, shown before anything is typed; it follows the method and payment chosen.
  const limit = h('p', { class: 'strong', 'aria-live': 'polite' });
  const showLimit = () => setText(limit, (lang) => translate(lang, 'admin.registrations.refund.max', { max: money(max())(lang) }));
  const suggest = () => {
    const due = file().refundDue > 0 ? file().refundDue : file().paid;
    const value = Math.min(due, max());
    if (value > 0) amount.control.value = amountInputValue(value, i18n.lang);
    showLimit();
  };
  const layout = () => {
    const card = method.control.value === 'card';
    payment.element.hidden = !card;
    reference.element.hidden = card;
  };
  method.control.addEventListener('change', () => {
    layout();
    suggest();
  });
  payment.control.addEventListener('change', suggest);
  dialog.body.append(intro, limit, method.element, payment.element, amount.element, reference.element);
  if (cards().length === 0 && file().paymentMethod === 'card') dialog.body.append(ht('p', 'admin.registrations.refund.noCard', { class: 'muted' }));
  layout();
  suggest();
  focusFirst(dialog.body);

  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkRefund(
      { amount: amount.control.value, method: method.control.value, paymentId: payment.control.value, reference: reference.control.value },
      file().payments,
      file().paid,
      key.current,
    );
    dialog.alert.show(null);
    showFieldErrors(fields, checked.ok ? new Map() : checked.errors);
    if (!checked.ok) return;
    void runChange(
      session,
      dialog,
      async () => {
        const { outcome, status, problem } = await refund(session.id, checked.body);
        key.settle(status, problem);
        return outcome;
      },
      { fields, saved: 'admin.registrations.refund.saved' },
    ).then((outcome) => {
      if (outcome.kind === 'failed') dialog.alert.show(refundFailure(outcome.error));
    });
  });
}
