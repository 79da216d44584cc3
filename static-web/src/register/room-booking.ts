import { h, ht, setText, uniqueId } from '../shared/dom';
import { translate, type Localized } from '../shared/i18n';
import type { RegisterApp } from './app';
import { addRoom, isRoomProduct, type BasketLine } from './basket';
import { formatMoney, stayText } from './format';
import type { SheetOptions } from './hotel-sheet';
import { freeRooms, roomFits } from './hotels';
import { localText, stayNightPrices, stayPrice, type Product, type ProductAvailability } from './model';
import { availabilityText } from './product-card';
import { eligiblePersons, personLabel } from './persons';
import { occupancyProblem, roomConflicts } from './rules';
import { button, optionalText, showMessages, t } from './ui';

interface RoomChoice {
  productId: string | null;
  persons: Set<string>;
  errors: HTMLElement;
}

/** The Réservation tab: for each room asked, a room product (type + formula) and who sleeps there. */
export function roomBooking(app: RegisterApp, options: SheetOptions): HTMLElement {
  const { hotel, search } = options;
  const rooms = options.stepProducts.filter((product) => product.providerId === hotel.id && isRoomProduct(product));
  let availability = options.availability;
  const choices: RoomChoice[] = search.rooms.map(() => ({ productId: null, persons: new Set(), errors: h('div') }));
  const blocks = h('div', { class: 'room-blocks' });
  const total = h('p', { class: 'room-total', 'aria-live': 'polite' });
  const formError = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });

  const drawTotal = () => {
    const sum = choices.reduce((acc, choice) => {
      const room = rooms.find((r) => r.id === choice.productId);
      return acc + (room ? stayPrice(room, search.arrival, search.nights) : 0);
    }, 0);
    setText(total, (lang) => translate(lang, 'reg.booking.total', { price: formatMoney(sum, lang) }));
  };
  const draw = () => {
    blocks.replaceChildren(...search.rooms.map((adults, index) => roomBlock(app, rooms, availability, search.arrival, search.nights, adults, index, choices[index]!, drawTotal)));
    drawTotal();
  };
  draw();
  // Stock moves while people browse: ask again when the tab opens.
  options.refreshAvailability().then((fresh) => {
    availability = fresh;
    draw();
  }).catch(() => undefined);

  const add = button(t('reg.booking.add'), 'primary');
  add.addEventListener('click', () => {
    const problems = validate(app, rooms, availability, choices, search.arrival, search.nights);
    showMessages(formError, problems);
    if (problems.length > 0) {
      formError.focus();
      return;
    }
    let lines: BasketLine[] = app.state.lines;
    for (const choice of choices) {
      lines = addRoom(lines, { productId: choice.productId!, persons: [...choice.persons], arrival: search.arrival, nights: search.nights });
    }
    app.setLines(lines);
    options.onBooked(choices.length);
  });

  return h(
    'div',
    { class: 'booking' },
    setText(h('p', { class: 'booking__stay' }), stayText(search.arrival, search.nights)),
    rooms.length === 0 ? ht('p', 'reg.booking.noRooms', { class: 'muted' }) : blocks,
    formError,
    rooms.length > 0 && total,
    rooms.length > 0 && h('div', { class: 'step__actions' }, add),
  );
}

