import { h, ht, setText, uniqueId } from '../shared/dom';
import { translate, type Localized } from '../shared/i18n';
import type { RegisterApp } from './app';
import { isUnitProduct, personsOn, quantityOf, setQuantity, togglePerson } from './basket';
import { formatDates, formatMoney } from './format';
import { localText, type Product, type ProductAvailability } from './model';
import { eligiblePersons, personLabel } from './persons';
import { showMessages, t } from './ui';

// One product of a step with a tick box per person who may book it (companions only where the
// product's audience allows them). Mandatory products are ticked and locked.

export interface ProductCard {
  element: HTMLElement;
  /** Availability arrived (or changed): show it and lock what is full. */
  setAvailability(availability: ProductAvailability | null): void;
}

const MAX_UNITS = 20;

export function priceText(product: Product): Localized {
  return (lang) => {
    const unit = translate(lang, product.unit === 'perRoomPerNight' ? 'reg.price.perNight' : product.unit === 'perUnit' ? 'reg.price.perUnit' : 'reg.price.perPerson');
    if (product.priceIncl === 0) return translate(lang, 'reg.price.free');
    const incl = translate(lang, 'reg.price.incl', { price: formatMoney(product.priceIncl, lang) });
    const excl = product.priceExcl !== product.priceIncl
      ? ` (${translate(lang, 'reg.price.excl', { price: formatMoney(product.priceExcl, lang) })})`
      : '';
    return `${incl} ${unit}${excl}`;
  };
}

export function availabilityText(free: number, kind: 'places' | 'rooms'): Localized {
  return (lang) => {
    if (free <= 0) return translate(lang, 'reg.avail.full');
    if (kind === 'rooms') return translate(lang, 'reg.avail.rooms', { count: free });
    return translate(lang, 'reg.avail.places', { count: free });
  };
}

export function productCard(app: RegisterApp, product: Product, onChange: () => void): ProductCard {
  const headingId = uniqueId('product');
  const badges = h(
    'p',
    { class: 'badges' },
    product.mandatory && ht('span', 'reg.badge.mandatory', { class: 'badge badge--strong' }),
    product.restricted && ht('span', 'reg.badge.restricted', { class: 'badge badge--accent' }),
    product.audience === 'companions' && ht('span', 'reg.badge.companionsOnly', { class: 'badge' }),
    product.audience === 'both' && ht('span', 'reg.badge.both', { class: 'badge' }),
  );
  const availability = h('p', { class: 'availability', hidden: true });
  const errors = h('div', { class: 'field-error', role: 'alert' });
  const lineIndexes = app.state.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.productId === product.id)
    .map(({ index }) => index);
  showMessages(
    errors,
    app.problems.filter((problem) => problem.line !== null && lineIndexes.includes(problem.line)).map((p) => p.message),
  );

  // More people ticked than places left: said now, rather than refused at payment.
  const stock = h('p', { class: 'field-error', role: 'status', hidden: true });
  let free: number | null = null;
  const updateStock = () => {
    const wanted = isUnitProduct(product) ? quantityOf(app.state.lines, product.id) : personsOn(app.state.lines, product.id).length;
    stock.hidden = free === null || wanted <= free || free <= 0;
    if (!stock.hidden) setText(stock, t('reg.avail.tooFew', { count: free ?? 0 }));
  };
  const changed = () => {
    updateStock();
    onChange();
  };
  const choice = isUnitProduct(product) ? quantityChoice(app, product, changed) : personChoice(app, product, changed);
  const element = h(
    'article',
    { class: `product${product.mandatory ? ' product--mandatory' : ''}`, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'product__head' },
      setText(h('h3', { id: headingId, class: 'product__title' }), localText(product.label)),
      setText(h('p', { class: 'product__price' }), priceText(product)),
    ),
    product.photos[0] &&
      h('img', { class: 'product__photo', src: product.photos[0].url, alt: product.photos[0].alt, loading: 'lazy' }),
    badges.childElementCount > 0 && badges,
    product.dates.length > 0 && setText(h('p', { class: 'product__dates' }), (lang) => formatDates(product.dates, lang)),
    (product.description.fr || product.description.en) &&
      setText(h('p', { class: 'product__description' }), localText(product.description)),
    availability,
    choice.element,
    stock,
    errors,
  );
  return {
    element,
    setAvailability(info) {
      availability.hidden = info === null;
      if (!info) return;
      availability.classList.toggle('availability--full', info.free <= 0);
      setText(availability, availabilityText(info.free, 'places'));
      choice.lockFull(info.free <= 0);
      free = info.free;
      updateStock();
    },
  };
}

