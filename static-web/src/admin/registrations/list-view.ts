import { h, ht, setAttr, setText } from '../../shared/dom';
import { message, translate, type Localized } from '../../shared/i18n';
import type { SectionContext } from '../section';
import { fetchCatalog, fetchEvents, fetchPage, fetchProviders, fetchTimeZone } from './api';
import { eventLabel, filterChoices } from './choices';
import { money, shortInstant, statusLabel } from '../shared/labels';
import {
  chosenEvent,
  pageCount,
  STATUSES,
  statusCounts,
  type EventChoice,
  type FilterCatalog,
  type ProviderName,
  type RegistrationPage,
  type RegistrationRow,
} from './list-model';
import { emptyFilters, exportUrl, fileRoute, listRoute, rangeIsReversed, readFilters, type ListFilters } from './query';
import { readFailure } from '../shared/read-failure';
import { button, facts, stateBox, statusBadge } from '../shared/ui';
import { inputField, option, selectField, showFieldErrors } from '../../shared/form';

// #/registrations?event=…: the registrations of one event, filtered, counted and paged.

const href = (route: string) => `#/${route}`;

export function mountList(context: SectionContext): () => void {
  const filters = readFilters(context.query);
  let disposed = false;
  const root = h('div', { class: 'rg-page' });
  context.container.replaceChildren(root);
  const heading = ht('h1', 'admin.registrations.title', { tabindex: '-1' });
  const eventArea = h('div', { class: 'rg-event' });
  const body = h('div', { class: 'rg-list' });
  root.append(heading, eventArea, body);

  const loadEvents = () => {
    eventArea.replaceChildren(stateBox('loading', 'admin.registrations.eventsLoading'));
    fetchEvents()
      .then((events) => {
        if (disposed) return;
        if (events.length === 0) return eventArea.replaceChildren(stateBox('empty', 'admin.registrations.noEvents'));
        const event = chosenEvent(events, filters.event);
        eventArea.replaceChildren(eventChooser(events, event?.id ?? filters.event, context));
        if (!event) {
          body.replaceChildren(stateBox('empty', 'admin.registrations.pickEvent'));
          return;
        }
        showEvent({ ...filters, event: event.id }, event);
      })
      .catch((error: unknown) => {
        if (!disposed) eventArea.replaceChildren(stateBox('error', readFailure(error, message('admin.registrations.eventsFailed')), loadEvents));
      });
  };

  const showEvent = (current: ListFilters, event: EventChoice) => {
    const filterArea = h('div', {});
    const results = h('div', { class: 'rg-results', 'aria-live': 'polite' });
    body.replaceChildren(filterArea, results);
    filterArea.append(filterForm(current, null, [], context));
    // Without the catalog the product and provider filters are only unavailable, and without the
    // event's settings times show in Paris time (the event list gives no time zone); the list still works.
    Promise.all([fetchCatalog(event.id).catch(() => null), fetchProviders().catch(() => [])])
      .then(([catalog, providers]) => {
        if (!disposed && catalog) filterArea.replaceChildren(filterForm(current, catalog, providers, context));
      })
      .catch(() => undefined);
    const timeZoneRead = fetchTimeZone(event.id).catch(() => 'Europe/Paris');
    const loadPage = () => {
      results.replaceChildren(stateBox('loading', 'admin.registrations.loading'));
      Promise.all([fetchPage(current), timeZoneRead])
        .then(([page, timeZone]) => {
          if (!disposed) results.replaceChildren(...pageView(page, current, timeZone, context));
        })
        .catch((error: unknown) => {
          if (!disposed) results.replaceChildren(stateBox('error', readFailure(error, message('admin.registrations.failed')), loadPage));
        });
    };
    loadPage();
  };

  loadEvents();
  return () => {
    disposed = true;
  };
}

function eventChooser(events: readonly EventChoice[], selected: string, context: SectionContext): HTMLElement {
  const field = selectField('event', 'admin.registrations.event', [
    { value: '', label: 'admin.registrations.eventChoose' },
    ...events.map((event) => ({ value: event.id, label: eventLabel(event) })),
  ]);
  field.control.value = selected;
  field.control.addEventListener('change', () => {
    context.navigate(listRoute(emptyFilters(field.control.value)));
  });
  field.element.classList.add('rg-event__field');
  return field.element;
}

/** The filters beyond the search stay folded on phones until one is in use; wide screens show them. */
function moreOpen(filters: ListFilters): boolean {
  const inUse = filters.status !== '' || filters.product !== '' || filters.provider !== '' || filters.from !== '' || filters.to !== '';
  return inUse || typeof window === 'undefined' || window.matchMedia('(min-width: 48rem)').matches;
}

