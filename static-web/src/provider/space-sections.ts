import { h, ht, setText, uniqueId } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { HttpError } from '../shared/http';
import { photoGallery } from '../shared/photo-gallery';
import { localeOf, translate, type MessageKey } from '../shared/i18n';
import type { Read } from './room-blocks-api';
import { formatNights } from './labels';
import { eventInHash, hashOf } from './event-route';
import { createPlanningView } from './planning-view';
import { profileForm } from './profile-form';
import { reservationsView } from './reservations-view';
import {
  deleteProfilePhoto,
  fetchEvents,
  fetchPlanning,
  fetchProfile,
  fetchReservations,
  uploadProfilePhoto,
  type ProviderEvent,
} from './space-api';

// The signed-in space's own sections: the provider's events (one chosen, the first by default), its
// planning (refreshed every 30 s while the page is visible, and on demand), its reservations and
// rooming lists, and its profile. A 401 anywhere ends the session the page shows.

const REFRESH_MS = 30_000;

function section(id: string, heading: MessageKey, ...children: HTMLElement[]): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': id }, ht('h2', heading, { id }), ...children);
}

const loading = (key: MessageKey) => ht('p', key, { class: 'state state--loading', role: 'status' });

function failed(into: HTMLElement, key: MessageKey, failure: unknown, retry: () => void): void {
  const again = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
  again.addEventListener('click', retry);
  into.replaceChildren(h('div', { class: 'notice notice--error', role: 'alert' }, ht('p', key), setText(h('p'), failureMessage(failure)), again));
}

/** Reads one thing: ok → its value, 401 → the session ended (null), 404 or other → thrown. */
async function value<T>(read: Promise<Read<T>>, sessionEnded: () => void): Promise<T | null> {
  const outcome = await read;
  if (outcome.kind === 'signedOut') {
    sessionEnded();
    return null;
  }
  if (outcome.kind === 'notFound') throw new HttpError(404);
  return outcome.value;
}

/** HH:mm in the organiser's time zone. */
const clock = (at: Date, lang: 'fr' | 'en') =>
  new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(at);

function planningSection(event: ProviderEvent, sessionEnded: () => void): HTMLElement {
  const view = createPlanningView();
  const updated = h('p', { class: 'small muted', role: 'status' });
  const error = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const refresh = ht('button', 'provider.planning.refresh', { type: 'button', class: 'button button--secondary' });
  const body = h('div', {}, loading('provider.planning.loading'));
  const element = section(
    uniqueId('provider-planning-heading'),
    'provider.planning.heading',
    ht('p', 'provider.planning.intro', { class: 'muted' }),
    h('div', { class: 'provider-space__head' }, updated, refresh),
    error,
    body,
  );
  let busy = false;
  const load = async () => {
    if (busy) return;
    busy = true;
    refresh.disabled = true;
    try {
      const products = await value(fetchPlanning(event.eventId), sessionEnded);
      if (!products) return;
      view.show(products);
      body.replaceChildren(view.element);
      error.hidden = true;
      const at = new Date();
      setText(updated, (lang) => translate(lang, 'provider.planning.updated', { time: clock(at, lang) }));
    } catch (failure) {
      // The last planning read stays on screen; the error says it may be stale.
      error.hidden = false;
      setText(error, (lang) => `${translate(lang, 'provider.planning.failed')} ${failureMessage(failure)(lang)}`);
      if (!body.contains(view.element)) body.replaceChildren();
    } finally {
      busy = false;
      refresh.disabled = false;
    }
  };
  refresh.addEventListener('click', () => void load());
  const timer = setInterval(() => {
    // The section left the page (another event, sign-out): stop asking.
    if (!element.isConnected) clearInterval(timer);
    else if (document.visibilityState === 'visible') void load();
  }, REFRESH_MS);
  void load();
  return element;
}

function reservationsSection(event: ProviderEvent, sessionEnded: () => void): HTMLElement {
  const body = h('div', {}, loading('provider.reservations.loading'));
  const load = async () => {
    try {
      const reservations = await value(fetchReservations(event.eventId), sessionEnded);
      if (reservations) body.replaceChildren(reservationsView(event.eventId, reservations));
    } catch (failure) {
      failed(body, 'provider.reservations.failed', failure, () => {
        body.replaceChildren(loading('provider.reservations.loading'));
        void load();
      });
    }
  };
  void load();
  return section(uniqueId('provider-reservations-heading'), 'provider.reservations.heading', body);
}

