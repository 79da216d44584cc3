import { h, ht, setText } from '../../shared/dom';
import { translate } from '../../shared/i18n';
import { cents, money } from '../../shared/money';
import { button } from '../shared/ui';
import { block } from './follow-up-view';
import { blockedLabel, kindLabel } from './labels';
import type { LeftOut, PlannedPayment, Preview } from './payout-model';
import { row, table, type Column } from './table';

// The preview of a payout: the payments a batch would make, then, apart and in words, those it
// cannot make (no or unconfirmed bank details, nothing due); each with its registrations; then every
// registration of the selection left out of the batch, with the reason the server gives.

const COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.provider' },
  { label: 'admin.finance.col.kind' },
  { label: 'admin.finance.col.event' },
  { label: 'admin.finance.col.registrations' },
  { label: 'admin.finance.col.amount', amount: true },
];

const BLOCKED_COLUMNS: readonly Column[] = [...COLUMNS, { label: 'admin.finance.col.reason' }];

const LEFT_OUT_COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.registration' },
  { label: 'admin.finance.col.provider' },
  { label: 'admin.finance.col.event' },
  { label: 'admin.finance.col.reason' },
];

const leftOutCells = (l: LeftOut) => [`${l.number} — ${l.client}`, l.providerName, l.eventTitle, l.text];

function lines(payment: PlannedPayment): HTMLElement {
  const items = payment.lines.map((l) =>
    setText(h('li', {}), (lang) => translate(lang, 'admin.finance.payout.line', { number: l.number ?? l.registrationId, client: l.client, due: cents(l.dueCents)(lang) })),
  );
  return h('details', { class: 'fi-lines' }, setText(h('summary', {}), (lang) => translate(lang, 'admin.finance.payout.lines', { count: payment.lines.length })), h('ul', {}, ...items));
}

const cells = (p: PlannedPayment) => [p.providerName, kindLabel(p.providerKind), p.eventTitle, lines(p), cents(p.amountCents)];

export function previewView(plan: Preview, method: string, create: (button: HTMLButtonElement) => void): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const total = setText(h('p', { class: 'strong' }), (lang) =>
    translate(lang, 'admin.finance.payout.payableTotal', { count: plan.payable.length, total: money(plan.payableTotal)(lang) }));
  if (plan.payable.length === 0) {
    parts.push(block('admin.finance.payout.payable', ht('p', 'admin.finance.payout.nothingPayable', { class: 'notice notice--info' })));
  } else {
    const go = button(method === 'cheque' ? 'admin.finance.payout.createCheque' : 'admin.finance.payout.createTransfer', 'primary');
    go.addEventListener('click', () => create(go));
    parts.push(block('admin.finance.payout.payable', total, table('admin.finance.payout.payable', COLUMNS, plan.payable.map((p) => row(COLUMNS, cells(p)))), h('p', {}, go)));
  }
  if (plan.blocked.length > 0) {
    const body = plan.blocked.map((p) => row(BLOCKED_COLUMNS, [...cells(p), setText(h('strong', { class: 'fi-blocked' }), blockedLabel(p.blocked ?? ''))], 'rg-row--problem'));
    parts.push(
      block(
        'admin.finance.payout.blocked',
        setText(h('p', { class: 'notice notice--error' }), (lang) =>
          translate(lang, 'admin.finance.payout.blockedTotal', { count: plan.blocked.length, total: money(plan.blockedTotal)(lang) })),
        table('admin.finance.payout.blocked', BLOCKED_COLUMNS, body),
      ),
    );
  }
  if (plan.leftOut.length > 0) {
    parts.push(
      block(
        'admin.finance.payout.leftOut',
        setText(h('p', { class: 'notice notice--info' }), (lang) => translate(lang, 'admin.finance.payout.leftOutIntro', { count: plan.leftOut.length })),
        table('admin.finance.payout.leftOut', LEFT_OUT_COLUMNS, plan.leftOut.map((l) => row(LEFT_OUT_COLUMNS, leftOutCells(l)))),
      ),
    );
  }
  return parts;
}
