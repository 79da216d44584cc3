import { h, ht, setText } from '../../shared/dom';
import { message } from '../../shared/i18n';
import { putProduct } from './api';
import { Form, optionText } from '../../shared/form';
import { bilingualText, formatMoney } from './screen';
import { AUDIENCES, CAPACITIES, FORMULAS, ROOM_TYPES, UNITS, type Catalog, type EventSettings, type Product, type Provider } from './model';
import { photoManager } from './photos';
import { ID_PATTERN, newProductValues, productInput, productValues } from './values';

/** #/events/{id}/products: the products of each step; each opens in an editor. */
export function renderProducts(body: HTMLElement, settings: EventSettings, catalog: Catalog, providers: Provider[], reload: () => void): void {
  const sections = catalog.steps.filter((s) => s.kind !== 'participants').map((step) => {
    const products = catalog.products.filter((p) => p.stepId === step.id);
    const add = ht('button', 'admin.events.products.add', { type: 'button', class: 'button button--secondary' });
    add.addEventListener('click', () => openEditor(null, step.id));
    const headingId = `products-${step.id}`;
    return h(
      'section',
      { class: 'form-group', 'aria-labelledby': headingId },
      setText(h('h3', { id: headingId }), bilingualText(step.title.fr, step.title.en)),
      products.length === 0 ? ht('p', 'admin.events.products.none', { class: 'muted' }) : h('div', { class: 'ev-scroll' }, h(
        'table',
        { class: 'ev-table' },
        h('thead', {}, h('tr', {}, ht('th', 'admin.events.field.label', { scope: 'col' }), ht('th', 'admin.events.field.unit', { scope: 'col' }),
          ht('th', 'admin.events.field.priceIncl', { scope: 'col' }), ht('th', 'admin.events.field.capacity', { scope: 'col' }),
          ht('th', 'admin.events.list.actions', { scope: 'col' }))),
        h('tbody', {}, ...products.map((p) => {
          const edit = ht('button', 'admin.events.edit', { type: 'button', class: 'button button--secondary' });
          edit.setAttribute('aria-describedby', `product-${p.id}`);
          edit.addEventListener('click', () => openEditor(p, step.id));
          return h('tr', {},
            h('td', {}, setText(h('span', { id: `product-${p.id}` }), bilingualText(p.label.fr, p.label.en)),
              p.accessGroup ? h('div', { class: 'muted' }, setText(h('span'), message('admin.events.products.restricted', { group: p.accessGroup }))) : null),
            h('td', {}, setText(h('span'), optionText('admin.events.unit.', p.unit))),
            h('td', {}, setText(h('span'), formatMoney(p.priceIncl))),
            h('td', {}, setText(h('span'), optionText('admin.events.capacity.', p.capacity))),
            h('td', {}, edit));
        })),
      )),
      add,
    );
  });
  body.replaceChildren(ht('h2', 'admin.events.tab.products'),
    catalog.steps.length === 0 ? ht('p', 'admin.events.products.noSteps', { class: 'state' }) : h('div', {}, ...sections));

  function openEditor(product: Product | null, stepId: string): void {
    const isRoomStep = catalog.steps.find((s) => s.id === stepId)?.kind === 'accommodation';
    const values = product
      ? productValues(product)
      : { ...newProductValues(stepId, settings.startDate ?? '', settings.endDate ?? '', isRoomStep), productId: '' };
    const form = new Form(values);
    const groups = [...new Set(catalog.accessGroups.map((g) => g.group))];
    form.element.append(
      ...(product ? [] : [form.group('admin.events.group.identity',
        form.field({ path: 'productId', label: 'admin.events.field.id', hint: 'admin.events.field.idHint', required: true }))]),
      form.group('admin.events.group.product',
        form.field({ path: 'stepId', label: 'admin.events.field.step', kind: 'select', options: catalog.steps.map((s) => s.id) }),
        form.field({ path: 'label.fr', label: 'admin.events.field.labelFr', required: true }),
        form.field({ path: 'label.en', label: 'admin.events.field.labelEn' }),
        form.field({ path: 'description.fr', label: 'admin.events.field.descriptionFr', kind: 'textarea', rows: 3 }),
        form.field({ path: 'description.en', label: 'admin.events.field.descriptionEn', kind: 'textarea', rows: 3 }),
        form.field({ path: 'providerId', label: 'admin.events.field.provider', kind: 'select', options: providers.map((p) => p.id), empty: 'admin.events.field.noProvider' }),
        form.field({ path: 'sortOrder', label: 'admin.events.field.sortOrder', kind: 'number' })),
      form.group('admin.events.group.price',
        form.field({ path: 'priceIncl', label: 'admin.events.field.priceIncl', kind: 'number', decimal: true, required: true, hint: 'admin.events.field.priceHint' }),
        form.field({ path: 'vatRate', label: 'admin.events.field.vatRate', kind: 'number', decimal: true, required: true }),
        form.field({ path: 'unit', label: 'admin.events.field.unit', kind: 'select', options: UNITS, labels: 'admin.events.unit.' })),
      form.group('admin.events.group.who',
        form.field({ path: 'startDate', label: 'admin.events.field.productStart', kind: 'date', required: true, hint: 'admin.events.field.roomDatesHint' }),
        form.field({ path: 'endDate', label: 'admin.events.field.productEnd', kind: 'date', required: true }),
        form.field({ path: 'audience', label: 'admin.events.field.audience', kind: 'select', options: AUDIENCES, labels: 'admin.events.audience.' }),
        form.field({ path: 'accessGroup', label: 'admin.events.field.accessGroup', kind: 'select', options: groups, empty: 'admin.events.field.everyone' }),
        form.field({ path: 'mandatory', label: 'admin.events.field.mandatory', kind: 'checkbox' }),
        form.field({ path: 'capacity', label: 'admin.events.field.capacity', kind: 'select', options: CAPACITIES, labels: 'admin.events.capacity.', hint: 'admin.events.field.capacityHint' })),
      form.group('admin.events.group.room',
        form.field({ path: 'roomType', label: 'admin.events.field.roomType', kind: 'select', options: ROOM_TYPES, labels: 'admin.events.room.', empty: 'admin.events.field.notRoom' }),
        form.field({ path: 'formula', label: 'admin.events.field.formula', kind: 'select', options: FORMULAS, labels: 'admin.events.formula.', empty: 'admin.events.field.notRoom' }),
        form.field({ path: 'maxOccupancy', label: 'admin.events.field.maxOccupancy', kind: 'number' })),
    );
    // Providers show by name; the select was filled with ids.
    form.element.querySelectorAll<HTMLOptionElement>('select[name="providerId"] option').forEach((option) => {
      const provider = providers.find((p) => p.id === option.value);
      if (provider) option.textContent = `${provider.name} (${provider.id})`;
    });
    const back = ht('button', 'admin.events.products.back', { type: 'button', class: 'button button--secondary' });
    back.addEventListener('click', reload);
    form.onSubmit('admin.events.save', (v) => {
      const id = product?.id ?? String(v.productId ?? '').trim();
      if (!ID_PATTERN.test(id)) {
        return Promise.resolve({ status: 400, body: { errors: { productId: [{ code: 'invalid', fr: 'Identifiant\u00a0: lettres minuscules, chiffres et tirets (60 au plus).', en: 'Identifier: lower-case letters, digits and hyphens (at most 60).' }] } } });
      }
      return putProduct(settings.id, id, productInput(v));
    }, () => (product ? undefined : reload()));
    const heading = product ? setText(h('h2', { tabindex: '-1' }), bilingualText(product.label.fr, product.label.en)) : ht('h2', 'admin.events.products.new', { tabindex: '-1' });
    body.replaceChildren(back, heading, form.element,
      product ? photoManager({ kind: 'product', eventId: settings.id, productId: product.id }, product.photos, bilingualText(product.label.fr, product.label.en)) : ht('p', 'admin.events.products.photosLater', { class: 'muted' }));
    heading.focus();
  }
}
