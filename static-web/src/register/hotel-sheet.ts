import { h, ht, setText, uniqueId } from '../shared/dom';
import { localeOf, translate } from '../shared/i18n';
import type { RegisterApp } from './app';
import type { HotelSearch } from './basket';
import { distanceMetres, osmLink } from './geo';
import { hotelMap } from './hotel-map';
import { starsBadge } from './hotel-results';
import { localText, type Hotel, type Product, type ProductAvailability } from './model';
import { roomBooking } from './room-booking';
import { button, optionalText, t } from './ui';

export type SheetTab = 'photos' | 'presentation' | 'location' | 'booking';
const TABS: readonly { tab: SheetTab; key: 'reg.sheet.photos' | 'reg.sheet.presentation' | 'reg.sheet.location' | 'reg.sheet.booking' }[] = [
  { tab: 'photos', key: 'reg.sheet.photos' },
  { tab: 'presentation', key: 'reg.sheet.presentation' },
  { tab: 'location', key: 'reg.sheet.location' },
  { tab: 'booking', key: 'reg.sheet.booking' },
];

export interface SheetOptions {
  hotel: Hotel;
  stepProducts: readonly Product[];
  search: HotelSearch;
  availability: ReadonlyMap<string, ProductAvailability> | null;
  tab: SheetTab;
  onTab(tab: SheetTab): void;
  onBack(): void;
  onBooked(rooms: number): void;
  refreshAvailability(): Promise<Map<string, ProductAvailability>>;
}

/** A hotel's sheet: tabs Photos, Présentation, Localisation, Réservation (WAI-ARIA tabs pattern). */
export function hotelSheet(app: RegisterApp, options: SheetOptions): HTMLElement {
  const { hotel } = options;
  const base = uniqueId('sheet');
  const panel = h('div', { class: 'sheet__panel', role: 'tabpanel', tabindex: '0' });
  const tabs = TABS.map(({ tab, key }) =>
    ht('button', key, { type: 'button', role: 'tab', id: `${base}-${tab}`, class: 'sheet__tab', 'aria-controls': `${base}-panel` }),
  );
  panel.id = `${base}-panel`;

  const select = (tab: SheetTab, focus: boolean) => {
    options.onTab(tab);
    TABS.forEach((entry, index) => {
      const selected = entry.tab === tab;
      tabs[index]!.setAttribute('aria-selected', String(selected));
      tabs[index]!.tabIndex = selected ? 0 : -1;
      if (selected) {
        panel.setAttribute('aria-labelledby', tabs[index]!.id);
        if (focus) tabs[index]!.focus();
      }
    });
    panel.replaceChildren(content(app, options, tab));
  };
  tabs.forEach((tabButton, index) => {
    tabButton.addEventListener('click', () => select(TABS[index]!.tab, false));
    tabButton.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: TABS.length - 1 - index };
      const move = moves[event.key];
      if (move === undefined) return;
      event.preventDefault();
      select(TABS[(index + move + TABS.length) % TABS.length]!.tab, true);
    });
  });

  const back = button(t('reg.sheet.back'), 'link');
  back.addEventListener('click', options.onBack);
  const heading = h('h3', { class: 'sheet__title', tabindex: '-1' }, hotel.name, ' ', hotel.stars > 0 ? starsBadge(hotel.stars) : null);
  const tabList = h('div', { class: 'sheet__tabs', role: 'tablist' }, ...tabs);
  tabList.setAttribute('aria-label', hotel.name);
  const sheet = h('section', { class: 'sheet' }, back, heading, tabList, panel);
  select(options.tab, false);
  queueMicrotask(() => heading.focus());
  return sheet;
}

function content(app: RegisterApp, options: SheetOptions, tab: SheetTab): HTMLElement {
  const { hotel } = options;
  switch (tab) {
    case 'photos':
      return hotel.photos.length === 0
        ? ht('p', 'reg.sheet.noPhotos', { class: 'muted' })
        : h('ul', { class: 'photos' }, ...hotel.photos.map((photo) =>
            h('li', {}, h('img', { src: photo.url, alt: photo.alt || hotel.name, loading: 'lazy' }))));
    case 'presentation':
      return h(
        'div',
        { class: 'sheet__presentation' },
        setText(h('p', { class: 'prewrap' }), localText(hotel.description)),
        h(
          'dl',
          { class: 'facts' },
          ht('dt', 'reg.sheet.address'),
          h('dd', {}, [hotel.address, [hotel.postalCode, hotel.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
          hotel.checkIn && ht('dt', 'reg.sheet.checkIn'),
          hotel.checkIn && h('dd', {}, hotel.checkIn),
          hotel.checkOut && ht('dt', 'reg.sheet.checkOut'),
          hotel.checkOut && h('dd', {}, hotel.checkOut),
          hotel.amenities.length > 0 && ht('dt', 'reg.sheet.amenities'),
          hotel.amenities.length > 0 &&
            h('dd', {}, h('ul', { class: 'chips' }, ...hotel.amenities.map((name) => setText(h('li', { class: 'chip' }), optionalText('reg.amenity.', name))))),
        ),
      );
    case 'location':
      return location(app, hotel);
    case 'booking':
      return roomBooking(app, options);
  }
}

function location(app: RegisterApp, hotel: Hotel): HTMLElement {
  if (hotel.latitude === null || hotel.longitude === null) return ht('p', 'reg.sheet.noLocation', { class: 'muted' });
  const event = app.form.event;
  const here = { lat: hotel.latitude, lon: hotel.longitude };
  const venue = event.latitude !== null && event.longitude !== null ? { lat: event.latitude, lon: event.longitude } : null;
  const link = ht('a', 'reg.sheet.osm', { href: osmLink(here), target: '_blank', rel: 'noopener noreferrer' });
  return h(
    'div',
    { class: 'sheet__location' },
    hotelMap(app, hotel),
    h(
      'ul',
      { class: 'plan-legend', 'aria-hidden': 'true' },
      h('li', { class: 'plan-legend__hotel' }, hotel.name),
      venue && setText(h('li', { class: 'plan-legend__venue' }), (lang) => event.venue || event.city || translate(lang, 'reg.sheet.venue')),
      app.form.hotels.length > 1 && ht('li', 'reg.sheet.otherHotels', { class: 'plan-legend__other' }),
    ),
    h(
      'dl',
      { class: 'facts' },
      ht('dt', 'reg.sheet.coordinates'),
      setText(h('dd', {}), (lang) =>
        translate(lang, 'reg.sheet.latLon', { lat: hotel.latitude!.toFixed(5), lon: hotel.longitude!.toFixed(5) }),
      ),
      venue && ht('dt', 'reg.sheet.distance'),
      venue &&
        setText(h('dd', {}), (lang) => {
          const metres = distanceMetres(here, venue);
          const km = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(metres / 1000);
          return translate(lang, 'reg.sheet.distanceValue', { km, venue: event.venue || event.city });
        }),
    ),
    h('p', {}, link),
  );
}
