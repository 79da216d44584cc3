import { money } from '../../shared/money';
import { h, ht, setAttr, setText, type TextSource } from '../../shared/dom';
import { localeOf, translate, type Lang, type Localized, type MessageKey } from '../../shared/i18n';
import { countryName, formatCount, formatRate, formatShare, formatShortDay } from './stats-format';
import { fillBand, nightsOf, sumOf, topList, type HotelFill, type NamedCount, type ProviderRevenue, type StepRevenue, type Totals } from './statistics';

// The figures of the statistics screen, each as an accessible table or list whose texts follow the
// language switch (amounts in fr-FR / en-GB euros).

const TOP_SIZE = 10;

const cell = (tag: 'td' | 'th', text: TextSource, attributes: Record<string, string> = {}) => setText(h(tag, attributes), text);
const count = (value: number): Localized => (lang) => formatCount(value, lang);

function table(caption: MessageKey, head: HTMLElement[], rows: HTMLElement[], foot: HTMLElement | null = null): HTMLElement {
  return h(
    'div',
    { class: 'admin-table-wrap' },
    h(
      'table',
      { class: 'admin-table' },
      ht('caption', caption, { class: 'visually-hidden' }),
      h('thead', {}, h('tr', {}, ...head)),
      h('tbody', {}, ...rows),
      foot ? h('tfoot', {}, foot) : null,
    ),
  );
}

const colHead = (key: MessageKey, numeric = false) => ht('th', key, { scope: 'col', class: numeric ? 'num' : undefined });

export function emptyNote(key: MessageKey = 'admin.stats.noData'): HTMLElement {
  return ht('p', key, { class: 'muted stats-empty' });
}

export function totalsList(totals: Totals): HTMLElement {
  const items: [MessageKey, Localized, MessageKey | null][] = [
    ['admin.stats.totals.registrations', count(totals.registrations), null],
    ['admin.stats.totals.confirmed', count(totals.confirmed), null],
    ['admin.stats.totals.persons', count(totals.persons), 'admin.stats.totals.personsHint'],
    ['admin.stats.totals.revenue', money(totals.revenue), 'admin.stats.totals.revenueHint'],
    ['admin.stats.totals.paid', money(totals.paid), null],
  ];
  return h(
    'dl',
    { class: 'stats-totals' },
    ...items.map(([label, value, hint]) =>
      h(
        'div',
        { class: 'stats-totals__item' },
        ht('dt', label),
        setText(h('dd', { class: 'stats-totals__value' }), value),
        hint ? ht('dd', hint, { class: 'stats-totals__hint muted' }) : null,
      ),
    ),
  );
}

export function stepRevenueTable(steps: readonly StepRevenue[]): HTMLElement {
  if (steps.length === 0) return emptyNote();
  return table(
    'admin.stats.byStep',
    [colHead('admin.stats.col.step'), colHead('admin.stats.col.amount', true)],
    steps.map((step) => h('tr', {}, cell('th', (lang) => step.title[lang], { scope: 'row' }), cell('td', money(step.total), { class: 'num' }))),
    h('tr', {}, ht('th', 'admin.stats.col.total', { scope: 'row' }), cell('td', money(sumOf(steps)), { class: 'num' })),
  );
}

export function providerRevenueTable(providers: readonly ProviderRevenue[]): HTMLElement {
  if (providers.length === 0) return emptyNote();
  return table(
    'admin.stats.byProvider',
    [colHead('admin.stats.col.provider'), colHead('admin.stats.col.amount', true)],
    providers.map((provider) => h('tr', {}, h('th', { scope: 'row' }, provider.name), cell('td', money(provider.total), { class: 'num' }))),
    h('tr', {}, ht('th', 'admin.stats.col.total', { scope: 'row' }), cell('td', money(sumOf(providers)), { class: 'num' })),
  );
}