/** The events, a chooser, and the chosen event's planning and reservations (the one the address names, else the first). */
export function eventsSection(sessionEnded: () => void): HTMLElement {
  const chooser = h('div', {}, loading('provider.events.loading'));
  const chosen = h('div', { class: 'provider-page' });
  const element = h('div', { class: 'provider-page' }, section('provider-events-heading', 'provider.events.heading', chooser), chosen);
  let events: ProviderEvent[] = [];
  let select: HTMLSelectElement | null = null;
  const choose = (event: ProviderEvent) =>
    chosen.replaceChildren(planningSection(event, sessionEnded), reservationsSection(event, sessionEnded));

  const showAsked = async () => {
    const asked = eventInHash(location.hash);
    const known = events.find((e) => e.eventId === (asked ?? events[0]?.eventId));
    if (select) select.value = known?.eventId ?? '';
    if (known) return choose(known);
    if (!asked) return chosen.replaceChildren();
    chosen.replaceChildren(loading('provider.planning.loading'));
    try {
      const read = await fetchPlanning(asked);
      if (read.kind === 'signedOut') return sessionEnded();
      if (read.kind === 'notFound') return chosen.replaceChildren(notFound());
      choose({ eventId: asked, title: asked, startDate: '', endDate: '', city: '' });
    } catch (failure) {
      failed(chosen, 'provider.planning.failed', failure, () => void showAsked());
    }
  };
  // Another event typed in the address (or back/forward): show it where the eye goes.
  const onHash = () => {
    if (!element.isConnected) return window.removeEventListener('hashchange', onHash);
    void showAsked().then(() => element.scrollIntoView({ block: 'start' }));
  };
  window.addEventListener('hashchange', onHash);

  const load = async () => {
    try {
      const read = await value(fetchEvents(), sessionEnded);
      if (!read) return;
      events = read;
      if (events.length === 0) chooser.replaceChildren(ht('p', 'provider.events.empty', { class: 'muted' }));
      else {
        const list = eventSelect(events);
        list.addEventListener('change', () => {
          history.replaceState(null, '', hashOf(list.value));
          void showAsked();
        });
        select = list;
        chooser.replaceChildren(h('div', { class: 'field' }, ht('label', 'provider.events.choose', { for: list.id }), list));
      }
      await showAsked();
    } catch (failure) {
      failed(chooser, 'provider.events.failed', failure, () => {
        chooser.replaceChildren(loading('provider.events.loading'));
        void load();
      });
    }
  };
  void load();
  return element;
}

function eventSelect(events: readonly ProviderEvent[]): HTMLSelectElement {
  // Shown only when the address names an event that is not the provider's.
  const none = ht('option', 'provider.events.pick', { value: '', disabled: true, hidden: true });
  const select = h('select', { id: uniqueId('provider-event') }, none);
  for (const event of events) {
    select.append(setText(h('option', { value: event.eventId }), (lang) =>
      [event.title, formatNights(event.startDate, event.endDate, lang), event.city].filter(Boolean).join(' · '),
    ));
  }
  return select;
}

function notFound(): HTMLElement {
  const id = uniqueId('provider-not-found');
  return h('section', { class: 'panel provider-not-found', role: 'alert', 'aria-labelledby': id },
    ht('h2', 'provider.events.notFoundHeading', { id }), ht('p', 'provider.events.notFound'));
}

export function profileSection(sessionEnded: () => void): HTMLElement {
  const body = h('div', {}, loading('provider.profile.loading'));
  const load = async () => {
    try {
      const profile = await value(fetchProfile(), sessionEnded);
      if (!profile) return;
      const photos = photoGallery({
        photos: profile.photos,
        upload: uploadProfilePhoto,
        remove: deleteProfilePhoto,
        signedOut: sessionEnded,
        owner: profile.name,
        className: 'provider-photos',
      });
      body.replaceChildren(profileForm(profile, sessionEnded), photos);
    } catch (failure) {
      failed(body, 'provider.profile.failed', failure, () => {
        body.replaceChildren(loading('provider.profile.loading'));
        void load();
      });
    }
  };
  void load();
  return section('provider-profile-heading', 'provider.profile.heading', body);
}
