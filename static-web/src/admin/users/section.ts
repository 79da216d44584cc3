import './users.css';
import { h, ht, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { i18n, message, translate, type Localized } from '../../shared/i18n';
import type { AdminSection, SectionContext } from '../section';
import { routeHref } from '../shell-routes';
import { accountForm } from './account-form';
import { accountKey, accountOutcome, isSelf, type AccountValues, type StaffAccount } from './accounts';
import { createAccount, fetchAccounts, updateAccount } from './accounts-api';
import { accountsTable } from './accounts-table';

// Team accounts (Admin only): #/users the list, #/users/new a new account, #/users/{email} a change.

/** A message for the list shown after a form sent the person back to it. */
let pendingNotice: Localized | null = null;

export const usersSection: AdminSection = {
  path: 'users',
  label: 'admin.users.nav',
  roles: ['Admin'],
  mount(context) {
    let active = true;
    const [first] = context.params;
    if (first === 'new') showCreate(context);
    else if (first !== undefined) void showEdit(context, first, () => active);
    else void showList(context, () => active);
    return () => {
      active = false;
    };
  },
};

function loadingState(): HTMLElement {
  return ht('p', 'admin.users.loading', { class: 'state state--loading', role: 'status' });
}

function errorState(title: Localized, body: Localized | null, retry: (() => void) | null): HTMLElement {
  const block = h('div', { class: 'state state--error', role: 'alert' }, setText(h('p', { class: 'state__title' }), title));
  if (body) block.append(setText(h('p', {}), body));
  if (retry) {
    const button = ht('button', 'admin.users.retry', { type: 'button', class: 'button button--secondary' });
    button.addEventListener('click', retry);
    block.append(button);
  }
  return block;
}

/** Loads the accounts; null after it has shown why it could not (session ended, forbidden, failure). */
async function loadAccounts(context: SectionContext, area: HTMLElement, retry: () => void): Promise<StaffAccount[] | null> {
  area.replaceChildren(loadingState());
  try {
    const answer = await fetchAccounts();
    if (answer.kind === 'signedOut') {
      context.sessionEnded();
      return null;
    }
    if (answer.kind === 'forbidden') {
      area.replaceChildren(errorState(message('admin.users.forbidden'), null, null));
      return null;
    }
    return answer.accounts;
  } catch (error) {
    area.replaceChildren(errorState(message('admin.users.loadFailed'), failureMessage(error), retry));
    return null;
  }
}

async function showList(context: SectionContext, isActive: () => boolean): Promise<void> {
  const status = h('div', { class: 'notice notice--success', role: 'status', hidden: true });
  const area = h('div', { class: 'users-list' });
  context.container.replaceChildren(
    h(
      'div',
      { class: 'admin-head' },
      h('div', {}, ht('h1', 'admin.users.heading'), ht('p', 'admin.users.intro', { class: 'muted' })),
      ht('a', 'admin.users.new', { href: routeHref('users', ['new']), class: 'button button--primary' }),
    ),
    status,
    area,
  );
  const say = (text: Localized, tone: 'success' | 'error') => {
    status.className = `notice notice--${tone}`;
    status.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    status.hidden = false;
    setText(status, text);
  };
  if (pendingNotice) say(pendingNotice, 'success');
  pendingNotice = null;
  let accounts: StaffAccount[] = [];

  const render = (accounts: StaffAccount[]) => {
    if (accounts.length === 0) {
      area.replaceChildren(ht('p', 'admin.users.empty', { class: 'state', role: 'status' }));
      return;
    }
    area.replaceChildren(
      accountsTable({
        accounts,
        staffEmail: context.staff.email,
        now: new Date(),
        toggle: (account, button) => void toggle(account, button),
      }),
    );
  };

  const toggle = async (account: StaffAccount, button: HTMLButtonElement) => {
    const disabled = !account.disabled;
    const name = account.displayName;
    if (disabled && !window.confirm(translate(i18n.lang, 'admin.users.disableConfirm', { name }))) return;
    const values: AccountValues = { email: account.email, displayName: account.displayName, password: '', roles: account.roles, disabled };
    button.disabled = true;
    try {
      const outcome = accountOutcome(await updateAccount(account.email, values), 'update');
      if (!isActive()) return;
      if (outcome.kind === 'signedOut') return context.sessionEnded();
      if (outcome.kind === 'notFound') return say(message('admin.users.notFound'), 'error');
      if (outcome.kind === 'errors') {
        const text = outcome.errors.form ?? Object.values(outcome.errors.fields)[0] ?? message('error.unexpected');
        return say(text, 'error');
      }
      const changed = outcome.account;
      if (changed) {
        accounts = accounts.map((item) => (accountKey(item.email) === accountKey(account.email) ? changed : item));
        render(accounts);
      } else {
        await load();
      }
      if (isActive()) say(message(disabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone', { name }), 'success');
    } catch (error) {
      if (isActive()) say(failureMessage(error), 'error');
    } finally {
      button.disabled = false;
    }
  };

  const load = async () => {
    const loaded = await loadAccounts(context, area, () => void load());
    if (!loaded || !isActive()) return;
    accounts = loaded;
    render(accounts);
  };
  await load();
}

function formPage(heading: HTMLElement, ...content: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'panel users-form-panel' }, heading, ...content);
}

function showCreate(context: SectionContext): void {
  const form = accountForm({
    account: null,
    self: false,
    async submit(values) {
      try {
        const outcome = accountOutcome(await createAccount(values), 'create');
        if (outcome.kind === 'signedOut') {
          context.sessionEnded();
          return null;
        }
        if (outcome.kind === 'errors') return outcome.errors;
        if (outcome.kind === 'notFound') return { fields: {}, form: message('error.unexpected') };
        pendingNotice = message('admin.users.createdDone', { name: outcome.account?.displayName ?? values.displayName.trim() });
        context.navigate('users');
        return null;
      } catch (error) {
        return { fields: {}, form: failureMessage(error) };
      }
    },
  });
  context.container.replaceChildren(formPage(ht('h1', 'admin.users.createHeading'), form));
}

async function showEdit(context: SectionContext, email: string, isActive: () => boolean): Promise<void> {
  const area = h('div', {});
  // The heading first, so that the shell moves focus to it while the account loads.
  const heading = setText(h('h1', {}), (lang) => translate(lang, 'admin.users.editHeading', { name: email }));
  context.container.replaceChildren(formPage(heading, h('p', { class: 'muted users-form-panel__email' }, email), area));
  const retry = () => void showEdit(context, email, isActive);
  const accounts = await loadAccounts(context, area, retry);
  if (!accounts || !isActive()) return;
  const account = accounts.find((candidate) => accountKey(candidate.email) === accountKey(email));
  if (!account) {
    area.replaceChildren(
      errorState(message('admin.users.notFound'), null, null),
      ht('a', 'admin.users.backToList', { href: routeHref('users'), class: 'button button--secondary' }),
    );
    return;
  }
  setText(heading, (lang) => translate(lang, 'admin.users.editHeading', { name: account.displayName }));
  const form = accountForm({
    account,
    self: isSelf(account, context.staff.email),
    async submit(values) {
      try {
        const outcome = accountOutcome(await updateAccount(account.email, values), 'update');
        if (outcome.kind === 'signedOut') {
          context.sessionEnded();
          return null;
        }
        if (outcome.kind === 'notFound') return { fields: {}, form: message('admin.users.notFound') };
        if (outcome.kind === 'errors') return outcome.errors;
        pendingNotice = message('admin.users.updatedDone', { name: outcome.account?.displayName ?? values.displayName.trim() });
        context.navigate('users');
        return null;
      } catch (error) {
        return { fields: {}, form: failureMessage(error) };
      }
    },
  });
  area.replaceChildren(form);
}
