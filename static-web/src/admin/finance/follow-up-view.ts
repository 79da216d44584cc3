import { h, ht, uniqueId } from '../../shared/dom';
import { message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { money } from '../../shared/money';
import { facts } from '../shared/ui';
import { followUpRows, type CommissionEntry, type FollowUp } from './follow-up-model';
import { kindLabel, percent, period } from './labels';
import { row, table, type Column } from './table';

// The seed's "Suivi de gestion": what clients paid and owe, then per provider what was paid out,
// bought, kept as commission, left to pay and in a payout under way; the margin; the commissions.

const CLIENT_COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.registrations' },
  { label: 'admin.finance.col.clientPayments', amount: true },
  { label: 'admin.finance.col.sales', amount: true },
  { label: 'admin.finance.col.clientRemaining', amount: true },
];

const PROVIDER_COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.kind' },
  { label: 'admin.finance.col.provider' },
  { label: 'admin.finance.col.paidOut', amount: true },
  { label: 'admin.finance.col.purchase', amount: true },
  { label: 'admin.finance.col.commission', amount: true },
  { label: 'admin.finance.col.remaining', amount: true },
  { label: 'admin.finance.col.inProgress', amount: true },
];

export const COMMISSION_COLUMNS: readonly Column[] = [
  { label: 'admin.finance.col.period' },
  { label: 'admin.finance.col.provider' },
  { label: 'admin.finance.col.registration' },
  { label: 'admin.finance.col.days', amount: true },
  { label: 'admin.finance.col.amount', amount: true },
  { label: 'admin.finance.col.commission', amount: true },
  { label: 'admin.finance.col.rate', amount: true },
];

function providerTable(followUp: FollowUp): HTMLElement {
  const rows = followUpRows(followUp);
  const body = rows.filter((r) => !r.total).map((r) => row(PROVIDER_COLUMNS, [kindLabel(r.kind), r.name, ...r.amounts.map(money)]));
  const totals = rows.filter((r) => r.total).map((r) => row(PROVIDER_COLUMNS, [message('admin.finance.totals'), null, ...r.amounts.map(money)], 'fi-total'));
  return body.length === 0 ? ht('p', 'admin.finance.noProviders', { class: 'muted' }) : table('admin.finance.providersCaption', PROVIDER_COLUMNS, body, totals);
}

export function commissionTable(entries: readonly CommissionEntry[]): HTMLElement {
  if (entries.length === 0) return ht('p', 'admin.finance.noCommissions', { class: 'muted' });
  const registration = (e: CommissionEntry) =>
    h('a', { href: `#/registrations/${encodeURIComponent(e.registrationId)}` }, e.number ?? e.registrationId);
  return table(
    'admin.finance.commissionsCaption',
    COMMISSION_COLUMNS,
    entries.map((e) => row(COMMISSION_COLUMNS, [period(e.from, e.to), e.providerName || e.providerId, registration(e), String(e.days), money(e.amount), money(e.commission), percent(e.rate)])),
  );
}

/** A titled part of a page. */
export function block(title: MessageKey, ...content: (Node | null)[]): HTMLElement {
  return titled('h2', title, ...content);
}

function titled(level: 'h2' | 'h3', title: MessageKey, ...content: (Node | null)[]): HTMLElement {
  const id = uniqueId('fi-block');
  return h('section', { class: 'rb-section', 'aria-labelledby': id }, ht(level, title, { id }), ...content);
}

/** The follow-up's blocks; `registration`: one registration's, under the panel's own heading. */
export function followUpView(followUp: FollowUp, registration: boolean): HTMLElement[] {
  const part = (title: MessageKey, ...content: (Node | null)[]) => titled(registration ? 'h3' : 'h2', title, ...content);
  const { client } = followUp;
  const count: Localized = (lang) => translate(lang, 'admin.finance.registrationsCount', { count: client.registrations });
  const clientRow = row(CLIENT_COLUMNS, [registration ? message('admin.finance.thisRegistration') : count, money(client.payments), money(client.sales), money(client.remaining)]);
  const margin: Localized = (lang) => `${money(followUp.margin)(lang)} (${percent(followUp.marginPercent)(lang)})`;
  return [
    part('admin.finance.clients', table('admin.finance.clients', CLIENT_COLUMNS, [clientRow])),
    part(
      'admin.finance.providersFollowUp',
      providerTable(followUp),
      facts(
        [
          ['admin.finance.margin', margin],
          ['admin.finance.marginAndCommission', money(followUp.marginAndCommission)],
        ],
        'rg-totals fi-margin',
      ),
    ),
    part('admin.finance.commissionsListing', commissionTable(followUp.commissions)),
  ];
}
