import { h, ht, setAttr, setText, uniqueId } from '../shared/dom';
import { i18n, translate, type Localized } from '../shared/i18n';
import type { RegisterApp } from './app';
import type { HotelSearch } from './basket';
import { formatMoney } from './format';
import type { SheetTab } from './hotel-sheet';
import {
  facetCounts,
  filterHotels,
  priceBounds,
  searchHotels,
  sortHotels,
  STAR_LEVELS,
  type HotelFilters,
  type HotelResult,
  type HotelSort,
} from './hotels';
import { localText, type Product, type ProductAvailability } from './model';
import { availabilityText } from './product-card';
import { button, optionalText, t } from './ui';

export interface ResultsMemory {
  filters: HotelFilters;
  sort: HotelSort;
  seed: number;
}

export const starsText = (stars: number): Localized =>
  stars === 0 ? t('reg.hotels.unrated') : t('reg.hotels.stars', { count: stars });

/** ★★★ for the eye, "3 étoiles" for screen readers. */
export function starsBadge(stars: number): HTMLElement {
  return setAttr(h('span', { class: 'stars', role: 'img' }, '★'.repeat(stars)), 'aria-label', starsText(stars));
}

/** Filters with counts, the number of results, the order, and one card per hotel. */
export function hotelResults(
  app: RegisterApp,
  stepProducts: readonly Product[],
  search: HotelSearch,
  availability: ReadonlyMap<string, ProductAvailability> | null,
  memory: ResultsMemory,
  open: (hotelId: string, tab: SheetTab) => void,
): HTMLElement {
  const results = searchHotels(app.form.hotels, stepProducts, search, availability);
  if (results.length === 0) return ht('p', 'reg.hotels.none', { class: 'state' });

  const countSlots = new Map<string, HTMLElement>();
  const summary = h('p', { class: 'results__count', role: 'status' });
  const list = h('ul', { class: 'hotel-list' });

  const refresh = () => {
    const counts = facetCounts(results, memory.filters);
    for (const [level, count] of counts.stars) countSlots.get(`star-${level}`)!.textContent = `(${count})`;
    for (const [name, count] of counts.amenities) {
      const slot = countSlots.get(`amenity-${name}`);
      if (slot) slot.textContent = `(${count})`;
    }
    const shown = sortHotels(filterHotels(results, memory.filters), memory.sort, memory.seed, i18n.lang);
    setText(summary, t('reg.hotels.results', { count: shown.length }));
    list.replaceChildren(...shown.map((result) => h('li', {}, hotelCard(result, open))));
    if (shown.length === 0) list.append(ht('li', 'reg.hotels.noneFiltered', { class: 'state' }));
  };

  const checkbox = (slotKey: string, label: Localized, checked: boolean, onChange: (on: boolean) => void) => {
    const input = h('input', { type: 'checkbox' });
    input.checked = checked;
    input.addEventListener('change', () => {
      onChange(input.checked);
      refresh();
    });
    const count = h('span', { class: 'muted' });
    countSlots.set(slotKey, count);
    return h('label', { class: 'check' }, input, setText(h('span', {}), label), ' ', count);
  };
  const toggle = <T>(values: T[], value: T, on: boolean): T[] =>
    on ? [...new Set([...values, value])] : values.filter((item) => item !== value);

  const starBoxes = STAR_LEVELS.map((level) =>
    checkbox(`star-${level}`, starsText(level), memory.filters.stars.includes(level), (on) => {
      memory.filters = { ...memory.filters, stars: toggle(memory.filters.stars, level, on) };
    }),
  );
  const amenityNames = [...facetCounts(results, memory.filters).amenities.keys()];
  const amenityBoxes = amenityNames.map((name) =>
    checkbox(`amenity-${name}`, optionalText('reg.amenity.', name), memory.filters.amenities.includes(name), (on) => {
      memory.filters = { ...memory.filters, amenities: toggle(memory.filters.amenities, name, on) };
    }),
  );

  const filters = h(
    'details',
    { class: 'filters', open: !matchMedia('(max-width: 47.99rem)').matches },
    ht('summary', 'reg.filters.title'),
    priceFilter(results, memory, refresh),
    h('fieldset', {}, ht('legend', 'reg.filters.stars'), ...starBoxes),
    h('fieldset', {}, ht('legend', 'reg.filters.amenities'), ...amenityBoxes),
  );

  const sortId = uniqueId('sort');
  const sort = h('select', { id: sortId });
  for (const [value, key] of [['random', 'reg.sort.random'], ['name', 'reg.sort.name'], ['price', 'reg.sort.price']] as const) {
    sort.append(ht('option', key, { value }));
  }
  sort.value = memory.sort;
  sort.addEventListener('change', () => {
    memory.sort = sort.value as HotelSort;
    refresh();
  });

  refresh();
  return h(
    'div',
    { class: 'hotel-results' },
    filters,
    h(
      'div',
      { class: 'results' },
      h('div', { class: 'results__bar' }, summary, h('div', { class: 'results__sort' }, ht('label', 'reg.sort.label', { for: sortId }), sort)),
      list,
    ),
  );
}

