import { h, ht, setAttr, setText } from '../shared/dom';
import { formatDateRange, translate } from '../shared/i18n';
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
    // The events list does not say whether registration is open: the form page tells.
    registerLink(event),
  );
}

function registerLink(event: EventSummary): HTMLElement {
  const link = ht('a', 'event.register', {
    class: 'button button--primary event-card__register',
    href: `/register/?event=${encodeURIComponent(event.id)}`,
  });
  // "S'inscrire" alone is ambiguous in a list of cards: the accessible name says to what.
  return setAttr(link, 'aria-label', (lang) => translate(lang, 'event.registerTo', { title: event.title }));
}
