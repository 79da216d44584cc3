import { translate, i18n, type Localized, type MessageKey } from '../../shared/i18n';
import type { PricedLine, ProviderGroup, RegistrationFile } from './file-model';
import { day, lineNumber, local, money } from '../shared/labels';
import { joinMessages } from '../shared/problems';
import { factsView, html, nothing, t, type TemplateResult } from '../shared/view';

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
  remove?: (line: PricedLine) => TemplateResult | null;
}

const cell = (column: MessageKey, className: string, ...children: unknown[]) =>
  html`<td class=${className} data-label=${t(column)}><div class="rg-cell__value">${children}</div></td>`;

const text = (value: Localized, className = '') => html`<span class=${className}>${value(i18n.lang)}</span>`;

const header = (column: (typeof COLUMNS)[number]) =>
  column.short
    ? // The abbreviation is shown; its full name is what assistive technologies announce.
      html`<th scope="col" class=${column.numeric ? 'rg-amount' : ''} aria-label=${t(column.label)}><abbr title=${t(column.label)}>${t(column.short)}</abbr></th>`
    : html`<th scope="col" class=${column.numeric ? 'rg-amount' : ''}>${t(column.label)}</th>`;

function lineRow(line: PricedLine, options: LinesOptions): TemplateResult {
  const problems = options.problems.get(line.index) ?? [];
  return html`<tr class=${problems.length > 0 ? 'rg-row--problem' : ''}>
    ${cell(
      'admin.registrations.line.typeRef',
      'rg-cell--type',
      html`<span><span class="rg-cell--mono">${lineNumber(line.index)}</span> · ${line.type}</span>`,
      html`<span class="rg-cell--mono small muted">${line.reference}</span>`,
    )}
    <th scope="row" class="rg-cell--label" data-label=${t('admin.registrations.line.label')}>
      <span class="strong">${t(local(line.label))}</span>
      ${line.persons.length > 0
        ? html`<span class="small muted">${translate(i18n.lang, 'admin.registrations.line.for', { names: line.persons.join(', ') })}</span>`
        : nothing}
      ${problems.length > 0 ? html`<span class="field-error" role="alert">${t(joinMessages(problems))}</span>` : nothing}
      ${/* The remove button sits under the label it removes (one column fewer on a narrow page). */ options.remove?.(line) ?? nothing}
    </th>
    ${cell('admin.registrations.line.dates', 'rg-cell--date', text(day(line.start)), line.end && line.end !== line.start ? text(day(line.end)) : nothing)}
    ${cell('admin.registrations.line.quantity', 'rg-amount', String(line.quantity))}
    ${cell('admin.registrations.line.persons', 'rg-amount', String(line.persons.length))}
    ${cell('admin.registrations.line.nights', 'rg-amount', line.nights === null ? '—' : String(line.nights))}
    ${cell('admin.registrations.line.unitPrice', 'rg-amount', text(money(line.unitPrice)))}
    ${cell('admin.registrations.line.total', 'rg-amount', text(money(line.total), 'strong'))}
  </tr>`;
}

const providerTitle = (group: ProviderGroup): string =>
  group.providerName || group.providerId || translate(i18n.lang, 'admin.registrations.noProvider');

const providerTable = (group: ProviderGroup, options: LinesOptions) => html`<div class="rg-table-wrap">
  <table class="rg-table rg-table--lines">
    <caption>${providerTitle(group)}</caption>
    <thead><tr>${COLUMNS.map(header)}</tr></thead>
    <tbody>${group.lines.map((line) => lineRow(line, options))}</tbody>
    <tfoot><tr><td colspan=${COLUMNS.length} class="rg-subtotal">${translate(i18n.lang, 'admin.registrations.subtotal', { amount: money(group.subtotal)(i18n.lang) })}</td></tr></tfoot>
  </table>
</div>`;

export const amountsView = (file: Pick<RegistrationFile, 'total' | 'deposit' | 'paid' | 'balanceDue' | 'refundDue'>): TemplateResult =>
  factsView(
    [
      ['admin.registrations.total', money(file.total)],
      ['admin.registrations.deposit', money(file.deposit)],
      ['admin.registrations.paid', money(file.paid)],
      ['admin.registrations.balanceDue', money(file.balanceDue)],
      ['admin.registrations.refundDue', money(file.refundDue)],
    ],
    'rg-totals rg-totals--file',
  );

export function linesView(file: RegistrationFile, options: LinesOptions): TemplateResult {
  const groups = file.providers.filter((group) => group.lines.length > 0);
  return html`<div class="rg-lines">
    ${groups.length === 0 ? html`<p class="muted">${t('admin.registrations.noLines')}</p>` : nothing}
    ${groups.map((group) => providerTable(group, options))} ${amountsView(file)}
  </div>`;
}