function priceFilter(results: readonly HotelResult[], memory: ResultsMemory, refresh: () => void): HTMLElement {
  const bounds = priceBounds(results);
  const box = h('fieldset', {}, ht('legend', 'reg.filters.price'));
  if (!bounds) return box;
  box.append(setText(h('p', { class: 'small' }), (lang) =>
    bounds.max - bounds.min < 0.01
      ? translate(lang, 'reg.filters.priceSingle', { price: formatMoney(bounds.min, lang) })
      : translate(lang, 'reg.filters.priceRange', { min: formatMoney(bounds.min, lang), max: formatMoney(bounds.max, lang) }),
  ));
  if (bounds.max - bounds.min < 1) return box;
  const id = uniqueId('price');
  const min = Math.floor(bounds.min);
  const max = Math.ceil(bounds.max);
  const range = h('input', { id, type: 'range', min: String(min), max: String(max), step: '1' });
  range.value = String(memory.filters.maxPrice ?? max);
  const label = h('label', { for: id });
  const showValue = () =>
    setText(label, (lang) =>
      translate(lang, 'reg.filters.maxPrice', { price: formatMoney(Math.min(Number(range.value), bounds.max), lang) }),
    );
  range.addEventListener('input', () => {
    memory.filters = { ...memory.filters, maxPrice: Number(range.value) >= max ? null : Number(range.value) };
    showValue();
    refresh();
  });
  showValue();
  box.append(label, range);
  return box;
}

function hotelCard(result: HotelResult, open: (hotelId: string, tab: SheetTab) => void): HTMLElement {
  const { hotel } = result;
  const more = button(t('reg.hotels.more'), 'secondary');
  more.addEventListener('click', () => open(hotel.id, 'presentation'));
  const book = button(t('reg.hotels.book'), 'primary');
  book.addEventListener('click', () => open(hotel.id, 'booking'));
  const photo = hotel.photos[0];
  const description = localText(hotel.description);
  return h(
    'article',
    { class: 'hotel-card', 'data-hotel': hotel.id },
    photo && h('img', { class: 'hotel-card__photo', src: photo.url, alt: photo.alt, loading: 'lazy' }),
    h(
      'div',
      { class: 'hotel-card__body' },
      h(
        'h3',
        { class: 'hotel-card__title', tabindex: '-1' },
        hotel.name,
        ' ',
        hotel.stars > 0 ? starsBadge(hotel.stars) : null,
      ),
      h('p', { class: 'muted small' }, [hotel.address, [hotel.postalCode, hotel.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
      setText(h('p', { class: 'hotel-card__description' }), (lang) => excerpt(description(lang), 220)),
      hotel.amenities.length > 0 &&
        h('ul', { class: 'chips' }, ...hotel.amenities.map((name) => setText(h('li', { class: 'chip' }), optionalText('reg.amenity.', name)))),
      h(
        'div',
        { class: 'hotel-card__foot' },
        setText(h('p', { class: 'hotel-card__price' }), (lang) =>
          translate(lang, 'reg.hotels.from', { price: formatMoney(result.minPrice, lang) }),
        ),
        setText(
          h('p', { class: `availability${result.full ? ' availability--full' : ''}` }),
          result.free === null ? t('reg.avail.open') : availabilityText(result.free, 'rooms'),
        ),
        h('div', { class: 'hotel-card__actions' }, more, book),
      ),
    ),
  );
}

function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
