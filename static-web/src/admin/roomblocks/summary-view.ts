import { h, setAttr, setText, uniqueId } from '../../shared/dom';
import { translate, type Lang } from '../../shared/i18n';
import { day, instantDay, price, typeLabel } from './labels';
import type { SummaryCell, SummaryTable } from './summary-model';

// The summary as an accessible table: providers down, nights (each over its room types) across,
// rooms and price in each cell; a totals row and the capacity per night below. On a phone the
// table scrolls sideways inside its box, the provider column staying in view.

const cellText = (cell: SummaryCell | null) => (lang: Lang): string =>
  cell === null
    ? translate(lang, 'admin.roomBlocks.summary.none')
    : [translate(lang, 'admin.roomBlocks.summary.rooms', { n: cell.rooms }), price(cell.price, lang)].filter(Boolean).join(' · ');

export function summaryTableView(table: SummaryTable): HTMLElement {
  const captionId = uniqueId('rb-summary-caption');
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      setText(h('th', { scope: 'col', rowspan: '2', class: 'rb-sticky' }), 'admin.roomBlocks.summary.provider'),
      ...table.nights.map((n) => setText(h('th', { scope: 'colgroup', colspan: String(n.span), class: 'rb-night' }), day(n.night))),
    ),
    h('tr', {}, ...table.columns.map((c) => setText(h('th', { scope: 'col', class: 'rb-type' }), typeLabel(c.type)))),
  );
  const rows = table.rows.map((row) => {
    const name = h(
      'th',
      { scope: 'row', class: 'rb-sticky' },
      h('span', { class: 'strong' }, row.providerName),
      row.city ? h('span', { class: 'muted small' }, row.city) : null,
      setText(
        h('span', { class: `small${row.answeredAt ? '' : ' rb-no-answer'}` }),
        row.answeredAt
          ? (lang) => translate(lang, 'admin.roomBlocks.summary.answeredAt', { date: instantDay(row.answeredAt)(lang) })
          : 'admin.roomBlocks.summary.noAnswer',
      ),
    );
    if (row.answeredAt === null && table.columns.length > 0)
      return h('tr', { class: 'rb-row--none' }, name, setText(h('td', { colspan: String(table.columns.length), class: 'rb-no-answer' }), 'admin.roomBlocks.summary.noAnswer'));
    return h('tr', {}, name, ...row.cells.map((cell) => setText(h('td', { class: `rb-cell${cell ? '' : ' muted'}` }), cellText(cell))));
  });
  const foot = h(
    'tfoot',
    {},
    h(
      'tr',
      { class: 'rb-total' },
      setText(h('th', { scope: 'row', class: 'rb-sticky' }), 'admin.roomBlocks.summary.total'),
      ...table.totals.map((n) => setText(h('td', { class: 'rb-cell' }), (lang) => translate(lang, 'admin.roomBlocks.summary.rooms', { n }))),
    ),
    h(
      'tr',
      { class: 'rb-capacity' },
      setText(h('th', { scope: 'row', class: 'rb-sticky' }), 'admin.roomBlocks.summary.capacity'),
      ...table.capacity.map((c) =>
        setText(h('td', { colspan: String(table.nights.find((n) => n.night === c.night)?.span ?? 1), class: 'rb-cell' }), (lang) =>
          translate(lang, 'admin.roomBlocks.summary.roomsLong', { count: c.rooms }),
        ),
      ),
    ),
  );
  const element = h(
    'table',
    { class: 'rb-summary' },
    setText(h('caption', { id: captionId }), 'admin.roomBlocks.summary.caption'),
    head,
    h('tbody', {}, ...rows),
    foot,
  );
  // A focusable, named region: keyboard users can scroll it, screen readers announce what it holds.
  return setAttr(h('div', { class: 'rb-scroll', role: 'region', tabindex: '0', 'aria-labelledby': captionId }, element), 'title', 'admin.roomBlocks.summary.scrollHint');
}
