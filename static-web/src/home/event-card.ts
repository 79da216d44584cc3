import { h, ht, setText } from '../shared/dom';
import { formatDateRange } from '../shared/i18n';
import type { EventSummary } from './events';

export function eventCard(event: EventSummary): HTMLElement {
  const dates = setText(h('time', { datetime: event.startDate }), (lang) =>
    formatDateRange(event.startDate, event.endDate || event.startDate, lang),
  );
  const hasPlace = Boolean(event.venue || event.city);

  return h(
    'article',
    { class: 'event-card' },
    h('h2', { class: 'event-card__title' }, event.title),
    h(
      'dl',
      { class: 'event-card__facts' },
      ht('dt', 'event.dates'),
      h('dd', {}, dates),
      hasPlace && ht('dt', 'event.place'),
      hasPlace &&
        h(
          'dd',
          {},
          event.venue && h('span', { class: 'event-card__venue' }, event.venue),
          event.city && h('span', { class: 'event-card__city' }, event.city),
        ),
    ),
    event.summary && h('p', { class: 'event-card__summary' }, event.summary),
    // Registration arrives in a later release: a note, deliberately not a link or a button.
    ht('p', 'event.registrationSoon', { class: 'event-card__note' }),
  );
}
