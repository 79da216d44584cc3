import { h, ht, setAttr, setText } from '../../shared/dom';
import { message, translate, type MessageKey } from '../../shared/i18n';
import type { EventChoice } from '../shared/events';
import { readFailure } from '../shared/read-failure';
import { stateBox } from '../shared/ui';
import type { SectionContext } from '../section';
import { fetchRequests } from './api';
import { frame, withEvent } from './event-area';
import { day, nightsText, statusLabel, typeLabel } from './labels';
import type { RoomBlockRequest } from './model';
import { newRoute, requestRoute } from './route';

// #/room-blocks?event=…: the event's requests, newest first, and the way to a new one.

const COLUMNS = [
  'admin.roomBlocks.col.number',
  'admin.roomBlocks.col.nights',
  'admin.roomBlocks.col.types',
  'admin.roomBlocks.col.answers',
  'admin.roomBlocks.col.answerBy',
  'admin.roomBlocks.col.releaseOn',
  'admin.roomBlocks.col.status',
] as const satisfies readonly MessageKey[];

export function mountList(context: SectionContext): () => void {
  const page = frame(context);
  withEvent(context, page, (event) => showRequests(context, page.body, event, page.isDisposed));
  return page.dispose;
}

function showRequests(context: SectionContext, body: HTMLElement, event: EventChoice, disposed: () => boolean): void {
  const actions = h('p', { class: 'rb-actions' }, ht('a', 'admin.roomBlocks.new', { class: 'button button--primary', href: `#/${newRoute(event.id)}` }));
  const results = h('div', { 'aria-live': 'polite' });
  body.replaceChildren(actions, results);
  const load = () => {
    results.replaceChildren(stateBox('loading', 'admin.roomBlocks.loading'));
    fetchRequests(event.id)
      .then((requests) => {
        if (disposed()) return;
        results.replaceChildren(requests.length === 0 ? stateBox('empty', 'admin.roomBlocks.empty') : table(requests, context));
      })
      .catch((error: unknown) => {
        if (!disposed()) results.replaceChildren(stateBox('error', readFailure(error, message('admin.roomBlocks.failed')), load));
      });
  };
  load();
}

function cell(column: MessageKey, ...children: (Node | string | null)[]): HTMLTableCellElement {
  // data-label names the column when the table becomes cards on phones (registrations.css).
  return setAttr(h('td', {}, h('div', { class: 'rg-cell__value' }, ...children)), 'data-label', column);
}

function row(request: RoomBlockRequest, context: SectionContext): HTMLTableRowElement {
  const route = requestRoute(request.eventId, request.number);
  const link = h('a', { href: `#/${route}` }, request.number);
  setAttr(link, 'aria-label', (lang) => translate(lang, 'admin.roomBlocks.open', { number: request.number }));
  const types = request.roomTypes.map((t) => typeLabel(t.type));
  const tr = h(
    'tr',
    { class: 'rg-row' },
    setAttr(h('th', { scope: 'row', class: 'rg-cell--number' }, link), 'data-label', COLUMNS[0]),
    cell(COLUMNS[1], setText(h('span'), nightsText(request.firstNight, request.lastNight))),
    cell(COLUMNS[2], setText(h('span'), (lang) => types.map((t) => t(lang)).join(', '))),
    cell(COLUMNS[3], setText(h('span'), (lang) => translate(lang, 'admin.roomBlocks.answersOf', { n: request.answers, total: request.providerIds.length }))),
    cell(COLUMNS[4], setText(h('span'), day(request.answerBy))),
    cell(COLUMNS[5], setText(h('span'), day(request.releaseOn))),
    cell(COLUMNS[6], setText(h('span', { class: `rg-badge rg-badge--${request.status === 'Released' ? 'neutral' : 'success'}` }), statusLabel(request.status))),
  );
  // The whole row opens the request for mouse users; the number link is the keyboard and screen-reader way.
  tr.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a, button') || window.getSelection()?.toString()) return;
    context.navigate(route);
  });
  return tr;
}

function table(requests: readonly RoomBlockRequest[], context: SectionContext): HTMLElement {
  return h(
    'div',
    { class: 'rg-table-wrap' },
    h(
      'table',
      { class: 'rg-table rg-table--list' },
      ht('caption', 'admin.roomBlocks.caption', { class: 'visually-hidden' }),
      h('thead', {}, h('tr', {}, ...COLUMNS.map((column) => ht('th', column, { scope: 'col' })))),
      h('tbody', {}, ...requests.map((request) => row(request, context))),
    ),
  );
}
