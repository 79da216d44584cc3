import { h, ht, setText } from '../shared/dom';
import type { Localized, MessageKey } from '../shared/i18n';
import { formatDay } from './labels';
import { roomingListUrl, type Reservation } from './space-api';

// The provider's guests for one event: a table on wide screens, one card per reservation on phones
// (the same markup; the labels inside cells show only on phones), and the rooming list downloads.

function cell(label: MessageKey, value: Localized): HTMLElement {
  return h('td', {}, ht('span', label, { class: 'provider-blocks__label' }), setText(h('span'), value));
}

export function reservationsView(eventId: string, reservations: readonly Reservation[]): HTMLElement {
  const links = h(
    'p',
    { class: 'provider-downloads' },
    ht('a', 'provider.reservations.pdf', { href: roomingListUrl(eventId, 'pdf'), class: 'button button--secondary', download: '' }),
    ht('a', 'provider.reservations.xlsx', { href: roomingListUrl(eventId, 'xlsx'), class: 'button button--secondary', download: '' }),
  );
  if (reservations.length === 0) return h('div', {}, ht('p', 'provider.reservations.empty', { class: 'muted' }), links);
  const rows = reservations.map((r) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('span', { class: 'provider-blocks__event' }, r.guests || r.number), h('span', { class: 'small muted provider-blocks__number' }, r.number)),
      cell('provider.reservations.status', () => r.status),
      cell('provider.reservations.arrival', (lang) => formatDay(r.arrival, lang)),
      cell('provider.reservations.departure', (lang) => formatDay(r.departure, lang)),
      cell('provider.reservations.room', () => [r.product, r.roomType].filter(Boolean).join(' · ')),
      cell('provider.reservations.persons', () => String(r.persons)),
      cell('provider.reservations.nights', () => String(r.nights)),
    ),
  );
  const heads: MessageKey[] = [
    'provider.reservations.guests',
    'provider.reservations.status',
    'provider.reservations.arrival',
    'provider.reservations.departure',
    'provider.reservations.room',
    'provider.reservations.persons',
    'provider.reservations.nights',
  ];
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'provider-blocks-wrap' },
      h(
        'table',
        { class: 'provider-blocks provider-reservations' },
        h('thead', {}, h('tr', {}, ...heads.map((key) => ht('th', key, { scope: 'col' })))),
        h('tbody', {}, ...rows),
      ),
    ),
    links,
  );
}