function roomBlock(
  app: RegisterApp,
  rooms: readonly Product[],
  availability: ReadonlyMap<string, ProductAvailability> | null,
  arrival: string,
  nights: number,
  adults: number,
  index: number,
  choice: RoomChoice,
  onChange: () => void,
): HTMLElement {
  const fitting = rooms.filter((room) => roomFits(room, adults));
  const name = uniqueId('room');
  const personsBox = h('div', { class: 'persons__list' });
  const drawPersons = () => {
    const product = rooms.find((room) => room.id === choice.productId);
    const persons = product ? eligiblePersons(product, app.state.participants) : [];
    const max = product?.maxOccupancy ?? Infinity;
    for (const id of [...choice.persons]) if (!persons.some((person) => person.id === id)) choice.persons.delete(id);
    personsBox.replaceChildren(
      ...(product ? [] : [ht('p', 'reg.booking.pickRoomFirst', { class: 'muted small' })]),
      ...persons.map((person) => {
        const input = h('input', { type: 'checkbox', value: person.id });
        input.checked = choice.persons.has(person.id);
        input.disabled = !input.checked && choice.persons.size >= max;
        input.addEventListener('change', () => {
          if (input.checked) choice.persons.add(person.id);
          else choice.persons.delete(person.id);
          drawPersons();
          personsBox.querySelector<HTMLInputElement>(`input[value="${person.id}"]`)?.focus();
        });
        return h('label', { class: 'check' }, input, setText(h('span', {}), (lang) => personLabel(app.state.participants, person.id, lang)));
      }),
    );
  };
  const options = fitting.map((room) => {
    const free = freeRooms(availability, room.id);
    const input = h('input', { type: 'radio', name, value: room.id });
    input.checked = choice.productId === room.id;
    input.disabled = free !== null && free <= 0;
    input.addEventListener('change', () => {
      choice.productId = room.id;
      drawPersons();
      onChange();
    });
    return h(
      'label',
      { class: 'room-option' },
      input,
      h(
        'span',
        { class: 'room-option__text' },
        setText(h('strong', {}), localText(room.label)),
        setText(h('span', { class: 'muted small' }), roomDetails(room)),
        setText(h('span', {}), (lang) => {
          // A hotel may price its nights differently: then each night is named.
          const prices = stayNightPrices(room, arrival, nights);
          const total = formatMoney(stayPrice(room, arrival, nights), lang);
          return new Set(prices).size > 1
            ? translate(lang, 'reg.booking.priceByNight', { prices: prices.map((p) => formatMoney(p, lang)).join(' + '), total, count: nights })
            : translate(lang, 'reg.booking.price', { night: formatMoney(prices[0] ?? room.priceIncl, lang), total, count: nights });
        }),
        free !== null && setText(h('span', { class: `availability${free <= 0 ? ' availability--full' : ''}` }), availabilityText(free, 'rooms')),
      ),
    );
  });
  drawPersons();
  return h(
    'fieldset',
    { class: 'room-block' },
    setText(h('legend', {}), (lang) => translate(lang, 'reg.booking.room', { n: index + 1, count: adults })),
    fitting.length === 0
      ? ht('p', 'reg.booking.noFit', { class: 'muted' })
      : h('div', { class: 'room-options', role: 'radiogroup' }, ...options),
    h('fieldset', { class: 'subfieldset' }, ht('legend', 'reg.booking.who'), personsBox),
  );
}

export function roomDetails(room: Product): Localized {
  return (lang) =>
    [
      room.roomType && `${translate(lang, 'reg.booking.type')} ${optionalText('reg.roomType.', room.roomType)(lang)}`,
      room.formula && `${translate(lang, 'reg.booking.formula')} ${optionalText('reg.formula.', room.formula)(lang)}`,
      room.maxOccupancy !== null && translate(lang, 'reg.booking.max', { count: room.maxOccupancy }),
    ]
      .filter(Boolean)
      .join(' · ');
}

function validate(
  app: RegisterApp,
  rooms: readonly Product[],
  availability: ReadonlyMap<string, ProductAvailability> | null,
  choices: readonly RoomChoice[],
  arrival: string,
  nights: number,
): Localized[] {
  const problems: Localized[] = [];
  const wanted = new Map<string, number>();
  choices.forEach((choice, index) => {
    const n = index + 1;
    const product = rooms.find((room) => room.id === choice.productId);
    if (!product) {
      problems.push(t('reg.booking.needRoom', { n }));
      return;
    }
    wanted.set(product.id, (wanted.get(product.id) ?? 0) + 1);
    const occupancy = occupancyProblem([...choice.persons], product);
    if (occupancy === 'empty') problems.push(t('reg.booking.needPersons', { n }));
    if (occupancy === 'tooMany') problems.push(t('reg.booking.tooMany', { n, count: product.maxOccupancy ?? 0 }));
  });
  for (const [productId, count] of wanted) {
    const free = freeRooms(availability, productId);
    if (free !== null && count > free) problems.push(t('reg.booking.notEnough', { count: free }));
  }
  if (problems.length > 0) return problems;
  let lines: BasketLine[] = app.state.lines;
  for (const choice of choices) {
    lines = addRoom(lines, { productId: choice.productId!, persons: [...choice.persons], arrival, nights });
  }
  const names = new Set(roomConflicts(lines).map((conflict) => conflict.personId));
  for (const id of names) {
    problems.push((lang) => translate(lang, 'reg.rooms.conflict', { name: personLabel(app.state.participants, id, lang) }));
  }
  return problems;
}
