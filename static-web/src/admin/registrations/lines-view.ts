import { h, ht, setAttr, setText } from '../../shared/dom';
import { translate, type Localized, type MessageKey } from '../../shared/i18n';
import type { PricedLine, ProviderGroup, RegistrationFile } from './file-model';
import { day, lineNumber, local, money } from './labels';
import { joinMessages } from './problems';
import { facts } from './ui';

// The file's contents as the bureau's follow-up shows them: one table per provider (type,
// reference, label, start, end, quantity, persons, nights, unit price, total), a subtotal each,
// then the deposit, total, paid, balance due and refund due.

const COLUMNS: readonly MessageKey[] = [
  'admin.registrations.line.number',
  'admin.registrations.line.type',
  'admin.registrations.line.reference',
  'admin.registrations.line.label',
  'admin.registrations.line.start',
  'admin.registrations.line.end',
  'admin.registrations.line.quantity',
  'admin.registrations.line.persons',
  'admin.registrations.line.nights',
  'admin.registrations.line.unitPrice',
  'admin.registrations.line.total',
];
const NUMERIC_FROM = 6;

export interface LinesOptions {
  problems: ReadonlyMap<number, Localized[]>;
  /** The remove button of a line, when the file can be changed. */
  remove?: (line: PricedLine) => HTMLElement | null;
}

function cell(column: MessageKey, className: string, ...children: (Node | string | null)[]): HTMLTableCellElement {
  return setAttr(h('td', { class: className }, ...children), 'data-label', column);
}

const text = (value: Localized) => setText(h('span', {}), value);

function lineRow(line: PricedLine, options: LinesOptions): HTMLTableRowElement {
  const problems = options.problems.get(line.index) ?? [];
  const labelCell = setAttr(
    h(
      'th',
      { scope: 'row', class: 'rg-cell--label' },
      setText(h('span', { class: 'strong' }), local(line.label)),
      line.persons.length > 0
        ? setText(h('span', { class: 'small muted' }), (lang) => translate(lang, 'admin.registrations.line.for', { names: line.persons.join(', ') }))
        : null,
      problems.length > 0 ? setText(h('span', { class: 'field-error', role: 'alert' }), joinMessages(problems)) : null,
    ),
    'data-label',
    'admin.registrations.line.label',
  );
  const row = h(
    'tr',
    { class: problems.length > 0 ? 'rg-row--problem' : '' },
    cell('admin.registrations.line.number', 'rg-cell--mono', lineNumber(line.index)),
    cell('admin.registrations.line.type', '', line.type),
    cell('admin.registrations.line.reference', 'rg-cell--mono', line.reference),
    labelCell,
    cell('admin.registrations.line.start', 'rg-cell--date', text(day(line.start))),
    cell('admin.registrations.line.end', 'rg-cell--date', text(day(line.end))),
    cell('admin.registrations.line.quantity', 'rg-amount', String(line.quantity)),
    cell('admin.registrations.line.persons', 'rg-amount', String(line.persons.length)),
    cell('admin.registrations.line.nights', 'rg-amount', line.nights === null ? '—' : String(line.nights)),
    cell('admin.registrations.line.unitPrice', 'rg-amount', text(money(line.unitPrice))),
    cell('admin.registrations.line.total', 'rg-amount strong', text(money(line.total))),
  );
  if (options.remove) row.append(h('td', { class: 'rg-cell--action' }, options.remove(line)));
  return row;
}

function providerTitle(group: ProviderGroup): Localized {
  return (lang) => group.providerName || group.providerId || translate(lang, 'admin.registrations.noProvider');
}

function providerTable(group: ProviderGroup, options: LinesOptions): HTMLElement {
  const columns = COLUMNS.length + (options.remove ? 1 : 0);
  const caption = setText(h('caption', {}), providerTitle(group));
  return h(
    'div',
    { class: 'rg-table-wrap' },
    h(
      'table',
      { class: 'rg-table rg-table--lines' },
      caption,
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...COLUMNS.map((column, i) => ht('th', column, { scope: 'col', class: i >= NUMERIC_FROM ? 'rg-amount' : '' })),
          options.remove ? h('th', { scope: 'col' }, ht('span', 'admin.registrations.line.actions', { class: 'visually-hidden' })) : null,
        ),
      ),
      h('tbody', {}, ...group.lines.map((line) => lineRow(line, options))),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          setText(h('td', { colspan: String(columns), class: 'rg-subtotal' }), (lang) =>
            translate(lang, 'admin.registrations.subtotal', { amount: money(group.subtotal)(lang) }),
          ),
        ),
      ),
    ),
  );
}

export function amountsList(file: Pick<RegistrationFile, 'total' | 'deposit' | 'paid' | 'balanceDue' | 'refundDue'>): HTMLElement {
  return facts(
    [
      ['admin.registrations.total', money(file.total)],
      ['admin.registrations.deposit', money(file.deposit)],
      ['admin.registrations.paid', money(file.paid)],
      ['admin.registrations.balanceDue', money(file.balanceDue)],
      ['admin.registrations.refundDue', money(file.refundDue)],
    ],
    'rg-totals rg-totals--file',
  );
}

export function linesView(file: RegistrationFile, options: LinesOptions): HTMLElement {
  const groups = file.providers.filter((group) => group.lines.length > 0);
  return h(
    'div',
    { class: 'rg-lines' },
    groups.length === 0 ? ht('p', 'admin.registrations.noLines', { class: 'muted' }) : null,
    ...groups.map((group) => providerTable(group, options)),
    amountsList(file),
  );
}
