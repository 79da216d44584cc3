import { h, ht } from '../shared/dom';
import { mountPage } from '../shared/layout';
import { eventCard } from './event-card';
import { loadEvents, type EventSummary } from './events';

const main = mountPage({ section: 'home', title: 'home.title' });
const results = h('div', { class: 'events', 'aria-live': 'polite' });
main.append(
  h('div', { class: 'page-intro' }, ht('h1', 'home.heading'), ht('p', 'home.intro', { class: 'lead' })),
  results,
);

function showEvents(events: EventSummary[]): void {
  if (events.length === 0) {
    results.replaceChildren(
      h('div', { class: 'state' }, ht('p', 'home.emptyTitle', { class: 'state__title' }), ht('p', 'home.emptyBody')),
    );
    return;
  }
  results.replaceChildren(
    h('ul', { class: 'event-list' }, ...events.map((event) => h('li', {}, eventCard(event)))),
  );
}

function showError(focusRetry: boolean): void {
  const retry = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
  retry.addEventListener('click', () => void refresh(true));
  results.replaceChildren(
    h(
      'div',
      { class: 'state state--error' },
      ht('p', 'home.errorTitle', { class: 'state__title' }),
      ht('p', 'home.errorBody'),
      retry,
    ),
  );
  if (focusRetry) retry.focus();
}

async function refresh(afterRetry = false): Promise<void> {
  results.setAttribute('aria-busy', 'true');
  results.replaceChildren(ht('p', 'home.loading', { class: 'state state--loading' }));
  const result = await loadEvents();
  results.removeAttribute('aria-busy');
  if (result.kind === 'ok') showEvents(result.events);
  else showError(afterRetry);
}

void refresh();
