import { h, ht, setAttr, setText } from '../../shared/dom';
import { formatDateRange } from '../../shared/i18n';
import type { SectionContext } from '../section';
import { duplicateEvent, listEvents, previewUrl } from './api';
import { Form } from '../../shared/form';
import { loading, statusText } from './screen';
import type { EventSummary } from './model';
import { suggestCopyId } from './values';

/** #/events: every event, drafts included, newest first; new event, duplicate, preview. */
export function renderList(context: SectionContext): void {
  const { container } = context;
  void loading(container, async () => {
    const events = await listEvents();
    const heading = ht('h1', 'admin.events.list.title', { tabindex: '-1' });
    const create = ht('a', 'admin.events.list.new', { href: '#/events/new', class: 'button button--primary' });
    const providers = ht('a', 'admin.events.providers.title', { href: '#/events/providers', class: 'button button--secondary' });
    const table = h(
      'table',
      { class: 'ev-table' },
      h('caption', { class: 'visually-hidden' }, setText(h('span'), 'admin.events.list.title')),
      h('thead', {}, h('tr', {},
        ht('th', 'admin.events.field.title', { scope: 'col' }), ht('th', 'admin.events.list.status', { scope: 'col' }),
        ht('th', 'admin.events.list.dates', { scope: 'col' }), ht('th', 'admin.events.list.place', { scope: 'col' }),
        ht('th', 'admin.events.list.actions', { scope: 'col' }))),
      h('tbody', {}, ...events.map((event) => row(context, event))),
    );
    container.replaceChildren(
      h('div', { class: 'ev-head' }, heading, h('div', { class: 'ev-actions' }, create, providers)),
      events.length === 0 ? ht('p', 'admin.events.list.empty', { class: 'state' }) : h('div', { class: 'ev-scroll' }, table),
    );
    heading.focus();
  });
}

function row(context: SectionContext, event: EventSummary): HTMLTableRowElement {
  const open = h('a', { href: `#/events/${encodeURIComponent(event.id)}/settings` }, event.title || event.id);
  const duplicate = ht('button', 'admin.events.list.duplicate', { type: 'button', class: 'button button--secondary', 'aria-expanded': 'false' });
  const preview = ht('a', 'admin.events.preview', { href: previewUrl(event.id), target: '_blank', rel: 'noopener', class: 'button button--secondary' });
  const slot = h('div', { class: 'ev-inline' });
  duplicate.addEventListener('click', () => {
    const opening = slot.childElementCount === 0;
    duplicate.setAttribute('aria-expanded', String(opening));
    slot.replaceChildren(...(opening ? [duplicateForm(context, event)] : []));
    if (opening) slot.querySelector('input')?.focus();
  });
  return h(
    'tr',
    {},
    h('td', {}, open, h('div', { class: 'muted ev-id' }, event.id)),
    h('td', {}, setText(h('span', { class: `ev-badge ev-badge--${event.status === 'Published' ? 'published' : 'draft'}` }), statusText(event.status))),
    h('td', {}, setText(h('span'), (lang) => formatDateRange(event.startDate, event.endDate, lang))),
    h('td', {}, [event.venue, event.city].filter(Boolean).join(', ')),
    h('td', {}, h('div', { class: 'ev-actions' }, duplicate, preview), slot),
  );
}

function duplicateForm(context: SectionContext, event: EventSummary): HTMLElement {
  const form = new Form({ newEventId: suggestCopyId(event.id), title: event.title });
  setAttr(form.element, 'aria-label', 'admin.events.list.duplicate');
  form.element.append(
    setText(h('p', { class: 'muted' }), 'admin.events.duplicate.intro'),
    form.field({ path: 'newEventId', label: 'admin.events.field.id', hint: 'admin.events.field.idHint', required: true }),
    form.field({ path: 'title', label: 'admin.events.field.title', required: true }),
  );
  form.onSubmit('admin.events.duplicate.submit',
    (values) => duplicateEvent(event.id, String(values.newEventId ?? '').trim(), String(values.title ?? '')),
    () => context.navigate(`events/${encodeURIComponent(String(form.read().newEventId).trim())}/settings`));
  return form.element;
}
