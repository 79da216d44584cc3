import './stats.css';
import { h, ht, setText, uniqueId } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { formatDateRange, i18n, isMessageKey, message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import type { AdminSection, SectionContext } from '../section';
import { formatRoute } from '../shell-routes';
import { countriesTable, emptyNote, hotelFillTable, organisationsTable, providerRevenueTable, stepRevenueTable, totalsList } from './blocks';
import { perDayChart } from './chart';
import { defaultEvent, fetchEvents, fetchStatistics, statisticsXlsxPath, type StatsEvent } from './stats-api';
import { fillDays, type Statistics } from './statistics';

// #/stats?event={id}: an event's figures (docs/backoffice-api.md, "Statistics") for every staff role.

export const statsSection: AdminSection = {
  path: 'stats',
  label: 'admin.stats.nav',
  roles: ['Admin', 'OperationsManager', 'Staff', 'Finance'],
  mount(context) {
    let active = true;
    void show(context, () => active);
    return () => {
      active = false;
    };
  },
};

const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** "Title · dates (draft)": staff see at once which events the public cannot reach; a status not known is shown as sent. */
export function eventLabel(event: StatsEvent): Localized {
  return (lang) => {
    const dates = event.startDate ? ` · ${formatDateRange(event.startDate, event.endDate, lang)}` : '';
    const key = `admin.stats.eventStatus.${event.status}`;
    const status = isMessageKey(key) ? translate(lang, key) : event.status;
    return `${event.title}${dates}${status ? ` (${status})` : ''}`;
  };
}

/** The event chooser: a select and a button (a select that navigated on change would jump under keyboard users). */
function chooser(context: SectionContext, events: readonly StatsEvent[], current: string | null): HTMLElement {
  const id = uniqueId('stats-event');
  const select = h('select', { id, name: 'event' });
  const known = events.some((event) => event.id === current);
  if (current && !known) select.append(h('option', { value: current }, current));
  for (const event of events) select.append(setText(h('option', { value: event.id }), eventLabel(event)));
  if (current) select.value = current;
  const form = h(
    'form',
    { class: 'stats-chooser' },
    h('div', { class: 'field' }, ht('label', 'admin.stats.event', { for: id }), select),
    ht('button', 'admin.stats.show', { type: 'submit', class: 'button button--secondary' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) context.navigate(formatRoute('stats', [], { event: select.value }));
  });
  return form;
}

function notice(title: Localized, body: Localized | null, tone: 'error' | 'info', retry: (() => void) | null): HTMLElement {
  const block = h('div', { class: tone === 'error' ? 'state state--error' : 'state', role: tone === 'error' ? 'alert' : 'status' });
  block.append(setText(h('p', { class: 'state__title' }), title));
  if (body) block.append(setText(h('p', {}), body));
  if (retry) {
    const button = ht('button', 'admin.stats.retry', { type: 'button', class: 'button button--secondary' });
    button.addEventListener('click', retry);
    block.append(button);
  }
  return block;
}

async function show(context: SectionContext, isActive: () => boolean): Promise<void> {
  const chooserArea = h('div', {});
  const body = h('div', { class: 'stats-body' });
  context.container.replaceChildren(
    h('div', { class: 'admin-head' }, h('div', {}, ht('h1', 'admin.stats.heading'), ht('p', 'admin.stats.intro', { class: 'muted' }))),
    chooserArea,
    body,
  );

  const asked = context.query.get('event')?.trim() || null;
  let events: StatsEvent[] = [];
  try {
    events = (await fetchEvents()) ?? [];
  } catch {
    // The chooser is a convenience: with ?event= the figures still load without it.
  }
  if (!isActive()) return;
  const eventId = asked ?? defaultEvent(events, todayIso())?.id ?? null;
  chooserArea.replaceChildren(chooser(context, events, eventId));
  if (!eventId) {
    body.replaceChildren(notice(message('admin.stats.noEvents'), message('admin.stats.noEventsBody'), 'info', null));
    return;
  }
  const title = events.find((event) => event.id === eventId)?.title ?? eventId;
  await loadFigures(context, body, eventId, title, isActive);
}

async function loadFigures(context: SectionContext, body: HTMLElement, eventId: string, title: string, isActive: () => boolean): Promise<void> {
  body.replaceChildren(ht('p', 'admin.stats.loading', { class: 'state state--loading', role: 'status' }));
  const retry = () => void loadFigures(context, body, eventId, title, isActive);
  try {
    const answer = await fetchStatistics(eventId);
    if (!isActive()) return;
    switch (answer.kind) {
      case 'signedOut':
        return context.sessionEnded();
      case 'forbidden':
        return body.replaceChildren(notice(message('admin.stats.forbidden'), null, 'error', null));
      case 'notFound':
        return body.replaceChildren(notice(message('admin.stats.notFound'), message('admin.stats.notFoundBody'), 'error', null));
      case 'ok':
        return body.replaceChildren(...figures(answer.statistics, eventId, title));
    }
  } catch (error) {
    if (isActive()) body.replaceChildren(notice(message('admin.stats.loadFailed'), failureMessage(error), 'error', retry));
  }
}

function block(heading: MessageKey, note: MessageKey | null, content: (headingId: string) => HTMLElement, wide = false): HTMLElement {
  const id = uniqueId('stats-block');
  return h(
    'section',
    { class: wide ? 'stats-block stats-block--wide' : 'stats-block', 'aria-labelledby': id },
    ht('h3', heading, { id }),
    note ? ht('p', note, { class: 'muted small' }) : null,
    content(id),
  );
}

function figures(statistics: Statistics, eventId: string, title: string): HTMLElement[] {
  const download = h(
    'a',
    { href: statisticsXlsxPath(eventId), class: 'button button--secondary stats-download', download: `statistiques-${eventId}.xlsx` },
    ht('span', 'admin.stats.download'),
  );
  // Rankings keep their order when the language changes; it is computed once, in the current language.
  const lang = i18n.lang;
  const days = fillDays(statistics.perDay);
  return [
    h(
      'div',
      { class: 'stats-summary-head' },
      setText(h('h2', { class: 'stats-event-title' }), (l) => translate(l, 'admin.stats.figuresFor', { title })),
      download,
    ),
    totalsList(statistics.totals),
    h(
      'div',
      { class: 'stats-grid' },
      block('admin.stats.perDay', null, (id) => (days.length > 0 ? perDayChart(days, id) : emptyNote('admin.stats.perDayEmpty')), true),
      block('admin.stats.byStep', 'admin.stats.confirmedOnly', () => stepRevenueTable(statistics.revenueByStep)),
      block('admin.stats.byProvider', 'admin.stats.confirmedOnly', () => providerRevenueTable(statistics.revenueByProvider)),
      block('admin.stats.hotelFill', 'admin.stats.hotelFillNote', () => hotelFillTable(statistics.hotelFill), true),
      block('admin.stats.countries', 'admin.stats.confirmedOnly', () => countriesTable(statistics.countries, lang)),
      block('admin.stats.organisations', 'admin.stats.confirmedOnly', () => organisationsTable(statistics.organisations, lang)),
    ),
  ];
}
