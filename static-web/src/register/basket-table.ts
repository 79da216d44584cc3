import { money } from '../shared/money';
import { h, ht, setAttr, setText } from '../shared/dom';
import { formatDateRange, translate, type Localized, type MessageKey } from '../shared/i18n';
import { formatMoney } from './format';
import { localText } from './model';
import type { Quote, QuoteGroup, QuoteLine } from './quote';
import { showMessages, t } from './ui';

// The basket as priced by the server, grouped per step. Used by the basket step (lines can be
// removed, steps edited) and by the confirmation page (read only).

export interface TableOptions {
  /** The title of a step id, when the group's own title is empty. */
  stepTitle?: (stepId: string) => Localized | null;
  remove?: (line: QuoteLine) => HTMLElement | null;
  edit?: (stepId: string) => HTMLElement | null;
  lineProblems?: (index: number) => Localized[];
  depositPercent?: number;
}

const COLUMNS: readonly MessageKey[] = ['reg.basket.item', 'reg.basket.quantity', 'reg.basket.unitPrice', 'reg.basket.lineTotal'];

function cell(tag: 'td' | 'th', column: MessageKey, ...children: (Node | string | null | false)[]): HTMLElement {
  // data-label names the column when the table is shown as cards on small screens.
  return setAttr(h(tag, { class: 'basket-table__cell' }, ...children), 'data-label', column);
}


function lineRow(line: QuoteLine, options: TableOptions): HTMLElement[] {
  const dates = line.start
    ? setText(h('span', { class: 'muted small' }), (lang) => formatDateRange(line.start, line.end || line.start, lang))
    : null;
  const nights = line.nights
    ? setText(h('span', { class: 'muted small' }), t('reg.basket.nights', { count: line.nights }))
    : null;
  const persons = line.persons.length > 0
    ? setText(h('span', { class: 'small' }), (lang) => translate(lang, 'reg.basket.persons', { names: line.persons.join(', ') }))
    : null;
  const problems = h('div', { class: 'field-error', role: 'alert' });
  showMessages(problems, options.lineProblems?.(line.index) ?? []);
  const row = h(
    'tr',
    { class: problems.hidden ? '' : 'basket-table__row--problem' },
    cell('th', 'reg.basket.item', setText(h('strong', {}), localText(line.label)), dates, nights, persons, problems),
    cell('td', 'reg.basket.quantity', String(line.quantity)),
    cell('td', 'reg.basket.unitPrice', setText(h('span', {}), money(line.unitPrice))),
    cell('td', 'reg.basket.lineTotal', setText(h('span', {}), money(line.total))),
  );
  row.firstElementChild?.setAttribute('scope', 'row');
  if (options.remove) row.append(h('td', { class: 'basket-table__action' }, options.remove(line)));
  return [row];
}

function group(quoteGroup: QuoteGroup, options: TableOptions): HTMLElement {
  const title = quoteGroup.title.fr || quoteGroup.title.en
    ? localText(quoteGroup.title)
    : options.stepTitle?.(quoteGroup.stepId) ?? (() => '');
  const columns = COLUMNS.length + (options.remove ? 1 : 0);
  const header = h(
    'tr',
    {},
    ...COLUMNS.map((column) => ht('th', column, { scope: 'col' })),
    options.remove ? setText(h('th', { scope: 'col' }), (lang) => translate(lang, 'reg.basket.actions')) : null,
  );
  return h(
    'section',
    { class: 'basket-group' },
    h('div', { class: 'basket-group__head' }, setText(h('h3', {}), title), options.edit?.(quoteGroup.stepId) ?? null),
    h(
      'table',
      { class: 'basket-table' },
      h('thead', { class: 'visually-hidden-mobile' }, header),
      h('tbody', {}, ...quoteGroup.lines.flatMap((line) => lineRow(line, options))),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          setText(h('td', { colspan: String(columns), class: 'basket-table__subtotal' }), (lang) =>
            translate(lang, 'reg.basket.subtotal', { price: formatMoney(quoteGroup.subtotal, lang) }),
          ),
        ),
      ),
    ),
  );
}

export function totalsList(quote: Quote, depositPercent: number | undefined): HTMLElement {
  const row = (label: Localized, amount: number, strong = false) => [
    setText(h('dt', {}), label),
    setText(h('dd', { class: strong ? 'strong' : '' }), money(amount)),
  ];
  return h(
    'dl',
    { class: 'totals' },
    ...row(t('reg.basket.total'), quote.total, true),
    ...(quote.vat > 0 ? row(t('reg.basket.vat'), quote.vat) : []),
    ...(quote.totalExcl > 0 && quote.totalExcl !== quote.total ? row(t('reg.basket.totalExcl'), quote.totalExcl) : []),
    ...row(
      depositPercent !== undefined && depositPercent < 100
        ? t('reg.basket.depositPercent', { percent: depositPercent })
        : t('reg.basket.deposit'),
      quote.deposit,
      true,
    ),
  );
}

export function quoteTable(quote: Quote, options: TableOptions = {}): HTMLElement {
  return h(
    'div',
    { class: 'basket-view' },
    ...quote.groups.map((quoteGroup) => group(quoteGroup, options)),
    totalsList(quote, options.depositPercent),
  );
}
