import { h, ht, setAttr, setText } from '../../shared/dom';
import { localeOf, translate, type Lang, type Localized } from '../../shared/i18n';
import { routeHref } from '../shell-routes';
import { formatRoles } from '../staff-api';
import { accountName, accountState, isSelf, type AccountState, type StaffAccount } from './accounts';

// The table of team accounts: name, email, roles, state, and what can be done with each. On phones
// each row becomes a card (admin-users.css); the column names then come from data-label.

export interface AccountsTableOptions {
  accounts: readonly StaffAccount[];
  staffEmail: string;
  now: Date;
  /** Disables or enables an account (the row's button); not offered for one's own account. */
  toggle(account: StaffAccount, button: HTMLButtonElement): void;
}

const STATE_TONES: Readonly<Record<AccountState, string>> = {
  active: 'rg-badge rg-badge--success',
  disabled: 'rg-badge rg-badge--danger',
  locked: 'rg-badge rg-badge--warning',
};

function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function stateText(account: StaffAccount, now: Date): Localized {
  const state = accountState(account, now);
  return (lang) =>
    state === 'locked'
      ? translate(lang, 'admin.users.state.locked', { time: formatTime(account.lockedUntil ?? '', lang) })
      : translate(lang, `admin.users.state.${state}`);
}

function cell(label: Parameters<typeof ht>[1], ...children: (Node | string | null)[]): HTMLTableCellElement {
  return setAttr(h('td', {}, ...children), 'data-label', label);
}

export function accountsTable(options: AccountsTableOptions): HTMLElement {
  const rows = options.accounts.map((account) => {
    const self = isSelf(account, options.staffEmail);
    const state = accountState(account, options.now);
    const name = accountName(account);
    const actions = h(
      'div',
      { class: 'accounts-table__actions' },
      setAttr(
        ht('a', 'admin.users.edit', { href: routeHref('users', [account.email]), class: 'admin-link-button' }),
        'aria-label',
        (lang) => translate(lang, 'admin.users.editLabel', { name }),
      ),
    );
    // Not offered for one's own account: the server refuses it.
    if (!self) {
      const disable = !account.disabled;
      const button = ht('button', disable ? 'admin.users.disable' : 'admin.users.enable', { type: 'button', class: 'admin-link-button' });
      setAttr(button, 'aria-label', (lang) => translate(lang, disable ? 'admin.users.disableLabel' : 'admin.users.enableLabel', { name }));
      button.addEventListener('click', () => options.toggle(account, button));
      actions.append(button);
    }
    return h(
      'tr',
      {},
      setAttr(h('th', { scope: 'row' }, name, self ? ' ' : null, self ? ht('span', 'admin.users.you', { class: 'muted' }) : null), 'data-label', 'admin.users.col.name'),
      cell('admin.users.col.email', h('span', { class: 'accounts-table__email' }, account.email)),
      cell('admin.users.col.roles', setText(h('span', {}), (lang) => formatRoles(account.roles, lang))),
      cell('admin.users.col.state', setText(h('span', { class: STATE_TONES[state] }), stateText(account, options.now))),
      cell('admin.users.col.actions', actions),
    );
  });

  const table = h(
    'table',
    { class: 'admin-table accounts-table' },
    setText(h('caption', {}), (lang) => translate(lang, 'admin.users.caption', { n: options.accounts.length })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['name', 'email', 'roles', 'state', 'actions'] as const).map((column) => ht('th', `admin.users.col.${column}`, { scope: 'col' })),
      ),
    ),
    h('tbody', {}, ...rows),
  );
  return h('div', { class: 'admin-table-wrap' }, table);
}