/** "30 sur 40, 2 en attente" / "30 of 40, 2 on hold": what a fill cell holds besides its rate. */
function nightDetail(sold: number, capacity: number, held: number): Localized {
  return (lang) => {
    const base = translate(lang, 'admin.stats.fillDetail', { sold: formatCount(sold, lang), capacity: formatCount(capacity, lang) });
    return held > 0 ? `${base}, ${translate(lang, 'admin.stats.fillHeld', { n: formatCount(held, lang) })}` : base;
  };
}

export function hotelFillTable(hotels: readonly HotelFill[]): HTMLElement {
  if (hotels.length === 0) return emptyNote('admin.stats.noHotels');
  const nights = nightsOf(hotels);
  const rows = hotels.map((hotel) => {
    const byNight = new Map(hotel.nights.map((night) => [night.night, night]));
    return h(
      'tr',
      {},
      h('th', { scope: 'row', class: 'stats-fill__hotel' }, hotel.name),
      ...nights.map((date) => {
        const night = byNight.get(date);
        if (!night || night.rate === null) return setAttr(h('td', { class: 'stats-fill__cell stats-fill__cell--none' }, '—'), 'aria-label', 'admin.stats.fillNone');
        const rate = night.rate;
        return h(
          'td',
          { class: `stats-fill__cell stats-fill__cell--${fillBand(rate)}` },
          setText(h('span', { class: 'stats-fill__rate' }), (lang) => formatRate(rate, lang)),
          setText(h('span', { class: 'stats-fill__detail' }), nightDetail(night.sold, night.capacity, night.held)),
        );
      }),
    );
  });
  const wrap = table(
    'admin.stats.hotelFill',
    [colHead('admin.stats.col.hotel'), ...nights.map((date) => cell('th', (lang: Lang) => formatShortDay(date, lang), { scope: 'col', class: 'num' }))],
    rows,
  );
  wrap.classList.add('stats-fill');
  // Wide tables scroll sideways: the region can take the keyboard focus to be scrolled.
  wrap.setAttribute('tabindex', '0');
  wrap.setAttribute('role', 'region');
  setAttr(wrap, 'aria-label', 'admin.stats.hotelFill');
  const legend = h(
    'ul',
    { class: 'stats-legend stats-legend--fill' },
    ...(['low', 'mid', 'high', 'full'] as const).map((band) =>
      h('li', {}, h('span', { class: `stats-legend__swatch stats-fill__cell--${band}`, 'aria-hidden': 'true' }), ht('span', `admin.stats.band.${band}`)),
    ),
  );
  return h('div', {}, wrap, legend);
}

function topTable(caption: MessageKey, nameHead: MessageKey, entries: readonly NamedCount[], nameOf: (entry: NamedCount) => TextSource, lang: Lang): HTMLElement {
  if (entries.length === 0) return emptyNote();
  const top = topList(entries, TOP_SIZE, localeOf(lang));
  const row = (name: TextSource, value: number) =>
    h('tr', {}, cell('th', name, { scope: 'row' }), cell('td', count(value), { class: 'num' }), cell('td', (l) => formatShare(value, top.total, l), { class: 'num' }));
  const rows = top.items.map((entry) => row(nameOf(entry), entry.count));
  if (top.others.entries > 0) {
    rows.push(row((l) => translate(l, 'admin.stats.others', { n: formatCount(top.others.entries, l) }), top.others.count));
  }
  return table(caption, [colHead(nameHead), colHead('admin.stats.col.count', true), colHead('admin.stats.col.share', true)], rows);
}

export function countriesTable(countries: readonly NamedCount[], lang: Lang): HTMLElement {
  return topTable('admin.stats.countries', 'admin.stats.col.country', countries, (entry) => (l) => countryName(entry.name, l), lang);
}

export function organisationsTable(organisations: readonly NamedCount[], lang: Lang): HTMLElement {
  return topTable('admin.stats.organisations', 'admin.stats.col.organisation', organisations, (entry) => () => entry.name, lang);
}
