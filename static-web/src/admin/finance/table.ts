import { h, ht, setAttr, setText } from '../../shared/dom';
import type { Localized, MessageKey } from '../../shared/i18n';

// Tables of the section, built on the registrations section's styles: columns named on each cell
// (data-label) so that rows become cards on phones, amounts aligned right.

/** A node, a translated text, or data (a name, a number) shown as is; null shows a dash. */
export type Cell = Node | Localized | string | null;

export interface Column {
  label: MessageKey;
  amount?: boolean;
}

function fill(element: HTMLElement, content: Cell): HTMLElement {
  if (content === null) element.append('—');
  else if (typeof content === 'string') element.append(h('span', {}, content));
  else if (content instanceof Node) element.append(content);
  else element.append(setText(h('span', {}), content));
  return element;
}

/** A body row: the first cell is the row's header. */
export function row(columns: readonly Column[], cells: readonly Cell[], className = ''): HTMLTableRowElement {
  return h(
    'tr',
    { class: className },
    ...cells.map((content, i) => {
      const column = columns[i] as Column;
      const cell = i === 0 ? h('th', { scope: 'row' }) : h('td', {});
      if (column.amount) cell.className = 'rg-amount';
      return setAttr(fill(cell, content), 'data-label', column.label);
    }),
  );
}

export function table(caption: MessageKey, columns: readonly Column[], body: readonly HTMLTableRowElement[], foot: HTMLTableRowElement[] = []): HTMLElement {
  return h(
    'div',
    { class: 'rg-table-wrap' },
    h(
      'table',
      { class: 'rg-table fi-table' },
      ht('caption', caption, { class: 'visually-hidden' }),
      h('thead', {}, h('tr', {}, ...columns.map((c) => ht('th', c.label, { scope: 'col', class: c.amount ? 'rg-amount' : '' })))),
      h('tbody', {}, ...body),
      foot.length > 0 ? h('tfoot', {}, ...foot) : null,
    ),
  );
}
