import { h, ht, setText } from '../shared/dom';
import { formatDateRange } from '../shared/i18n';
import type { EventInfo } from './model';

/** The event's title, dates and place, above the steps. */
export function eventHeader(event: EventInfo): HTMLElement {
  const dates = setText(h('time', { datetime: event.startDate }), (lang) =>
    formatDateRange(event.startDate, event.endDate, lang),
  );
  const place = [event.venue, event.city].filter(Boolean).join(', ');
  const banner = event.photos[0];
  return h(
    'header',
    { class: 'event-header' },
    banner && h('img', { class: 'event-header__photo', src: banner.url, alt: banner.alt }),
    ht('p', 'reg.kicker', { class: 'event-header__kicker' }),
    h('h1', { class: 'event-header__title' }, event.title),
    h(
      'p',
      { class: 'event-header__facts' },
      h('span', {}, dates),
      place && h('span', { class: 'event-header__place' }, place),
    ),
  );
}
