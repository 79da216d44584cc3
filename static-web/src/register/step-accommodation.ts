import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { translate, type Lang } from '../shared/i18n';
import { accessCodeBox } from './access-code';
import { fetchAvailability } from './api';
import type { FlowStep, RegisterApp, StepView } from './app';
import { isRoomLine, isRoomProduct, removeLine, type HotelSearch } from './basket';
import { addDays, daysBetween, daysFrom, formatDay, formatMoney, stayText } from './format';
import { hotelResults, type ResultsMemory } from './hotel-results';
import { hotelSheet, type SheetTab } from './hotel-sheet';
import { noFilters } from './hotels';
import { localText, stayPrice, type ProductAvailability } from './model';
import { personLabel } from './persons';
import { productListSection } from './step-products';
import { roomConflicts } from './rules';
import { selectField } from '../shared/form';
import { button, showMessages, t } from './ui';

const MAX_ROOMS = 5;
const MAX_ADULTS = 4;
const MAX_NIGHTS = 14;

// Filters, order and the open hotel survive going to another step and back (not a reload).
const memory: ResultsMemory & { open: { hotelId: string; tab: SheetTab } | null } = {
  filters: noFilters(),
  sort: 'random',
  seed: Math.floor(Math.random() * 2 ** 31),
  open: null,
};

export function defaultSearch(app: RegisterApp): HotelSearch {
  const { startDate, endDate } = app.form.event;
  const persons = app.state.participants.length + app.state.participants.filter((p) => p.companion).length;
  return { arrival: startDate, nights: Math.max(1, daysBetween(startDate, endDate)), rooms: [Math.min(2, Math.max(1, persons))] };
}

/** The accommodation step: search by dates and rooms, hotels with filters, the rooms booked. */
export function renderAccommodation(app: RegisterApp, step: FlowStep): StepView {
  const stepProducts = app.productsOf(step.id);
  const search: HotelSearch = app.state.search ?? defaultSearch(app);
  const area = h('div', { class: 'hotel-area' });
  const booked = h('section', { class: 'booked-rooms', 'aria-live': 'polite' });
  let availability: Map<string, ProductAvailability> | null = null;

  const drawBooked = () => {
    const rooms = app.state.lines.map((line, index) => ({ line, index })).filter(({ line }) => isRoomLine(line));
    booked.hidden = rooms.length === 0;
    booked.replaceChildren(
      ht('h3', 'reg.rooms.booked'),
      h('ul', { class: 'booked-rooms__list' }, ...rooms.map(({ line, index }) => {
        const product = app.product(line.productId);
        const hotel = app.form.hotels.find((candidate) => candidate.id === product?.providerId);
        const remove = button(t('reg.action.remove'), 'link');
        remove.addEventListener('click', () => {
          app.setLines(removeLine(app.state.lines, index));
          drawBooked();
          booked.focus();
        });
        const problems = h('div', { class: 'field-error', role: 'alert' });
        showMessages(problems, app.problems.filter((problem) => problem.line === index).map((p) => p.message));
        return h(
          'li',
          { class: 'booked-room' },
          h('p', { class: 'booked-room__title' }, hotel?.name ?? '', ' · ', product ? setText(h('span', {}), localText(product.label)) : line.productId),
          setText(h('p', { class: 'muted' }), stayText(line.arrival ?? '', line.nights ?? 0)),
          setText(h('p', {}), (lang) => (line.persons ?? []).map((id) => personLabel(app.state.participants, id, lang)).join(', ')),
          product && setText(h('p', { class: 'booked-room__price' }), (lang) => formatMoney(stayPrice(product, line.arrival ?? '', line.nights ?? 0), lang)),
          remove,
          problems,
        );
      })),
    );
    booked.tabIndex = -1;
  };

  const runSearch = async () => {
    app.state.search = search;
    app.save();
    area.setAttribute('aria-busy', 'true');
    area.replaceChildren(ht('p', 'reg.hotels.searching', { class: 'state state--loading', role: 'status' }));
    try {
      availability = await fetchAvailability(app.form.event.id, search.arrival, search.nights);
      drawArea();
    } catch (error) {
      const retry = button(t('home.retry'));
      retry.addEventListener('click', () => void runSearch());
      area.replaceChildren(h('div', { class: 'state state--error', role: 'alert' }, setText(h('p', {}), failureMessage(error)), retry));
    } finally {
      area.removeAttribute('aria-busy');
    }
  };

  const drawArea = () => {
    const open = memory.open;
    const hotel = open ? app.form.hotels.find((candidate) => candidate.id === open.hotelId) : undefined;
    if (open && hotel) {
      area.replaceChildren(
        hotelSheet(app, {
          hotel,
          stepProducts,
          search,
          availability,
          tab: open.tab,
          onTab: (tab) => (memory.open = { hotelId: hotel.id, tab }),
          onBack: () => {
            memory.open = null;
            drawArea();
            area.querySelector<HTMLElement>(`[data-hotel="${CSS.escape(hotel.id)}"] .hotel-card__title`)?.focus();
          },
          onBooked: (count) => {
            memory.open = null;
            drawBooked();
            void runSearch().then(() => {
              const note = setText(h('div', { class: 'notice notice--success', role: 'status', tabindex: '-1' }), t('reg.rooms.added', { count }));
              area.prepend(note);
              note.focus();
            });
          },
          refreshAvailability: () => fetchAvailability(app.form.event.id, search.arrival, search.nights),
        }),
      );
      return;
    }
    area.replaceChildren(
      hotelResults(app, stepProducts, search, availability, memory, (hotelId, tab) => {
        memory.open = { hotelId, tab };
        drawArea();
      }),
    );
  };

  const others = stepProducts.some((product) => !isRoomProduct(product))
    ? productListSection(app, stepProducts, step.id, false)
    : null;
  const conflictErrors = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });

  drawBooked();
  void runSearch();
  return {
    element: h(
      'div',
      { class: 'step-accommodation' },
      conflictErrors,
      booked,
      searchForm(app, search, () => {
        memory.open = null;
        void runSearch();
      }),
      area,
      others && h('section', { class: 'related-products' }, ht('h3', 'reg.rooms.related'), others.element),
      accessCodeBox(app),
    ),
    savedNotice: t('reg.rooms.saved'),
    validate: () => {
      const conflicts = roomConflicts(app.state.lines);
      showMessages(
        conflictErrors,
        conflicts.map((conflict) => (lang) =>
          translate(lang, 'reg.rooms.conflict', { name: personLabel(app.state.participants, conflict.personId, lang) }),
        ),
      );
      if (conflicts.length > 0) {
        conflictErrors.focus();
        return false;
      }
      return others ? others.validate() : true;
    },
  };
}

