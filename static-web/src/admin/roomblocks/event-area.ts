import { h, ht } from '../../shared/dom';
import { message, type MessageKey } from '../../shared/i18n';
import { eventLabel } from '../shared/events';
import { chosenEvent, type EventChoice } from '../shared/events';
import { readFailure } from '../shared/read-failure';
import { stateBox } from '../shared/ui';
import { selectField } from '../../shared/form';
import type { SectionContext } from '../section';
import { fetchEvents } from './api';
import { listRoute } from './route';

// The page's frame: its heading, the event chooser (?event= in the hash, as the registrations
// section does) and the body where the chosen event's page goes.

export interface Frame {
  root: HTMLElement;
  heading: HTMLHeadingElement;
  body: HTMLElement;
  isDisposed(): boolean;
  dispose(): void;
}

export function frame(context: SectionContext): Frame {
  let disposed = false;
  const heading = ht('h1', 'admin.roomBlocks.title', { tabindex: '-1' });
  const body = h('div', { class: 'rb-body' });
  const root = h('div', { class: 'rg-page rb-page' }, heading, body);
  context.container.replaceChildren(root);
  return { root, heading, body, isDisposed: () => disposed, dispose: () => (disposed = true) };
}

export interface EventAreaOptions {
  /** Where choosing another event goes (this section's list by default). */
  route?: (eventId: string) => string;
  /** What the body says while no event is chosen. */
  pickEvent?: MessageKey;
}

/**
 * Loads the events, shows the chooser above the body and calls `show` with the event chosen (none: a
 * prompt). The finance section uses it too, with its own route.
 */
export function withEvent(context: SectionContext, page: Frame, show: (event: EventChoice) => void, options: EventAreaOptions = {}): void {
  const route = options.route ?? listRoute;
  const area = h('div', { class: 'rg-event' });
  page.heading.after(area);
  const asked = context.query.get('event') ?? '';
  const load = () => {
    area.replaceChildren(stateBox('loading', 'admin.roomBlocks.eventsLoading'));
    fetchEvents()
      .then((events) => {
        if (page.isDisposed()) return;
        if (events.length === 0) return area.replaceChildren(stateBox('empty', 'admin.roomBlocks.noEvents'));
        const event = chosenEvent(events, asked);
        area.replaceChildren(chooser(events, event?.id ?? asked, (eventId) => context.navigate(route(eventId))));
        if (event) show(event);
        else page.body.replaceChildren(stateBox('empty', options.pickEvent ?? 'admin.roomBlocks.pickEvent'));
      })
      .catch((error: unknown) => {
        if (!page.isDisposed()) area.replaceChildren(stateBox('error', readFailure(error, message('admin.roomBlocks.eventsFailed')), load));
      });
  };
  load();
}

function chooser(events: readonly EventChoice[], selected: string, go: (eventId: string) => void): HTMLElement {
  const field = selectField('event', 'admin.roomBlocks.event', [
    { value: '', label: 'admin.roomBlocks.eventChoose' },
    ...events.map((event) => ({ value: event.id, label: eventLabel(event) })),
  ]);
  field.control.value = selected;
  field.control.addEventListener('change', () => go(field.control.value));
  field.element.classList.add('rg-event__field');
  return field.element;
}