function filterForm(filters: ListFilters, catalog: FilterCatalog | null, providers: readonly ProviderName[], context: SectionContext): HTMLElement {
  const choices = filterChoices(catalog, providers);
  const search = inputField('q', 'admin.registrations.search', {
    hint: 'admin.registrations.searchHint',
    attributes: { type: 'search', maxlength: '200', autocomplete: 'off', spellcheck: 'false' },
  });
  search.control.value = filters.q;

  const status = selectField('status', 'admin.registrations.status', [
    { value: '', label: 'admin.registrations.allStatuses' },
    ...STATUSES.map((value) => ({ value, label: statusLabel(value) })),
  ]);
  status.control.value = filters.status;

  const product = selectField('product', 'admin.registrations.product', [{ value: '', label: 'admin.registrations.allProducts' }]);
  for (const group of choices.products) {
    const optgroup = setAttr(h('optgroup', {}), 'label', group.title);
    optgroup.append(...group.choices.map(option));
    product.control.append(optgroup);
  }
  const provider = selectField('provider', 'admin.registrations.provider', [
    { value: '', label: 'admin.registrations.allProviders' },
    ...choices.providers,
  ]);
  // A filter from a shared link that the catalog does not list (yet) stays visible and selected.
  for (const [field, value] of [[product, filters.product], [provider, filters.provider]] as const) {
    if (value && ![...field.control.options].some((candidate) => candidate.value === value)) {
      field.control.append(option({ value, label: () => value }));
    }
    field.control.value = value;
    field.control.disabled = catalog === null && value === '';
  }

  const dateField = selectField('date', 'admin.registrations.dateField', [
    { value: 'created', label: 'admin.registrations.dateField.created' },
    { value: 'stay', label: 'admin.registrations.dateField.stay' },
  ]);
  dateField.control.value = filters.dateField;
  const from = inputField('from', 'admin.registrations.from', { attributes: { type: 'date' } });
  from.control.value = filters.from;
  const to = inputField('to', 'admin.registrations.to', { attributes: { type: 'date' } });
  to.control.value = filters.to;

  const clear = ht('a', 'admin.registrations.clear', { class: 'button button--link', href: href(listRoute(emptyFilters(filters.event))) });
  const element = h(
    'form',
    { class: 'rg-filters', role: 'search', novalidate: true },
    h('div', { class: 'rg-filters__search' }, search.element),
    h(
      'details',
      { class: 'rg-filters__more', open: moreOpen(filters) },
      ht('summary', 'admin.registrations.filters'),
      h('div', { class: 'rg-filters__grid' }, status.element, product.element, provider.element, dateField.element, from.element, to.element),
    ),
    h('div', { class: 'rg-filters__actions' }, button('admin.registrations.apply', 'primary', 'submit'), clear),
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: ListFilters = {
      event: filters.event,
      q: search.control.value.trim(),
      status: STATUSES.find((value) => value === status.control.value) ?? '',
      product: product.control.value,
      provider: provider.control.value,
      from: from.control.value,
      to: to.control.value,
      dateField: dateField.control.value === 'stay' ? 'stay' : 'created',
      page: 1,
    };
    const problems = new Map<string, Localized>();
    if (rangeIsReversed(next)) problems.set('to', message('admin.registrations.rangeReversed'));
    showFieldErrors([from, to], problems);
    if (problems.size === 0) context.navigate(listRoute(next));
  });
  return element;
}

function pageView(page: RegistrationPage, filters: ListFilters, timeZone: string, context: SectionContext): (HTMLElement | string)[] {
  const count: Localized = (lang) =>
    translate(lang, 'admin.registrations.count', { count: page.count });
  const byStatus = statusCounts(page.totals.byStatus).map(({ status, count: n }) =>
    {
      const filter = STATUSES.find((candidate) => candidate === status);
      // Statuses the list cannot be filtered by are counted without a link.
      const content = [statusBadge(status), ` ${n}`];
      return h('li', {}, filter ? h('a', { href: href(listRoute({ ...filters, status: filter, page: 1 })) }, ...content) : h('span', {}, ...content));
    },
  );
  const summary = h(
    'section',
    { class: 'rg-summary', 'aria-labelledby': 'rg-summary-title' },
    setText(h('h2', { id: 'rg-summary-title', class: 'rg-summary__count' }), count),
    byStatus.length > 0 ? setAttr(h('ul', { class: 'rg-summary__statuses' }, ...byStatus), 'aria-label', 'admin.registrations.byStatus') : null,
    facts(
      [
        ['admin.registrations.totalAmount', money(page.totals.total)],
        ['admin.registrations.paid', money(page.totals.paid)],
        ['admin.registrations.balanceDue', money(page.totals.balanceDue)],
        ['admin.registrations.refundDue', money(page.totals.refundDue)],
      ],
      'rg-totals',
    ),
    h(
      'p',
      { class: 'rg-export' },
      ht('span', 'admin.registrations.export'),
      ' ',
      ht('a', 'admin.registrations.exportCsv', { class: 'button button--secondary', href: exportUrl(filters, 'csv'), download: true }),
      ' ',
      ht('a', 'admin.registrations.exportXlsx', { class: 'button button--secondary', href: exportUrl(filters, 'xlsx'), download: true }),
    ),
  );
  if (page.items.length === 0) return [summary, stateBox('empty', 'admin.registrations.empty')];
  const pages = pageCount(page.count, page.pageSize);
  return [summary, table(page.items, page.page, pages, timeZone, context), pager(filters, page.page, pages)];
}

