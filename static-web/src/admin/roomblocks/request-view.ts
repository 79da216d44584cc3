import { h, ht, setAttr, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { HttpError } from '../../shared/http';
import { i18n, message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import type { EventChoice } from '../shared/events';
import { readFailure } from '../shared/read-failure';
import { button, facts, noticeArea, stateBox } from '../shared/ui';
import type { SectionContext } from '../section';
import { acceptAnswer, fetchProviders, fetchRequest, fetchSummary, roomingListUrl, summaryXlsxUrl } from './api';
import { frame, withEvent } from './event-area';
import { acceptedText, acceptPlanText, day, instantDay, nightsText, refusalMessages, statusLabel, typeText } from './labels';
import type { RoomBlockRequest } from './model';
import { releaseByProvider } from './release-model';
import { releaseSection } from './release-view';
import { listRoute } from './route';
import { acceptPlan, summaryTable, type SummaryTable, type TableRow } from './summary-model';
import { summaryTableView } from './summary-view';

// #/room-blocks/{number}?event=…: the request (read by its number; unknown → "not found"), once released
// the final figures per provider, the summary of the answers, and per provider "Accepter" (its offer
// goes on sale in the form) and its rooming list.

export function mountRequest(context: SectionContext, number: string): () => void {
  const page = frame(context);
  setText(page.heading, (lang) => translate(lang, 'admin.roomBlocks.request.title', { number }));
  withEvent(context, page, (event) => {
    const load = () => {
      page.body.replaceChildren(stateBox('loading', 'admin.roomBlocks.loading'));
      fetchRequest(event.id, number)
        .then(async (request) => {
          const release = request.released ? releaseSection(request.releasedAt, releaseByProvider(request.released, await providerNames())) : null;
          if (page.isDisposed()) return;
          const created = context.query.get('created') === '1'
            ? setText(h('div', { class: 'notice notice--success', role: 'status' }), (lang) => translate(lang, 'admin.roomBlocks.created', { number }))
            : null;
          const summary = h('section', { class: 'rb-section', 'aria-labelledby': 'rb-summary-title' });
          page.body.replaceChildren(back(event), created ?? '', details(request), release ?? '', summary);
          showSummary(summary, event, number, request.releasedAt === null, page.isDisposed);
        })
        .catch((error: unknown) => {
          if (page.isDisposed()) return;
          if (error instanceof HttpError && error.status === 404)
            page.body.replaceChildren(back(event), stateBox('empty', 'admin.roomBlocks.request.notFound'));
          else page.body.replaceChildren(stateBox('error', readFailure(error, message('admin.roomBlocks.failed')), load));
        });
    };
    load();
  });
  return page.dispose;
}

/** Provider names for the release's tables; without them the tables name providers by id. */
const providerNames = (): Promise<Map<string, string>> =>
  fetchProviders()
    .then((providers) => new Map(providers.map((p) => [p.id, p.name])))
    .catch(() => new Map<string, string>());

const back = (event: EventChoice) => ht('a', 'admin.roomBlocks.back', { class: 'rb-back', href: `#/${listRoute(event.id)}` });

function details(request: RoomBlockRequest): HTMLElement {
  const types: Localized = (lang) =>
    request.roomTypes
      .map((t) => (t.askAvailability ? `${typeText(t.type, lang)} (${translate(lang, 'admin.roomBlocks.request.availability')})` : typeText(t.type, lang)))
      .join(', ');
  const released: [MessageKey, Localized][] = request.releasedAt ? [['admin.roomBlocks.request.releasedAt', instantDay(request.releasedAt)]] : [];
  return h(
    'section',
    { class: 'rb-section' },
    ht('h2', 'admin.roomBlocks.request.details'),
    facts([
      ['admin.roomBlocks.col.status', statusLabel(request.status)],
      ['admin.roomBlocks.col.nights', nightsText(request.firstNight, request.lastNight)],
      ['admin.roomBlocks.col.types', types],
      ['admin.roomBlocks.col.answerBy', day(request.answerBy)],
      ['admin.roomBlocks.col.releaseOn', day(request.releaseOn)],
      ...released,
      ['admin.roomBlocks.col.answers', (lang) => translate(lang, 'admin.roomBlocks.answersOf', { n: request.answers, total: request.providerIds.length })],
      ['admin.roomBlocks.request.remarks', request.remarks ? h('span', { class: 'rb-remarks' }, request.remarks) : message('admin.roomBlocks.request.noRemarks')],
      ['admin.roomBlocks.request.details', (lang) => translate(lang, 'admin.roomBlocks.request.createdBy', { date: instantDay(request.createdAt)(lang), by: request.createdBy })],
    ], 'facts rb-facts'),
  );
}

function showSummary(section: HTMLElement, event: EventChoice, number: string, acceptable: boolean, disposed: () => boolean): void {
  const title = ht('h2', 'admin.roomBlocks.summary.title', { id: 'rb-summary-title' });
  const xlsx = ht('a', 'admin.roomBlocks.summary.xlsx', { class: 'button button--secondary', href: summaryXlsxUrl(event.id, number), download: true });
  const body = h('div', { class: 'rb-section', 'aria-live': 'polite' });
  section.replaceChildren(title, h('p', { class: 'rb-actions' }, xlsx), body);
  const load = () => {
    body.replaceChildren(stateBox('loading', 'admin.roomBlocks.summary.loading'));
    fetchSummary(event.id, number)
      .then((summary) => {
        if (disposed()) return;
        const table = summaryTable(summary);
        if (table.rows.length === 0) return body.replaceChildren(stateBox('empty', 'admin.roomBlocks.summary.noProviders'));
        body.replaceChildren(
          summaryTableView(table),
          h('section', { class: 'rb-section' }, ht('h2', 'admin.roomBlocks.providers.title'), h('ul', { class: 'rb-provider-list' }, ...table.rows.map((row) => providerItem(table, row, event, number, acceptable)))),
        );
      })
      .catch((error: unknown) => {
        if (!disposed()) body.replaceChildren(stateBox('error', readFailure(error, message('admin.roomBlocks.summary.failed')), load));
      });
  };
  load();
}

/**
 * A provider, its remarks (typed by the hotel: shown as text) and its actions. "Accepter" asks first,
 * naming the products, nights, rooms and prices it will put on sale. Once the block is released its
 * rooms went back to the provider: no "Accepter" any more (the server refuses it too).
 */
function providerItem(table: SummaryTable, row: TableRow, event: EventChoice, number: string, acceptable: boolean): HTMLElement {
  const outcome = noticeArea('info');
  const link = (format: 'pdf' | 'xlsx') =>
    setAttr(
      ht('a', format === 'pdf' ? 'admin.roomBlocks.roomingPdf' : 'admin.roomBlocks.roomingXlsx', { class: 'button button--link', href: roomingListUrl(event.id, row.providerId, format), download: true }),
      'aria-label',
      (lang) => translate(lang, 'admin.roomBlocks.roomingFor', { name: row.providerName, format: format.toUpperCase() }),
    );
  const actions = h('div', { class: 'rb-provider__actions' });
  if (acceptable && row.answeredAt !== null) {
    const accept = button('admin.roomBlocks.accept', 'primary');
    setAttr(accept, 'aria-label', (lang) => translate(lang, 'admin.roomBlocks.acceptFor', { name: row.providerName }));
    accept.addEventListener('click', () => {
      if (!window.confirm(acceptPlanText(row.providerName, acceptPlan(table, row))(i18n.lang))) return;
      accept.disabled = true;
      accept.setAttribute('aria-busy', 'true');
      outcome.show('admin.roomBlocks.accepting');
      acceptAnswer(event.id, number, row.providerId)
        .then((response) => {
          const products = response.status === 200 ? response.data : undefined;
          if (products) return showOutcome(outcome, 'success', acceptedText(products));
          const refusal = refusalMessages(response.body);
          const text: Localized = refusal.length > 0 ? (lang) => refusal.map((m) => m(lang)).join(' ') : failureMessage(new HttpError(response.status));
          showOutcome(outcome, 'error', text);
        })
        .catch((error: unknown) => showOutcome(outcome, 'error', failureMessage(error)))
        .finally(() => {
          accept.disabled = false;
          accept.removeAttribute('aria-busy');
        });
    });
    actions.append(accept);
  }
  actions.append(link('pdf'), link('xlsx'));
  const state = setText(
    h('span', { class: 'small' }),
    row.answeredAt ? (lang) => translate(lang, 'admin.roomBlocks.summary.answeredAt', { date: instantDay(row.answeredAt)(lang) }) : 'admin.roomBlocks.summary.noAnswer',
  );
  const remarks = row.remarks
    ? h('p', { class: 'rb-provider__remarks' }, setText(h('span', { class: 'strong' }), 'admin.roomBlocks.providerRemarks'), ' ', h('span', { class: 'rb-remarks' }, row.remarks))
    : null;
  return h('li', { class: 'rb-provider' }, h('div', {}, h('span', { class: 'strong' }, row.providerName), ' ', state), remarks ?? '', actions, outcome);
}

/** The answer to "Accepter", announced: status for success, alert for a refusal. */
function showOutcome(area: ReturnType<typeof noticeArea>, tone: 'success' | 'error', text: Localized): void {
  area.show(text);
  area.className = `notice notice--${tone}`;
  area.setAttribute('role', tone === 'error' ? 'alert' : 'status');
}
