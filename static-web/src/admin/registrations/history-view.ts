import { h, ht, setAttr, setText } from '../../shared/dom';
import { message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { fetchHistory } from './api';
import type { Change, HistoryEntry } from './file-model';
import { actionLabel, byLabel, changeValueLabel, fieldLabel, instant } from '../shared/labels';
import { readFailure } from '../shared/read-failure';
import type { FileSession } from './session';
import { stateBox } from '../shared/ui';

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

function changeItem(change: Change): HTMLElement {
  // "before … after" for screen readers; the arrow is decoration.
  const side = (tag: 'del' | 'ins', value: string | null, word: 'admin.registrations.change.from' | 'admin.registrations.change.to') =>
    value === null
      ? h('span', {}, '—')
      : setAttr(setText(h(tag, {}), valueText(change, value)), 'aria-label', (lang) => `${translate(lang, word)} ${valueText(change, value)(lang)}`);
  return h(
    'li',
    {},
    setText(h('span', { class: 'strong' }), fieldLabel(change.field)),
    ' ',
    side('del', change.before, 'admin.registrations.change.from'),
    h('span', { 'aria-hidden': 'true' }, ' → '),
    side('ins', change.after, 'admin.registrations.change.to'),
  );
}

function entryRow(entry: HistoryEntry, timeZone: string): HTMLTableRowElement {
  const cell = (column: MessageKey, ...children: (Node | string | null)[]) => setAttr(h('td', {}, ...children), 'data-label', column);
  return h(
    'tr',
    {},
    setAttr(h('th', { scope: 'row', class: 'rg-cell--date' }, setText(h('span', {}), instant(entry.at, timeZone))), 'data-label', 'admin.registrations.history.when'),
    cell('admin.registrations.history.who', setText(h('span', { class: 'small' }), byLabel(entry.by))),
    cell('admin.registrations.history.action', setText(h('span', {}), actionLabel(entry.action))),
    cell('admin.registrations.history.changes', entry.changes.length > 0 ? h('ul', { class: 'rg-changes' }, ...entry.changes.map(changeItem)) : '—'),
  );
}

export function historyPanel(session: FileSession): HTMLElement {
  const panel = h('div', { class: 'rg-block' }, ht('h2', 'admin.registrations.history'));
  const body = h('div', {});
  panel.append(body);
  const load = () => {
    body.replaceChildren(stateBox('loading', 'admin.registrations.historyLoading'));
    fetchHistory(session.id)
      .then((entries) => {
        if (entries.length === 0) return body.replaceChildren(stateBox('empty', 'admin.registrations.historyEmpty'));
        body.replaceChildren(
          h(
            'div',
            { class: 'rg-table-wrap' },
            h(
              'table',
              { class: 'rg-table rg-table--history' },
              ht('caption', 'admin.registrations.history', { class: 'visually-hidden' }),
              h('thead', {}, h('tr', {}, ...COLUMNS.map((column) => ht('th', column, { scope: 'col' })))),
              h('tbody', {}, ...entries.map((entry) => entryRow(entry, session.timeZone))),
            ),
          ),
        );
      })
      .catch((error: unknown) => body.replaceChildren(stateBox('error', readFailure(error, message('admin.registrations.historyFailed')), load)));
  };
  load();
  return panel;
}
