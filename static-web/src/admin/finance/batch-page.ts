import { h, ht, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { message, translate, type Localized } from '../../shared/i18n';
import { problemToFormErrors } from '../../shared/problem-details';
import { money } from '../../shared/money';
import { day, instant } from '../shared/labels';
import { button, facts, noticeArea, openDialog } from '../shared/ui';
import type { SectionContext } from '../section';
import { batchFileUrl, cancelBatch, fetchBatch, markExecuted } from './api';
import { canCancel, canMarkExecuted, type Batch, type BatchDetail, type BatchPayment } from './batch-model';
import { PARIS } from './bank-status';
import { financeFrame, loadInto } from './frame';
import { methodLabel } from './labels';
import { batchBadge } from './payouts-page';
import { screenRoute } from './route';
import { row, table, type Column } from './table';

// #/finance/payouts/{id} (the payout emails link here): the batch, its payments, its file, and
// marking it executed or cancelling it (after a confirmation).

const COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.provider' },
  { label: 'admin.finance.col.event' },
  { label: 'admin.finance.col.registrations', amount: true },
  { label: 'admin.finance.col.amount', amount: true },
  { label: 'admin.finance.col.account' },
  { label: 'admin.finance.col.remittance' },
];

const account = (p: BatchPayment): HTMLElement | null =>
  p.iban ? h('span', { class: 'rg-cell--mono' }, [p.accountHolder, p.iban, p.bic].filter(Boolean).join(' · ')) : null;

const by = (at: string | null, who: string | null): Localized => (lang) =>
  at ? translate(lang, 'admin.finance.bank.atBy', { at: instant(at, PARIS)(lang), by: who ?? '' }) : '—';

function summary(batch: Batch): HTMLElement {
  const rows: Parameters<typeof facts>[0][number][] = [
    ['admin.finance.col.status', batchBadge(batch.status)],
    ['admin.finance.col.method', methodLabel(batch.method)],
    ['admin.finance.col.createdAt', by(batch.createdAt, batch.createdBy)],
    ['admin.finance.col.amount', money(batch.total)],
    ['admin.finance.col.payments', String(batch.paymentCount)],
  ];
  if (batch.executionDate) rows.push(['admin.finance.batch.executionDate', day(batch.executionDate)]);
  if (batch.chequeNumber) rows.push(['admin.finance.payout.chequeNumber', batch.chequeNumber]);
  if (batch.executedAt) rows.push(['admin.finance.batch.executed', by(batch.executedAt, batch.executedBy)]);
  if (batch.cancelledAt) rows.push(['admin.finance.batch.cancelled', by(batch.cancelledAt, batch.cancelledBy)]);
  return facts(rows, 'rg-facts');
}

export function mountBatch(context: SectionContext, batchId: string): () => void {
  const page = financeFrame(context, 'payouts');
  page.heading.before(ht('a', 'admin.finance.batch.back', { href: `#/${screenRoute('payouts')}`, class: 'rb-back' }));
  setText(page.heading, (lang) => translate(lang, 'admin.finance.batch.title', { id: batchId }));
  const announcer = noticeArea('success');
  const alert = noticeArea('error');
  const content = h('div', { class: 'rb-section' });
  const dialogs = h('div', {});
  page.body.replaceChildren(announcer, alert, content, dialogs);
  if (context.query.get('created') === '1') announcer.show('admin.finance.batch.created');

  const act = (change: () => Promise<{ status: number; body: unknown }>, done: 'admin.finance.batch.executedNotice' | 'admin.finance.batch.cancelledNotice') =>
    change()
      .then((response) => {
        if (response.status === 200) {
          announcer.show(done);
          return reload();
        }
        // 409: not possible in this status (someone else acted meanwhile); the server says why.
        alert.show(problemToFormErrors(response.body, []).form ?? message('admin.finance.failed'));
      })
      .catch((error: unknown) => alert.show(failureMessage(error)));

  const render = ({ batch, payments }: BatchDetail) => {
    const actions = h('p', { class: 'rb-actions' });
    if (batch.fileName) actions.append(ht('a', 'admin.finance.batch.download', { href: batchFileUrl(batch.id), download: `${batch.id}.xml`, class: 'button button--secondary' }));
    if (canMarkExecuted(batch)) {
      const executed = button('admin.finance.batch.markExecuted', 'primary');
      executed.addEventListener('click', () => void act(() => markExecuted(batch.id), 'admin.finance.batch.executedNotice'));
      actions.append(executed);
    }
    if (canCancel(batch)) {
      const cancel = button('admin.finance.batch.cancel', 'danger');
      cancel.addEventListener('click', () => {
        const dialog = openDialog(dialogs, 'admin.finance.batch.cancelTitle', 'admin.finance.batch.cancelConfirm');
        dialog.body.append(ht('p', 'admin.finance.batch.cancelBody'));
        dialog.form.addEventListener('submit', (e) => {
          e.preventDefault();
          dialog.busy(true);
          void act(() => cancelBatch(batch.id), 'admin.finance.batch.cancelledNotice').finally(() => dialog.close());
        });
      });
      actions.append(cancel);
    }
    const body = payments.map((p) => row(COLUMNS, [p.providerName, p.eventTitle, String(p.registrations), money(p.amount), account(p), p.remittance]));
    content.replaceChildren(summary(batch), actions, payments.length > 0 ? table('admin.finance.batch.payments', COLUMNS, body) : ht('p', 'admin.finance.batch.noPayments', { class: 'muted' }));
  };
  const reload = loadInto(content, page, { loading: 'admin.finance.loading', failed: 'admin.finance.batch.failed' }, () => fetchBatch(batchId), render);
  return page.dispose;
}
