import { h, ht, setAttr } from '../../shared/dom';
import { message, type MessageKey } from '../../shared/i18n';
import { readFailure } from '../shared/read-failure';
import { stateBox } from '../shared/ui';
import type { Frame } from '../roomblocks/event-area';
import type { SectionContext } from '../section';
import { SCREENS, screenRoute, type Screen } from './route';

// The section's frame: its pages as links (the current one marked), the heading, and the body.

const LABELS: Readonly<Record<Screen, MessageKey>> = {
  followUp: 'admin.finance.tab.followUp',
  commissions: 'admin.finance.tab.commissions',
  providers: 'admin.finance.tab.providers',
  payouts: 'admin.finance.tab.payouts',
  accounting: 'admin.finance.tab.accounting',
};

const HEADINGS: Readonly<Record<Screen, MessageKey>> = {
  followUp: 'admin.finance.followUp.title',
  commissions: 'admin.finance.commissions.title',
  providers: 'admin.finance.providers.title',
  payouts: 'admin.finance.payouts.title',
  accounting: 'admin.finance.accounting.title',
};

export function financeFrame(context: SectionContext, screen: Screen): Frame {
  let disposed = false;
  // The event chosen follows the person from one page to the next.
  const event = context.query.get('event') ?? '';
  const links = SCREENS.map((s) =>
    h('li', {}, ht('a', LABELS[s], { href: `#/${screenRoute(s, null, { event })}`, class: 'fi-tab', 'aria-current': s === screen ? 'page' : undefined })),
  );
  const nav = setAttr(h('nav', { class: 'fi-tabs' }, h('ul', {}, ...links)), 'aria-label', 'admin.finance.nav');
  const heading = ht('h1', HEADINGS[screen], { tabindex: '-1' });
  const body = h('div', { class: 'fi-body' });
  const root = h('div', { class: 'rg-page fi-page' }, nav, heading, body);
  context.container.replaceChildren(root);
  return { root, heading, body, isDisposed: () => disposed, dispose: () => (disposed = true) };
}

/** Loads something into `target`: a loading state, then `render`, or why it failed with a retry. */
export function loadInto<T>(
  target: HTMLElement,
  page: Pick<Frame, 'isDisposed'>,
  texts: { loading: MessageKey; failed: MessageKey },
  fetch: () => Promise<T>,
  render: (value: T) => void,
): () => void {
  const run = () => {
    target.replaceChildren(stateBox('loading', texts.loading));
    fetch()
      .then((value) => {
        if (!page.isDisposed()) render(value);
      })
      .catch((error: unknown) => {
        if (!page.isDisposed()) target.replaceChildren(stateBox('error', readFailure(error, message(texts.failed)), run));
      });
  };
  run();
  return run;
}
