import { h, ht, setText, uniqueId } from '../../shared/dom';
import { formatDateRange, translate, type Localized } from '../../shared/i18n';
import { CHART, chartLayout, summariseDays } from './chart-model';
import { formatCount, formatShortDay } from './stats-format';
import type { DayCount } from './statistics';

// "Registrations per day": an SVG bar chart (an image with a title and a description in words)
// and, for those who cannot see it or want the figures, the same data as a table.

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

const round = (value: number) => Math.round(value * 10) / 10;

function description(days: readonly DayCount[]): Localized {
  const summary = summariseDays(days);
  return (lang) => {
    if (!summary) return translate(lang, 'admin.stats.perDayEmpty');
    const text = translate(lang, 'admin.stats.chartSummary', {
      range: formatDateRange(summary.first, summary.last, lang),
      created: translate(lang, 'admin.stats.chartCreated', { count: summary.created }),
      confirmed: translate(lang, 'admin.stats.chartConfirmed', { count: summary.confirmed }),
    });
    const peak = summary.peak;
    return peak
      ? `${text} ${translate(lang, 'admin.stats.chartPeak', { day: formatShortDay(peak.date, lang), count: peak.created })}`
      : text;
  };
}

function chartSvg(days: readonly DayCount[], titleId: string, descId: string): SVGSVGElement {
  const layout = chartLayout(days);
  const root = svg('svg', {
    viewBox: `0 0 ${CHART.width} ${CHART.height}`,
    class: 'stats-chart__svg',
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  for (const tick of layout.ticks) {
    root.append(
      svg('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: round(tick.y), y2: round(tick.y), class: 'stats-chart__grid' }),
      setText(svg('text', { x: CHART.left - 6, y: round(tick.y), class: 'stats-chart__axis stats-chart__axis--y', 'aria-hidden': 'true' }), (lang) =>
        formatCount(tick.value, lang),
      ),
    );
  }
  for (const bar of layout.bars) {
    if (bar.height <= 0) continue;
    const rect = svg('rect', {
      x: round(bar.x),
      y: round(bar.y),
      width: round(bar.width),
      height: round(bar.height),
      class: `stats-chart__bar stats-chart__bar--${bar.series}`,
    });
    // A tooltip for mouse users; screen readers get the description and the table.
    rect.append(
      setText(svg('title'), (lang) =>
        translate(lang, bar.series === 'created' ? 'admin.stats.barCreated' : 'admin.stats.barConfirmed', {
          day: formatShortDay(bar.date, lang),
          count: bar.value,
        }),
      ),
    );
    root.append(rect);
  }
  root.append(svg('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: layout.baseline, y2: layout.baseline, class: 'stats-chart__baseline' }));
  for (const label of layout.labels) {
    root.append(
      setText(svg('text', { x: round(label.x), y: layout.baseline + 18, class: 'stats-chart__axis stats-chart__axis--x', 'aria-hidden': 'true' }), (lang) =>
        formatShortDay(label.date, lang, false),
      ),
    );
  }
  return root;
}

function dataTable(days: readonly DayCount[]): HTMLElement {
  return h(
    'div',
    { class: 'admin-table-wrap' },
    h(
      'table',
      { class: 'admin-table' },
      ht('caption', 'admin.stats.perDay', { class: 'visually-hidden' }),
      h(
        'thead',
        {},
        h('tr', {}, ht('th', 'admin.stats.col.day', { scope: 'col' }), ht('th', 'admin.stats.col.created', { scope: 'col', class: 'num' }), ht('th', 'admin.stats.col.confirmed', { scope: 'col', class: 'num' })),
      ),
      h(
        'tbody',
        {},
        ...days.map((day) =>
          h(
            'tr',
            {},
            setText(h('th', { scope: 'row' }), (lang) => formatShortDay(day.date, lang)),
            setText(h('td', { class: 'num' }), (lang) => formatCount(day.created, lang)),
            setText(h('td', { class: 'num' }), (lang) => formatCount(day.confirmed, lang)),
          ),
        ),
      ),
    ),
  );
}

/** The chart with its legend and, folded under it, the table of the same figures; titleId names the heading above it. */
export function perDayChart(days: readonly DayCount[], titleId: string): HTMLElement {
  const descId = uniqueId('chart-desc');
  const legend = h(
    'ul',
    { class: 'stats-legend' },
    h('li', {}, h('span', { class: 'stats-legend__swatch stats-legend__swatch--created', 'aria-hidden': 'true' }), ht('span', 'admin.stats.col.created')),
    h('li', {}, h('span', { class: 'stats-legend__swatch stats-legend__swatch--confirmed', 'aria-hidden': 'true' }), ht('span', 'admin.stats.col.confirmed')),
  );
  return h(
    'figure',
    { class: 'stats-chart' },
    setText(h('p', { id: descId, class: 'stats-chart__desc muted' }), description(days)),
    legend,
    h('div', { class: 'stats-chart__frame' }, chartSvg(days, titleId, descId)),
    h('details', { class: 'stats-chart__data' }, ht('summary', 'admin.stats.showTable'), dataTable(days)),
  );
}
