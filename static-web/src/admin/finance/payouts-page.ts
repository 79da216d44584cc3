import { h, ht, setText } from '../../shared/dom';
import { money } from '../../shared/money';
import { shortInstant } from '../shared/labels';
import type { SectionContext } from '../section';
import { batchFileUrl, fetchBatches, fetchEvents, fetchProviders } from './api';
import type { Batch } from './batch-model';
import { PARIS } from './bank-status';
import { block } from './follow-up-view';
import { financeFrame, loadInto } from './frame';
import { batchStatusLabel, methodLabel } from './labels';
import { payoutForm } from './payout-form';
import { screenRoute } from './route';
import { row, table, type Column } from './table';

// #/finance/payouts: a new payout (selection, preview, batch) and the batches made so far, newest first.

const COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.batch' },
  { label: 'admin.finance.col.createdAt' },
  { label: 'admin.finance.col.method' },
  { label: 'admin.finance.col.status' },
  { label: 'admin.finance.col.payments', amount: true },
  { label: 'admin.finance.col.amount', amount: true },
  { label: 'admin.finance.col.file' },
];

export const batchBadge = (status: string): HTMLElement => {
  const tone = status === 'Executed' ? 'success' : status === 'Cancelled' ? 'danger' : status === 'Released' ? 'warning' : 'neutral';
  return setText(h('span', { class: `rg-badge rg-badge--${tone}` }), batchStatusLabel(status));
};

function batchRow(b: Batch): HTMLTableRowElement {
  const file = b.fileName ? h('a', { href: batchFileUrl(b.id), download: `${b.id}.xml` }, `${b.id}.xml`) : null;
  return row(COLUMNS, [
    h('a', { href: `#/${screenRoute('payouts', b.id)}` }, b.id),
    shortInstant(b.createdAt, PARIS),
    methodLabel(b.method),
    batchBadge(b.status),
    String(b.paymentCount),
    money(b.total),
    file,
  ]);
}

export function mountPayouts(context: SectionContext): () => void {
  const page = financeFrame(context, 'payouts');
  const form = h('div', {});
  const batches = h('div', {});
  page.body.replaceChildren(block('admin.finance.payout.new', form), block('admin.finance.payouts.batches', batches));
  const texts = { loading: 'admin.finance.loading', failed: 'admin.finance.payouts.failed' } as const;
  loadInto(form, page, texts, () => Promise.all([fetchEvents(), fetchProviders()]), ([events, providers]) =>
    form.replaceChildren(payoutForm(context, events, providers)),
  );
  loadInto(batches, page, texts, fetchBatches, (list) =>
    batches.replaceChildren(list.length === 0 ? ht('p', 'admin.finance.payouts.none', { class: 'muted' }) : table('admin.finance.payouts.batches', COLUMNS, list.map(batchRow))),
  );
  return page.dispose;
}
