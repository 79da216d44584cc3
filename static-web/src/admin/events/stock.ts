import { h, ht, setText } from '../../shared/dom';
import { formatDateRange, message } from '../../shared/i18n';
import { getStock, putStock } from './api';
import { Form } from '../../shared/form';
import { bilingualText, loading } from './screen';
import type { Catalog } from './model';
import { stockInput, stockSlots } from './values';

/**
 * #/events/{id}/stock: capacity per night (rooms) or in total, with what is held and sold. The server refuses
 * a capacity below held + sold; its message shows on that night's field.
 */
export function renderStock(body: HTMLElement, eventId: string, catalog: Catalog): void {
  void loading(body, async () => {
    const rows = await getStock(eventId);
    const tracked = catalog.products.filter((p) => p.capacity !== 'none');
    const sections = tracked.map((product) => {
      const slots = stockSlots(product, rows);
      const values = Object.fromEntries(slots.map((s) => [`slots.${s.slot}`, s.capacity === null ? '' : String(s.capacity)]));
      const form = new Form(values);
      const slotName = (slot: string) => (slot === 'total' ? message('admin.events.stock.total') : (lang: 'fr' | 'en') => formatDateRange(slot, slot, lang));
      const table = h(
        'table',
        { class: 'ev-table ev-stock' },
        h('thead', {}, h('tr', {}, ht('th', 'admin.events.stock.slot', { scope: 'col' }), ht('th', 'admin.events.stock.capacity', { scope: 'col' }),
          ht('th', 'admin.events.stock.held', { scope: 'col' }), ht('th', 'admin.events.stock.sold', { scope: 'col' }),
          ht('th', 'admin.events.stock.free', { scope: 'col' }))),
        h('tbody', {}, ...slots.map((s) => h('tr', {},
          h('th', { scope: 'row' }, setText(h('span'), slotName(s.slot))),
          h('td', {}, form.field({
            path: `slots.${s.slot}`, kind: 'number',
            label: (lang) => `${message('admin.events.stock.capacity')(lang)} — ${slotName(s.slot)(lang)}`,
          })),
          h('td', {}, String(s.held)), h('td', {}, String(s.sold)), h('td', {}, s.free === null ? '—' : String(s.free))))),
      );
      form.element.append(h('div', { class: 'ev-scroll' }, table));
      form.onSubmit('admin.events.save', (v) => {
        const typed: Record<string, string> = {};
        for (const s of slots) typed[s.slot] = String(v[`slots.${s.slot}`] ?? '');
        return putStock(eventId, product.id, stockInput(typed));
      }, () => renderStock(body, eventId, catalog));
      const headingId = `stock-${product.id}`;
      return h('section', { class: 'form-group', 'aria-labelledby': headingId },
        setText(h('h3', { id: headingId }), bilingualText(product.label.fr, product.label.en)), form.element);
    });
    body.replaceChildren(ht('h2', 'admin.events.tab.stock'), ht('p', 'admin.events.stock.intro', { class: 'muted' }),
      ...(sections.length > 0 ? sections : [ht('p', 'admin.events.stock.none', { class: 'state' })]));
  });
}
