import { h, ht, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import type { ApiResponse } from '../../shared/api/client';
import type { MessageKey } from '../../shared/i18n';
import type { SectionContext } from '../section';
import { getSettings, previewUrl, putSettings } from './api';
import { showAlert } from '../../shared/form';
import { statusText } from './screen';
import type { EventSettings } from './model';
import { placeProblems } from '../../shared/problem-details';
import { withStatus } from './values';

export const TABS: readonly { tab: string; label: MessageKey }[] = [
  { tab: 'settings', label: 'admin.events.tab.settings' },
  { tab: 'steps', label: 'admin.events.tab.steps' },
  { tab: 'products', label: 'admin.events.tab.products' },
  { tab: 'stock', label: 'admin.events.tab.stock' },
  { tab: 'access', label: 'admin.events.tab.access' },
];

type Status = 'Draft' | 'Published';

/** What the header's button does for an event shown with this status. */
export function publishAction(status: string): { next: Status; label: MessageKey; done: MessageKey } {
  return status === 'Published'
    ? { next: 'Draft', label: 'admin.events.unpublish', done: 'admin.events.nowDraft' }
    : { next: 'Published', label: 'admin.events.publish', done: 'admin.events.nowPublished' };
}

/**
 * Puts the settings back with another status. They are read just before the PUT: what the page
 * read when it opened may predate a save made since, which the PUT would silently undo.
 * Answers the server's response and, when it was accepted, the settings as they now stand.
 */
export async function setStatus(eventId: string, next: Status): Promise<{ response: ApiResponse; settings: EventSettings | null }> {
  const fresh = await getSettings(eventId);
  const response = await putSettings(eventId, withStatus(fresh, next));
  const accepted = response.status >= 200 && response.status < 300;
  return { response, settings: accepted ? { ...fresh, status: next } : null };
}

export interface EventFrame {
  /** Where the tab draws. */
  body: HTMLElement;
  /** The settings as read when the frame was drawn. */
  settings: EventSettings;
  /** Shows newer settings in the header (title, status, the publish button's label). */
  refresh(settings: EventSettings): void;
}

/**
 * The frame of one event's screens: its title and status, publish/unpublish, the preview link and the tabs.
 * `statusChanged` runs after a publish or unpublish, with the settings as they now stand.
 */
export async function eventFrame(
  context: SectionContext,
  eventId: string,
  tab: string,
  statusChanged: (settings: EventSettings) => void = () => undefined,
): Promise<EventFrame> {
  const settings = await getSettings(eventId);
  let shown = settings;
  const heading = h('h1', { tabindex: '-1' });
  const badge = h('span', {});
  const alert = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });
  const status = h('div', { class: 'notice notice--success', role: 'status', hidden: true });
  const publish = h('button', { type: 'button', class: 'button button--secondary' });
  const nav = h(
    'nav',
    { class: 'ev-tabs' },
    h('ul', {}, ...TABS.map((t) => h('li', {}, ht('a', t.label, {
      href: `#/events/${encodeURIComponent(eventId)}/${t.tab}`, 'aria-current': t.tab === tab ? 'page' : undefined,
    })))),
  );

  const refresh = (next: EventSettings) => {
    shown = next;
    heading.textContent = next.title || eventId;
    nav.setAttribute('aria-label', next.title || eventId);
    badge.className = `ev-badge ev-badge--${next.status === 'Published' ? 'published' : 'draft'}`;
    setText(badge, statusText(next.status));
    setText(publish, publishAction(next.status).label);
  };
  refresh(settings);

  publish.addEventListener('click', () => {
    if (publish.disabled) return;
    publish.disabled = true;
    showAlert(alert, []);
    status.hidden = true;
    const action = publishAction(shown.status);
    setStatus(eventId, action.next)
      .then(({ response, settings: fresh }) => {
        if (fresh) {
          // The route does not change, so nothing else redraws the page: the header and the tab are redrawn here.
          refresh(fresh);
          statusChanged(fresh);
          status.hidden = false;
          setText(status, action.done);
        } else {
          showAlert(alert, placeProblems(response.body, []).rest);
          alert.focus();
        }
      })
      .catch((error: unknown) => {
        showAlert(alert, [failureMessage(error)]);
        alert.focus();
      })
      .finally(() => (publish.disabled = false));
  });
  const preview = ht('a', 'admin.events.preview', { href: previewUrl(eventId), target: '_blank', rel: 'noopener', class: 'button button--secondary' });
  preview.append(ht('span', 'admin.events.newTab', { class: 'visually-hidden' }));
  const body = h('div', { class: 'ev-body' });
  context.container.replaceChildren(
    ht('a', 'admin.events.back', { href: '#/events', class: 'ev-back' }),
    h('div', { class: 'ev-head' }, h('div', {}, heading, h('p', { class: 'muted' }, badge, ' ', h('code', {}, eventId))),
      h('div', { class: 'ev-actions' }, publish, preview)),
    alert,
    status,
    nav,
    body,
  );
  heading.focus();
  return { body, settings, refresh };
}