const COLUMNS = [
  'admin.registrations.col.number',
  'admin.registrations.col.contact',
  'admin.registrations.col.participants',
  'admin.registrations.col.status',
  'admin.registrations.col.created',
  'admin.registrations.col.total',
  'admin.registrations.col.paid',
  'admin.registrations.col.balance',
] as const;

function cell(column: (typeof COLUMNS)[number], className: string, ...children: (Node | string | null)[]): HTMLTableCellElement {
  // data-label names the column when the table turns into cards on narrow screens; the value is
  // one block so that its lines stay together beside that label.
  return setAttr(h('td', { class: className }, h('div', { class: 'rg-cell__value' }, ...children)), 'data-label', column);
}

function row(item: RegistrationRow, timeZone: string, context: SectionContext): HTMLTableRowElement {
  const numberText: Localized = (lang) => item.number || translate(lang, 'admin.registrations.noNumber');
  const link = setText(h('a', { href: href(fileRoute(item.id)) }), numberText);
  setAttr(link, 'aria-label', (lang) => translate(lang, 'admin.registrations.openFile', { number: item.number || translate(lang, 'admin.registrations.noNumber') }));
  const number = setAttr(h('th', { scope: 'row', class: 'rg-cell--number' }, link), 'data-label', COLUMNS[0]);
  const contact = cell(
    COLUMNS[1],
    'rg-cell--contact',
    h('span', { class: 'strong' }, item.contactName || item.email),
    item.email ? h('span', { class: 'muted small' }, item.email) : null,
    item.organisation ? h('span', { class: 'small' }, item.organisation) : null,
  );
  const tr = h(
    'tr',
    { class: 'rg-row' },
    number,
    contact,
    cell(COLUMNS[2], 'rg-cell--people', item.participants.join(', ')),
    cell(COLUMNS[3], '', statusBadge(item.status)),
    cell(COLUMNS[4], 'rg-cell--date', setText(h('span', {}), shortInstant(item.createdAt, timeZone))),
    cell(COLUMNS[5], 'rg-amount', setText(h('span', {}), money(item.total))),
    cell(COLUMNS[6], 'rg-amount', setText(h('span', {}), money(item.paid))),
    cell(COLUMNS[7], `rg-amount${item.balanceDue > 0 ? ' rg-amount--due' : ''}`, setText(h('span', {}), money(item.balanceDue))),
  );
  // The whole row opens the file for mouse users; the number link is the keyboard and screen-reader way.
  tr.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a, button') || window.getSelection()?.toString()) return;
    context.navigate(fileRoute(item.id));
  });
  return tr;
}

function table(items: readonly RegistrationRow[], page: number, pages: number, timeZone: string, context: SectionContext): HTMLElement {
  const caption = setText(h('caption', { class: 'visually-hidden' }), (lang) => translate(lang, 'admin.registrations.caption', { page, pages }));
  return h(
    'div',
    { class: 'rg-table-wrap' },
    h(
      'table',
      { class: 'rg-table rg-table--list' },
      caption,
      h('thead', {}, h('tr', {}, ...COLUMNS.map((column, i) => ht('th', column, { scope: 'col', class: i >= 5 ? 'rg-amount' : '' })))),
      h('tbody', {}, ...items.map((item) => row(item, timeZone, context))),
    ),
  );
}

function pager(filters: ListFilters, page: number, pages: number): HTMLElement | string {
  if (pages <= 1) return '';
  const link = (target: number, label: 'admin.registrations.previous' | 'admin.registrations.next', enabled: boolean) =>
    enabled
      ? ht('a', label, { class: 'button button--secondary', href: href(listRoute({ ...filters, page: target })) })
      : ht('span', label, { class: 'button button--secondary', 'aria-disabled': 'true' });
  const nav = h(
    'nav',
    { class: 'rg-pager' },
    link(page - 1, 'admin.registrations.previous', page > 1),
    setText(h('span', { 'aria-current': 'page' }), (lang) => translate(lang, 'admin.registrations.pageOf', { page, pages })),
    link(page + 1, 'admin.registrations.next', page < pages),
  );
  return setAttr(nav, 'aria-label', 'admin.registrations.pagination');
}
