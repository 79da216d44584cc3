import { h, ht, setText } from '../shared/dom';
import type { MessageKey } from '../shared/i18n';
import { formatInstant } from './format';
import type { PaymentInstructions } from './quote';

// How to pay by cheque or transfer: payee (and address), IBAN, BIC, reference, due date. From the
// POST /registrations answer or from GET /registrations/{id} (both carry `payment`).

export function paymentFacts(payment: PaymentInstructions, timeZone: string): HTMLElement | null {
  const { method } = payment;
  if (method !== 'cheque' && method !== 'transfer') return null;
  const facts = h('dl', { class: 'facts facts--wide' });
  const fact = (label: MessageKey, value: string, mono = false) => {
    if (value) facts.append(ht('dt', label), h('dd', { class: mono ? 'mono' : 'prewrap' }, value));
  };
  fact('reg.confirm.payee', payment.payee ?? '');
  if (method === 'cheque') fact('reg.confirm.payeeAddress', payment.payeeAddress ?? '');
  if (method === 'transfer') {
    fact('reg.confirm.iban', payment.iban ?? '', true);
    fact('reg.confirm.bic', payment.bic ?? '', true);
  }
  fact('reg.confirm.reference', payment.reference ?? '', true);
  const due = payment.dueBy;
  if (due) facts.append(ht('dt', 'reg.confirm.dueBy'), setText(h('dd', {}), (lang) => formatInstant(due, lang, timeZone)));
  return h(
    'div',
    { class: 'payment-facts' },
    ht('p', method === 'cheque' ? 'reg.confirm.chequeHow' : 'reg.confirm.transferHow'),
    facts.childElementCount > 0 ? facts : null,
  );
}
