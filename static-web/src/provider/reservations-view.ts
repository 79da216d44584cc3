import { h, ht, setText } from '../shared/dom';
import { message, type Localized, type MessageKey } from '../shared/i18n';
import { formatDay } from './labels';
import { roomingListUrl, type Reservation } from './space-api';

// The provider's guests for one event: a table on wide screens, one card per reservation on phones
// (the same markup; the labels inside cells show only on phones), and the rooming list downloads.

function cell(label: MessageKey, value: Localized): HTMLElement {
  return h('td', {}, ht('span', label, { class: 'provider-blocks__label' }), setText(h('span'), value));
}

/** The server's status names, in words; an unknown one is shown as sent. */
function statusLabel(status: string): Localized {
  if (status === 'Confirmed') return message('provider.reservations.confirmed');
  if (status === 'AwaitingPayment') return message('provider.reservations.awaitingPayment');
  return () => status;
}

/** "Chambre double" rather than "Chambre double · Double": the type only when the product does not say it. */
export function roomText(r: Pick<Reservation, 'product' | 'roomType'>): string {
  if (!r.product) return r.roomType;
  return r.roomType && !r.product.toLowerCase().includes(r.roomType.toLowerCase()) ? `${r.product} · ${r.roomType}` : r.product;
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
      cell('provider.reservations.status', statusLabel(r.status)),
      cell('provider.reservations.arrival', (lang) => formatDay(r.arrival, lang)),
      cell('provider.reservations.departure', (lang) => formatDay(r.departure, lang)),
      cell('provider.reservations.room', () => roomText(r)),
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
