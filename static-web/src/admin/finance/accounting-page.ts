import { h, ht } from '../../shared/dom';
import { dayIn } from '../shared/money';
import { noticeArea } from '../shared/ui';
import { inputField } from '../../shared/form';
import type { SectionContext } from '../section';
import { accountingUrl } from './api';
import { showErrors } from './errors';
import { block } from './follow-up-view';
import { financeFrame } from './frame';
import { checkPeriod } from './payout-model';

// #/finance/accounting: the accounting exports of a period (FEC, payments CSV), as download links
// that follow the period typed.

export function mountAccounting(context: SectionContext): () => void {
  const page = financeFrame(context, 'accounting');
  const today = dayIn(new Date(), 'Europe/Paris');
  const from = inputField('from', 'admin.finance.from', { required: true, attributes: { type: 'date' } });
  const to = inputField('to', 'admin.finance.to', { required: true, attributes: { type: 'date' } });
  from.control.value = `${today.slice(0, 4)}-01-01`;
  to.control.value = today;
  const alert = noticeArea('error');
  const fec = ht('a', 'admin.finance.accounting.fec', { class: 'button button--secondary' });
  const payments = ht('a', 'admin.finance.accounting.payments', { class: 'button button--secondary' });
  const links = h('p', { class: 'rb-actions' }, fec, payments);
  const update = () => {
    const errors = { fields: checkPeriod(from.control.value, to.control.value), form: null };
    showErrors([from, to], alert, errors);
    links.hidden = Object.keys(errors.fields).length > 0;
    fec.href = accountingUrl('fec', from.control.value, to.control.value);
    payments.href = accountingUrl('payments.csv', from.control.value, to.control.value);
  };
  from.control.addEventListener('change', update);
  to.control.addEventListener('change', update);
  update();
  page.body.replaceChildren(
    block('admin.finance.accounting.period', ht('p', 'admin.finance.accounting.intro', { class: 'muted' }), alert, h('div', { class: 'rb-grid fi-period' }, from.element, to.element), links),
  );
  return page.dispose;
}