interface Choice {
  element: HTMLElement;
  lockFull(full: boolean): void;
}

function personChoice(app: RegisterApp, product: Product, onChange: () => void): Choice {
  const persons = eligiblePersons(product, app.state.participants);
  if (persons.length === 0) {
    return { element: ht('p', 'reg.products.nobody', { class: 'muted' }), lockFull: () => undefined };
  }
  const chosen = new Set(personsOn(app.state.lines, product.id));
  const boxes = persons.map((person) => {
    const input = h('input', { type: 'checkbox', name: `${product.id}-${person.id}`, value: person.id });
    input.checked = chosen.has(person.id) || product.mandatory;
    input.disabled = product.mandatory;
    input.addEventListener('change', () => {
      app.setLines(togglePerson(app.state.lines, product.id, person.id, input.checked));
      onChange();
    });
    const label = h(
      'label',
      { class: 'check' },
      input,
      setText(h('span', {}), (lang) => personLabel(app.state.participants, person.id, lang)),
      person.kind === 'companion' && ht('span', 'reg.person.companionTag', { class: 'badge badge--small' }),
    );
    return { input, label };
  });
  const element = h(
    'fieldset',
    { class: 'persons' },
    // The legend names the product too, for people who tab from box to box.
    h(
      'legend',
      {},
      setText(h('span', {}), t(product.mandatory ? 'reg.products.whoMandatory' : 'reg.products.who')),
      setText(h('span', { class: 'visually-hidden' }), (lang) => ` ${localText(product.label)(lang)}`),
    ),
    h('div', { class: 'persons__list' }, ...boxes.map((box) => box.label)),
  );
  return {
    element,
    lockFull(full) {
      // A full product can still be unticked, never newly ticked.
      for (const box of boxes) if (!product.mandatory) box.input.disabled = full && !box.input.checked;
    },
  };
}

function quantityChoice(app: RegisterApp, product: Product, onChange: () => void): Choice {
  const id = uniqueId('qty');
  const select = h('select', { id, name: `${product.id}-quantity` });
  for (let n = 0; n <= MAX_UNITS; n += 1) select.append(h('option', { value: String(n) }, String(n)));
  select.value = String(quantityOf(app.state.lines, product.id));
  select.addEventListener('change', () => {
    app.setLines(setQuantity(app.state.lines, product.id, Number(select.value)));
    onChange();
  });
  const element = h('div', { class: 'field field--short' }, ht('label', 'reg.products.quantity', { for: id }), select);
  return {
    element,
    lockFull(full) {
      select.disabled = full && select.value === '0';
    },
  };
}

/** The message for a broken choice rule: who, and what is expected. */
export function choiceMessage(app: RegisterApp, personId: string, rule: 'exactlyOne' | 'atMostOne', count: number): Localized {
  return (lang) => {
    const name = personLabel(app.state.participants, personId, lang);
    if (rule === 'exactlyOne' && count === 0) return translate(lang, 'reg.rule.missing', { name });
    return translate(lang, 'reg.rule.tooMany', { name, count });
  };
}

export const ruleHint = (choice: string): Localized | null =>
  choice === 'exactlyOne' ? t('reg.rule.hintExactlyOne') : choice === 'atMostOne' ? t('reg.rule.hintAtMostOne') : null;
