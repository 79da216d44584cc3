import { i18n, message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { fetchHistory } from './api';
import type { Change, HistoryEntry } from './file-model';
import { actionLabel, byLabel, changeValueLabel, fieldLabel, instant } from '../shared/labels';
import { readFailure } from '../shared/read-failure';
import { html, stateView, t, type Load, type TemplateResult } from '../shared/view';

// The file's history, read only, newest first: when, who, what, and each change before → after.

const COLUMNS: readonly MessageKey[] = [
  'admin.registrations.history.when',
  'admin.registrations.history.who',
  'admin.registrations.history.action',
  'admin.registrations.history.changes',
];

function valueText(change: Change, value: string | null): Localized {
  return value === null ? () => '—' : changeValueLabel(change.field, value);
}

function changeItem(change: Change): TemplateResult {
  // "before … after" for screen readers; the arrow is decoration.
  const side = (tag: 'del' | 'ins', value: string | null, word: 'admin.registrations.change.from' | 'admin.registrations.change.to') => {
    if (value === null) return html`<span>—</span>`;
    const label = `${translate(i18n.lang, word)} ${t(valueText(change, value))}`;
    return tag === 'del'
      ? html`<del aria-label=${label}>${t(valueText(change, value))}</del>`
      : html`<ins aria-label=${label}>${t(valueText(change, value))}</ins>`;
  };
  return html`<li>
    <span class="strong">${t(fieldLabel(change.field))}</span> ${side('del', change.before, 'admin.registrations.change.from')}<span aria-hidden="true"> → </span>${side('ins', change.after, 'admin.registrations.change.to')}
  </li>`;
}

const entryRow = (entry: HistoryEntry, timeZone: string) => html`<tr>
  <th scope="row" class="rg-cell--date" data-label=${t('admin.registrations.history.when')}><span>${t(instant(entry.at, timeZone))}</span></th>
  <td data-label=${t('admin.registrations.history.who')}><span class="small">${t(byLabel(entry.by))}</span></td>
  <td data-label=${t('admin.registrations.history.action')}><span>${t(actionLabel(entry.action))}</span></td>
  <td data-label=${t('admin.registrations.history.changes')}>
    ${entry.changes.length > 0 ? html`<ul class="rg-changes">${entry.changes.map(changeItem)}</ul>` : '—'}
  </td>
</tr>`;

/** The history panel from its read's state; `retry` reads it again. */
export function historyView(history: Load<HistoryEntry[]>, timeZone: string, retry: () => void): TemplateResult {
  const body =
    history.state === 'loading' ? stateView('loading', 'admin.registrations.historyLoading')
    : history.state === 'failed' ? stateView('error', readFailure(history.error, message('admin.registrations.historyFailed')), retry)
    : history.value.length === 0 ? stateView('empty', 'admin.registrations.historyEmpty')
    : html`<div class="rg-table-wrap">
        <table class="rg-table rg-table--history">
          <caption class="visually-hidden">${t('admin.registrations.history')}</caption>
          <thead><tr>${COLUMNS.map((column) => html`<th scope="col">${t(column)}</th>`)}</tr></thead>
          <tbody>${history.value.map((entry) => entryRow(entry, timeZone))}</tbody>
        </table>
      </div>`;
  return html`<div class="rg-block"><h2>${t('admin.registrations.history')}</h2><div>${body}</div></div>`;
}

export { fetchHistory };