function searchForm(app: RegisterApp, search: HotelSearch, onSearch: () => void): HTMLElement {
  const { startDate, endDate } = app.form.event;
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: () => String(i + 1) }));
  const days = daysFrom(addDays(startDate, -2), addDays(endDate, 2)).map((day) => ({ value: day, label: (lang: Lang) => formatDay(day, lang) }));
  const arrival = selectField('arrival', t('reg.search.arrival'), days, { value: search.arrival });
  const nights = selectField('nights', t('reg.search.nights'), numbers(MAX_NIGHTS), { value: String(search.nights), className: 'field--short' });
  const rooms = selectField('rooms', t('reg.search.rooms'), numbers(MAX_ROOMS), { value: String(search.rooms.length), className: 'field--short' });
  const adults = h('div', { class: 'field-row field-row--compact' });
  const drawAdults = () => {
    adults.replaceChildren(
      ...search.rooms.map((count, index) => {
        const field = selectField(`adults-${index}`, t('reg.search.adults', { n: index + 1 }), numbers(MAX_ADULTS), { value: String(count), className: 'field--short' });
        field.control.addEventListener('change', () => (search.rooms[index] = Number(field.control.value)));
        return field.element;
      }),
    );
  };
  arrival.control.addEventListener('change', () => (search.arrival = arrival.control.value));
  nights.control.addEventListener('change', () => (search.nights = Number(nights.control.value)));
  rooms.control.addEventListener('change', () => {
    const wanted = Number(rooms.control.value);
    search.rooms = Array.from({ length: wanted }, (_, i) => search.rooms[i] ?? 1);
    drawAdults();
  });
  drawAdults();
  const submit = button(t('reg.search.submit'), 'primary');
  submit.type = 'submit';
  const form = h(
    'form',
    { class: 'hotel-search', novalidate: true, role: 'search' },
    h(
      'fieldset',
      {},
      ht('legend', 'reg.search.legend'),
      h('div', { class: 'field-row field-row--compact' }, arrival.element, nights.element, rooms.element),
      adults,
      submit,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSearch();
  });
  return form;
}
