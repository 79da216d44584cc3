import { h, ht, setAttr, setText } from '../../shared/dom';
import { translate, type Localized, type MessageKey } from '../../shared/i18n';
import type { PricedLine, ProviderGroup, RegistrationFile } from './file-model';
import { day, lineNumber, local, money } from '../shared/labels';
import { joinMessages } from '../shared/problems';
import { facts } from '../shared/ui';

// The file's contents as the bureau's follow-up shows them: one table per provider (type,
// reference, label, start, end, quantity, persons, nights, unit price, total), a subtotal each,
// then the deposit, total, paid, balance due and refund due.

/** Columns: the full name reads in the card layout and to screen readers; short ones head the table. */
const COLUMNS: readonly { label: MessageKey; short?: MessageKey; numeric?: boolean }[] = [
  { label: 'admin.registrations.line.typeRef' },
  { label: 'admin.registrations.line.label' },
  { label: 'admin.registrations.line.dates' },
  { label: 'admin.registrations.line.quantity', short: 'admin.registrations.line.quantityShort', numeric: true },
  { label: 'admin.registrations.line.persons', short: 'admin.registrations.line.personsShort', numeric: true },
  { label: 'admin.registrations.line.nights', numeric: true },
  { label: 'admin.registrations.line.unitPrice', short: 'admin.registrations.line.unitPriceShort', numeric: true },
  { label: 'admin.registrations.line.total', numeric: true },
];

export interface LinesOptions {
  problems: ReadonlyMap<number, Localized[]>;
  /** The remove button of a line, when the file can be changed. */
  remove?: (line: PricedLine) => HTMLElement | null;
}

function cell(column: MessageKey, className: string, ...children: (Node | string | null)[]): HTMLTableCellElement {
  return setAttr(h('td', { class: className }, h('div', { class: 'rg-cell__value' }, ...children)), 'data-label', column);
}

const text = (value: Localized, className = '') => setText(h('span', { class: className }), value);

function header(column: (typeof COLUMNS)[number]): HTMLTableCellElement {
  const th = h('th', { scope: 'col', class: column.numeric ? 'rg-amount' : '' });
  if (!column.short) return setText(th, column.label);
  // The abbreviation is shown; its full name is what assistive technologies announce.
  th.append(setAttr(setText(h('abbr', {}), column.short), 'title', column.label));
  return setAttr(th, 'aria-label', column.label);
}

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
      // The remove button sits under the label it removes (one column fewer on a narrow page).
      options.remove?.(line) ?? null,
    ),
    'data-label',
    'admin.registrations.line.label',
  );
  const row = h(
    'tr',
    { class: problems.length > 0 ? 'rg-row--problem' : '' },
    cell(
      'admin.registrations.line.typeRef',
      'rg-cell--type',
      h('span', {}, h('span', { class: 'rg-cell--mono' }, lineNumber(line.index)), ` · ${line.type}`),
      h('span', { class: 'rg-cell--mono small muted' }, line.reference),
    ),
    labelCell,
    cell('admin.registrations.line.dates', 'rg-cell--date', text(day(line.start)), line.end && line.end !== line.start ? text(day(line.end)) : null),
    cell('admin.registrations.line.quantity', 'rg-amount', String(line.quantity)),
    cell('admin.registrations.line.persons', 'rg-amount', String(line.persons.length)),
    cell('admin.registrations.line.nights', 'rg-amount', line.nights === null ? '—' : String(line.nights)),
    cell('admin.registrations.line.unitPrice', 'rg-amount', text(money(line.unitPrice))),
    cell('admin.registrations.line.total', 'rg-amount', text(money(line.total), 'strong')),
  );
  return row;
}

function providerTitle(group: ProviderGroup): Localized {
  return (lang) => group.providerName || group.providerId || translate(lang, 'admin.registrations.noProvider');
}

function providerTable(group: ProviderGroup, options: LinesOptions): HTMLElement {
  const columns = COLUMNS.length;
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
          ...COLUMNS.map(header),
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
