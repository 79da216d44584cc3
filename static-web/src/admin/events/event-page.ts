import { h, ht, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import type { MessageKey } from '../../shared/i18n';
import type { SectionContext } from '../section';
import { getSettings, previewUrl, putSettings } from './api';
import { showAlert, statusText } from './kit';
import type { EventSettings } from './model';
import { placeProblems } from './problems';
import { withStatus } from './values';

export const TABS: readonly { tab: string; label: MessageKey }[] = [
  { tab: 'settings', label: 'admin.events.tab.settings' },
  { tab: 'steps', label: 'admin.events.tab.steps' },
  { tab: 'products', label: 'admin.events.tab.products' },
  { tab: 'stock', label: 'admin.events.tab.stock' },
  { tab: 'access', label: 'admin.events.tab.access' },
];

/**
 * The frame of one event's screens: its title and status, publish/unpublish, the preview link and the tabs.
 * Returns the element the tab draws into.
 */
export async function eventFrame(context: SectionContext, eventId: string, tab: string): Promise<{ body: HTMLElement; settings: EventSettings }> {
  const settings = await getSettings(eventId);
  const heading = h('h1', { tabindex: '-1' }, settings.title || eventId);
  const badge = setText(h('span', { class: `ev-badge ev-badge--${settings.status === 'Published' ? 'published' : 'draft'}` }), statusText(settings.status));
  const alert = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });
  const publish = ht('button', settings.status === 'Published' ? 'admin.events.unpublish' : 'admin.events.publish', {
    type: 'button', class: 'button button--secondary',
  });
  publish.addEventListener('click', () => {
    publish.disabled = true;
    const next = settings.status === 'Published' ? 'Draft' : 'Published';
    putSettings(eventId, withStatus(settings, next))
      .then((response) => {
        if (response.status < 300) context.navigate(`events/${encodeURIComponent(eventId)}/${tab}`);
        else {
          const placed = placeProblems(response.body, []);
          showAlert(alert, placed.rest);
          alert.focus();
        }
      })
      .catch((error: unknown) => showAlert(alert, [failureMessage(error)]))
      .finally(() => (publish.disabled = false));
  });
  const preview = ht('a', 'admin.events.preview', { href: previewUrl(eventId), target: '_blank', rel: 'noopener', class: 'button button--secondary' });
  preview.append(ht('span', 'admin.events.newTab', { class: 'visually-hidden' }));
  const nav = h(
    'nav',
    { class: 'ev-tabs' },
    h('ul', {}, ...TABS.map((t) => h('li', {}, ht('a', t.label, {
      href: `#/events/${encodeURIComponent(eventId)}/${t.tab}`, 'aria-current': t.tab === tab ? 'page' : undefined,
    })))),
  );
  nav.setAttribute('aria-label', settings.title || eventId);
  const body = h('div', { class: 'ev-body' });
  context.container.replaceChildren(
    ht('a', 'admin.events.back', { href: '#/events', class: 'ev-back' }),
    h('div', { class: 'ev-head' }, h('div', {}, heading, h('p', { class: 'muted' }, badge, ' ', h('code', {}, eventId))),
      h('div', { class: 'ev-actions' }, publish, preview)),
    alert,
    nav,
    body,
  );
  heading.focus();
  return { body, settings };
}
