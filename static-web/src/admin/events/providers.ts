import { h, ht, setText } from '../../shared/dom';
import { listProviders, putProvider } from './api';
import { Form, optionText } from '../../shared/form';
import { loading } from './screen';
import { AMENITIES, PROVIDER_KINDS, type Provider } from './model';
import { photoManager } from './photos';
import { ID_PATTERN, mapLink, parseNumber, providerInput, providerValues } from './values';

/** #/events/providers: hotels, restaurants, venues… shared by every event. */
export function renderProviders(container: HTMLElement): void {
  void loading(container, async () => {
    const providers = await listProviders();
    const heading = ht('h1', 'admin.events.providers.title', { tabindex: '-1' });
    const add = ht('button', 'admin.events.providers.add', { type: 'button', class: 'button button--primary' });
    add.addEventListener('click', () => openEditor(container, null));
    container.replaceChildren(
      ht('a', 'admin.events.back', { href: '#/events', class: 'ev-back' }),
      h('div', { class: 'ev-head' }, heading, h('div', { class: 'ev-actions' }, add)),
      ht('p', 'admin.events.providers.intro', { class: 'muted' }),
      providers.length === 0 ? ht('p', 'admin.events.providers.none', { class: 'state' }) : h('div', { class: 'ev-scroll' }, h(
        'table',
        { class: 'ev-table' },
        h('thead', {}, h('tr', {}, ht('th', 'admin.events.field.name', { scope: 'col' }), ht('th', 'admin.events.field.kind', { scope: 'col' }),
          ht('th', 'admin.events.field.city', { scope: 'col' }), ht('th', 'photos.title', { scope: 'col' }),
          ht('th', 'admin.events.list.actions', { scope: 'col' }))),
        h('tbody', {}, ...providers.map((p) => {
          const edit = ht('button', 'admin.events.edit', { type: 'button', class: 'button button--secondary' });
          edit.setAttribute('aria-describedby', `provider-${p.id}`);
          edit.addEventListener('click', () => openEditor(container, p));
          return h('tr', {}, h('td', {}, h('span', { id: `provider-${p.id}` }, p.name), h('div', { class: 'muted ev-id' }, p.id)),
            h('td', {}, setText(h('span'), optionText('admin.events.providerKind.', p.kind))), h('td', {}, p.city),
            h('td', {}, String(p.photos.length)), h('td', {}, edit));
        })),
      )),
    );
    heading.focus();
  });
}

function openEditor(container: HTMLElement, provider: Provider | null): void {
  const form = new Form({ ...providerValues(provider), providerId: '' });
  const map = h('p', { class: 'ev-map' });
  const drawMap = () => {
    const values = form.read();
    const link = mapLink(parseNumber(String(values.latitude ?? '')), parseNumber(String(values.longitude ?? '')));
    map.replaceChildren(link ? ht('a', 'admin.events.providers.map', { href: link, target: '_blank', rel: 'noopener' }) : ht('span', 'admin.events.providers.noPosition', { class: 'muted' }));
  };
  form.element.append(
    ...(provider ? [] : [form.group('admin.events.group.identity',
      form.field({ path: 'providerId', label: 'admin.events.field.id', hint: 'admin.events.field.idHint', required: true }))]),
    form.group('admin.events.group.provider',
      form.field({ path: 'name', label: 'admin.events.field.name', required: true }),
      form.field({ path: 'kind', label: 'admin.events.field.kind', kind: 'select', options: PROVIDER_KINDS, labels: 'admin.events.providerKind.' }),
      form.field({ path: 'stars', label: 'admin.events.field.stars', kind: 'number', hint: 'admin.events.field.starsHint' }),
      form.field({ path: 'email', label: 'admin.events.field.email', kind: 'email' }),
      form.field({ path: 'commissionPercent', label: 'admin.events.field.commission', kind: 'number', decimal: true }),
      form.field({ path: 'checkIn', label: 'admin.events.field.checkIn', kind: 'time' }),
      form.field({ path: 'checkOut', label: 'admin.events.field.checkOut', kind: 'time' }),
      form.field({ path: 'amenities', label: 'admin.events.field.amenities', kind: 'multi', options: AMENITIES, labels: 'admin.events.amenity.' })),
    form.group('admin.events.group.address',
      form.field({ path: 'address', label: 'admin.events.field.address', wide: true }),
      form.field({ path: 'postalCode', label: 'admin.events.field.postalCode' }),
      form.field({ path: 'city', label: 'admin.events.field.city' }),
      form.field({ path: 'latitude', label: 'admin.events.field.latitude', kind: 'number', decimal: true, hint: 'admin.events.field.positionHint' }),
      form.field({ path: 'longitude', label: 'admin.events.field.longitude', kind: 'number', decimal: true }),
      map),
    form.group('admin.events.group.texts',
      form.field({ path: 'description.fr', label: 'admin.events.field.descriptionFr', kind: 'textarea', wide: true }),
      form.field({ path: 'description.en', label: 'admin.events.field.descriptionEn', kind: 'textarea', wide: true })),
  );
  form.element.addEventListener('change', drawMap);
  drawMap();
  form.onSubmit('admin.events.save', (values) => {
    const id = provider?.id ?? String(values.providerId ?? '').trim();
    if (!ID_PATTERN.test(id)) {
      return Promise.resolve({ status: 400, body: { errors: { providerId: [{ code: 'invalid', fr: 'Identifiant\u00a0: lettres minuscules, chiffres et tirets (60 au plus).', en: 'Identifier: lower-case letters, digits and hyphens (at most 60).' }] } } });
    }
    return putProvider(id, providerInput(values));
  }, () => (provider ? undefined : renderProviders(container)));
  const back = ht('button', 'admin.events.providers.back', { type: 'button', class: 'button button--secondary' });
  back.addEventListener('click', () => renderProviders(container));
  const heading = provider ? h('h1', { tabindex: '-1' }, provider.name) : ht('h1', 'admin.events.providers.add', { tabindex: '-1' });
  container.replaceChildren(back, heading, form.element,
    provider ? photoManager({ kind: 'provider', providerId: provider.id }, provider.photos, provider.name) : ht('p', 'admin.events.products.photosLater', { class: 'muted' }));
  heading.focus();
}
