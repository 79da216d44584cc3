import './events.css';
import type { AdminSection, SectionContext } from '../section';
import { onSessionEnded } from '../../shared/api/session-end';
import { renderAccess } from './access';
import { getCatalog, listProviders } from './api';
import { eventFrame, TABS } from './event-page';
import { loading } from './screen';
import type { EventSettings } from './model';
import { renderList } from './list';
import { renderProducts } from './products';
import { renderProviders } from './providers';
import { renderNewEvent, renderSettings } from './settings';
import { renderStock } from './stock';
import { renderSteps } from './steps';

/** Which screen a route shows: #/events, #/events/new, #/events/providers, #/events/{id}/{tab}. */
export type Route =
  | { screen: 'list' }
  | { screen: 'new' }
  | { screen: 'providers' }
  | { screen: 'event'; eventId: string; tab: string };

export function routeOf(params: readonly string[]): Route {
  const [first, second] = params;
  if (!first) return { screen: 'list' };
  // One part: a page of the section; an event always comes with its tab, so an event may be called "new".
  if (second === undefined) {
    if (first === 'new') return { screen: 'new' };
    if (first === 'providers') return { screen: 'providers' };
    return { screen: 'event', eventId: first, tab: 'settings' };
  }
  return { screen: 'event', eventId: first, tab: TABS.some((t) => t.tab === second) ? second : 'settings' };
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function mountEvent(context: SectionContext, eventId: string, tab: string): void {
  void loading(context.container, async () => {
    let statusChanged: (settings: EventSettings) => void = () => undefined;
    const frame = await eventFrame(context, eventId, tab, (fresh) => statusChanged(fresh));
    const { body, settings } = frame;
    const again = () => mountEvent(context, eventId, tab);
    if (tab === 'settings') {
      const form = renderSettings(frame);
      statusChanged = (fresh) => form.set('status', fresh.status);
      return;
    }
    await loading(body, async () => {
      const catalog = await getCatalog(eventId);
      if (tab === 'steps') renderSteps(body, eventId, catalog.steps);
      else if (tab === 'products') renderProducts(body, settings, catalog, await listProviders(), again);
      else if (tab === 'stock') renderStock(body, eventId, catalog);
      else renderAccess(body, eventId, catalog.accessGroups, again);
    });
  });
}

/** The back office's event setup (issue 5): events, their settings, steps, products, stock, access codes, providers. */
export const eventsSection: AdminSection = {
  path: 'events',
  label: 'admin.events.nav',
  // The server's Operations policy: Finance reads nothing here.
  roles: ['Admin', 'OperationsManager', 'Staff'],
  mount(context) {
    const release = onSessionEnded(context.sessionEnded);
    const route = routeOf(context.params.map(decodePart));
    if (route.screen === 'list') renderList(context);
    else if (route.screen === 'new') renderNewEvent(context);
    else if (route.screen === 'providers') renderProviders(context.container);
    else mountEvent(context, route.eventId, route.tab);
    return release;
  },
};
