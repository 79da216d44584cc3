import { h, ht, setText } from '../../shared/dom';
import { message, translate, type Localized } from '../../shared/i18n';
import { instant, shortInstant } from '../shared/labels';
import { button, facts, noticeArea } from '../shared/ui';
import { inputField } from '../../shared/form';
import type { SectionContext } from '../section';
import { confirmBankDetails, fetchBankDetails, fetchBankHistory, fetchProviders, saveBankDetails } from './api';
import { bankBody, bankErrors, bankStatus, canConfirm, checkBankDetails, type BankDetails, type BankHistoryEntry } from './bank-model';
import { PARIS, statusBadge } from './bank-status';
import { showErrors } from './errors';
import { block } from './follow-up-view';
import { financeFrame, loadInto } from './frame';
import { screenRoute } from './route';
import { row, table, type Column } from './table';

// #/finance/providers/{id}: the provider's bank details, their state, the second person's
// confirmation, the form to change them and every change and confirmation so far.

const HISTORY: readonly Column[] = [
  { label: 'admin.finance.bank.at' },
  { label: 'admin.finance.bank.by' },
  { label: 'admin.finance.bank.action' },
  { label: 'admin.finance.bank.iban' },
  { label: 'admin.finance.bank.bic' },
  { label: 'admin.finance.bank.holder' },
];

const change = (before: string | null, after: string | null): string => (before === after ? after ?? '—' : `${before ?? '—'} → ${after ?? '—'}`);

function historyTable(entries: readonly BankHistoryEntry[]): HTMLElement {
  if (entries.length === 0) return ht('p', 'admin.finance.bank.noHistory', { class: 'muted' });
  const action = (a: string): Localized => (lang) => translate(lang, a === 'confirmed' ? 'admin.finance.bank.confirmedAction' : 'admin.finance.bank.changedAction');
  const body = [...entries]
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .map((e) => row(HISTORY, [shortInstant(e.at, PARIS), e.by, action(e.action), change(e.ibanBefore, e.ibanAfter), change(e.bicBefore, e.bicAfter), change(e.holderBefore, e.holderAfter)]));
  return table('admin.finance.bank.history', HISTORY, body);
}

export function mountBankDetails(context: SectionContext, providerId: string): () => void {
  const page = financeFrame(context, 'providers');
  const back = ht('a', 'admin.finance.bank.back', { href: `#/${screenRoute('providers')}`, class: 'rb-back' });
  page.heading.before(back);
  const name = h('p', { class: 'fi-provider-name' }, providerId);
  page.heading.after(name);
  fetchProviders()
    .then((providers) => (name.textContent = providers.find((p) => p.id === providerId)?.name ?? providerId))
    .catch(() => undefined);

  const announcer = noticeArea('success');
  const current = h('div', {});
  const history = h('div', {});
  const form = bankForm(providerId, (saved) => {
    announcer.show('admin.finance.bank.saved');
    render(saved);
    loadHistory();
  });
  page.body.replaceChildren(announcer, block('admin.finance.bank.current', current), block('admin.finance.bank.edit', form.element), block('admin.finance.bank.history', history));

  const render = (details: BankDetails | null) => {
    form.fill(details);
    current.replaceChildren(...currentView(context, providerId, details, (confirmed) => {
      announcer.show('admin.finance.bank.confirmedNotice');
      render(confirmed);
      loadHistory();
    }));
  };
  const texts = { loading: 'admin.finance.loading', failed: 'admin.finance.bank.failed' } as const;
  const loadHistory = () => loadInto(history, page, texts, () => fetchBankHistory(providerId), (entries) => history.replaceChildren(historyTable(entries)));
  loadInto(current, page, texts, () => fetchBankDetails(providerId), render);
  loadHistory();
  return page.dispose;
}

function currentView(context: SectionContext, providerId: string, details: BankDetails | null, confirmed: (d: BankDetails) => void): HTMLElement[] {
  const status = bankStatus(details);
  if (!details) return [statusBadge(status), ht('p', 'admin.finance.bank.noneHint', { class: 'muted' })];
  const when = (at: string | null, by: string | null): Localized => (lang) =>
    at ? translate(lang, 'admin.finance.bank.atBy', { at: instant(at, PARIS)(lang), by: by ?? '' }) : translate(lang, 'admin.finance.bank.notConfirmed');
  const list = facts([
    ['admin.finance.bank.status', statusBadge(status)],
    ['admin.finance.bank.iban', h('span', { class: 'mono' }, details.ibanFormatted)],
    ['admin.finance.bank.bic', details.bic ?? '—'],
    ['admin.finance.bank.holder', details.accountHolder],
    ['admin.finance.bank.changed', when(details.changedAt, details.changedBy)],
    ['admin.finance.bank.confirmed', when(details.confirmedAt, details.confirmedBy)],
  ], 'rg-facts');
  if (details.confirmedAt) return [list];
  const alert = noticeArea('error');
  if (!canConfirm(details, context.staff.email)) {
    // The server refuses (409 same-person); the page says why before anyone tries.
    const why = setText(h('p', { class: 'notice notice--info' }), (lang) =>
      translate(lang, 'admin.finance.bank.secondPerson', { until: instant(details.payableFrom, PARIS)(lang) }));
    return [list, why];
  }
  const confirm = button('admin.finance.bank.confirm', 'primary');
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    alert.show(null);
    confirmBankDetails(providerId, details.version)
      .then((response) => {
        const done = response.status === 200 ? response.data : undefined;
        if (done) return confirmed(done);
        alert.show(bankErrors(response.status, response.body).form ?? message('admin.finance.failed'));
      })
      .catch(() => alert.show('admin.finance.failed'))
      .finally(() => (confirm.disabled = false));
  });
  return [list, alert, h('p', {}, confirm)];
}

function bankForm(providerId: string, saved: (details: BankDetails) => void) {
  const iban = inputField('iban', 'admin.finance.bank.iban', { required: true, hint: 'admin.finance.bank.ibanHint', attributes: { autocomplete: 'off', spellcheck: 'false' } });
  const bic = inputField('bic', 'admin.finance.bank.bic', { hint: 'admin.finance.bank.bicHint', attributes: { autocomplete: 'off', spellcheck: 'false' } });
  const holder = inputField('accountHolder', 'admin.finance.bank.holder', { required: true, attributes: { maxlength: '70', autocomplete: 'off' } });
  const fields = [iban, bic, holder];
  let version: string | null = null;
  const alert = noticeArea('error');
  const submit = button('admin.finance.bank.save', 'primary', 'submit');
  const element = h('form', { class: 'rb-form', novalidate: true }, alert, h('div', { class: 'rb-grid' }, iban.element, bic.element), holder.element, h('p', {}, submit));
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = { iban: iban.control.value, bic: bic.control.value, accountHolder: holder.control.value };
    const checked = checkBankDetails(values);
    showErrors(fields, alert, checked);
    if (Object.keys(checked.fields).length > 0) return;
    submit.disabled = true;
    saveBankDetails(providerId, bankBody(values, version))
      .then((response) => {
        const details = response.status === 200 ? response.data : undefined;
        if (details) return saved(details);
        showErrors(fields, alert, bankErrors(response.status, response.body));
      })
      .catch(() => alert.show('admin.finance.failed'))
      .finally(() => (submit.disabled = false));
  });
  return {
    element,
    fill(details: BankDetails | null) {
      version = details?.version ?? null;
      iban.control.value = details?.ibanFormatted ?? '';
      bic.control.value = details?.bic ?? '';
      holder.control.value = details?.accountHolder ?? '';
    },
  };
}
