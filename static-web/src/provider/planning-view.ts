import { h, ht, setAttr, setText } from '../shared/dom';
import { localeOf, translate, type Lang } from '../shared/i18n';
import { formatNight } from './labels';
import { cellLabel, cellText, groupNightsByMonth, type MonthNights, type PlanningProduct } from './space-api';

// The planning of one event: a table per month (rows: room products; columns: the month's nights),
// each cell "free / held / sold", released nights marked as such. A month switcher when the nights
// span several months; the month shown survives a refresh.

/** "mars 2027" / "March 2027". */
export function formatMonth(month: string, lang: Lang): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? month
    : new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function monthTable(products: readonly PlanningProduct[], month: MonthNights): HTMLElement {
  const head = h(
    'tr',
    {},
    ht('th', 'provider.planning.product', { scope: 'col' }),
    ...month.nights.map((night) => setText(h('th', { scope: 'col' }), (lang) => formatNight(night, lang))),
  );
  const rows = products.map((product) => {
    const byNight = new Map(product.nights.map((n) => [n.night, n]));
    return h(
      'tr',
      {},
      setText(h('th', { scope: 'row' }), (lang) => product.label[lang]),
      ...month.nights.map((night) => {
        const data = byNight.get(night);
        return h(
          'td',
          { class: data?.closed ? 'provider-planning__released' : data ? undefined : 'provider-planning__none' },
          setText(h('span', { 'aria-hidden': 'true' }), (lang) => cellText(data, lang)),
          setText(h('span', { class: 'visually-hidden' }), (lang) => cellLabel(data, lang)),
        );
      }),
    );
  });
  return h(
    'div',
    { class: 'provider-planning-wrap', tabindex: '0', role: 'region' },
    h(
      'table',
      { class: 'provider-planning' },
      setText(h('caption'), (lang) => translate(lang, 'provider.planning.caption', { month: formatMonth(month.month, lang) })),
      h('thead', {}, head),
      h('tbody', {}, ...rows),
    ),
  );
}

export interface PlanningView {
  element: HTMLElement;
  show(products: readonly PlanningProduct[]): void;
}

export function createPlanningView(): PlanningView {
  const element = h('div', { class: 'provider-planning-body' });
  let current: string | null = null;

  function show(products: readonly PlanningProduct[]): void {
    const months = groupNightsByMonth(products);
    if (months.length === 0) {
      element.replaceChildren(ht('p', 'provider.planning.empty', { class: 'muted' }));
      return;
    }
    const index = Math.max(0, months.findIndex((m) => m.month === current));
    const month = months[index]!;
    current = month.month;
    const parts: HTMLElement[] = [];
    if (months.length > 1) {
      const button = (to: number, key: 'provider.planning.previous' | 'provider.planning.next') => {
        const b = ht('button', key, { type: 'button', class: 'button button--secondary' });
        b.disabled = to < 0 || to >= months.length;
        b.addEventListener('click', () => {
          current = months[to]!.month;
          show(products);
          // Keep the keyboard in the switcher; at the first or last month the other button takes focus.
          const moves = [...element.querySelectorAll<HTMLButtonElement>('[data-move]')];
          (moves.find((m) => m.dataset.move === key && !m.disabled) ?? moves.find((m) => !m.disabled))?.focus();
        });
        b.dataset.move = key;
        return b;
      };
      parts.push(
        h(
          'nav',
          { class: 'provider-months' },
          button(index - 1, 'provider.planning.previous'),
          setText(h('p', { class: 'provider-months__current', 'aria-live': 'polite' }), (lang) => formatMonth(month.month, lang)),
          button(index + 1, 'provider.planning.next'),
        ),
      );
      setAttr(parts[0]!, 'aria-label', 'provider.planning.months');
    }
    parts.push(monthTable(products, month), ht('p', 'provider.planning.legend', { class: 'small muted' }));
    element.replaceChildren(...parts);
  }

  return { element, show };
}
