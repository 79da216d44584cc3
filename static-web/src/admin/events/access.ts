import { h, ht, setText } from '../../shared/dom';
import { putAccessGroup } from './api';
import { Form } from '../../shared/form';
import { bilingualText } from './screen';
import type { AccessGroup } from './model';

/** #/events/{id}/access: the codes that unlock a group's products (e.g. BUREAU → board). */
export function renderAccess(body: HTMLElement, eventId: string, groups: readonly AccessGroup[], reload: () => void): void {
  const editor = (group: AccessGroup | null): HTMLElement => {
    const form = new Form({ code: group?.code ?? '', group: group?.group ?? '', 'label.fr': group?.label.fr ?? '', 'label.en': group?.label.en ?? '' });
    form.element.append(h('div', { class: 'form-grid' },
      group ? h('p', { class: 'ev-code' }, h('code', {}, group.code)) : form.field({ path: 'code', label: 'admin.events.access.code', hint: 'admin.events.access.codeHint', required: true }),
      form.field({ path: 'group', label: 'admin.events.access.group', hint: 'admin.events.access.groupHint', required: true }),
      form.field({ path: 'label.fr', label: 'admin.events.field.labelFr', required: true }),
      form.field({ path: 'label.en', label: 'admin.events.field.labelEn' })));
    form.onSubmit(group ? 'admin.events.save' : 'admin.events.access.add', (v) => {
      const code = group?.code ?? String(v.code ?? '').trim();
      if (!code) return Promise.resolve({ status: 400, body: { errors: { code: [{ code: 'required', fr: 'Ce champ est obligatoire.', en: 'This field is required.' }] } } });
      return putAccessGroup(eventId, code, { group: String(v.group ?? '').trim(), label: { fr: String(v['label.fr'] ?? '').trim(), en: String(v['label.en'] ?? '').trim() } });
    }, () => (group ? undefined : reload()));
    const headingId = `access-${group?.code ?? 'new'}`;
    return h('section', { class: 'form-group', 'aria-labelledby': headingId },
      group ? setText(h('h3', { id: headingId }), bilingualText(group.label.fr, group.label.en)) : ht('h3', 'admin.events.access.new', { id: headingId }),
      form.element);
  };
  body.replaceChildren(ht('h2', 'admin.events.tab.access'), ht('p', 'admin.events.access.intro', { class: 'muted' }),
    ...groups.map(editor), editor(null));
}
