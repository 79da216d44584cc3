import type { DayCount } from './statistics';

// Geometry of the "registrations per day" bar chart, in SVG user units. No DOM: chart.ts draws it.

export const CHART = { width: 600, height: 240, left: 44, right: 8, top: 12, bottom: 30 } as const;

/** The smallest of 1, 2, 5 × 10^k at or above max (at least 1), so that the axis reads in round numbers. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Whole-number gridlines from 0 to top, at most five steps. */
export function ticksFor(top: number): number[] {
  const step = Math.max(1, Math.ceil(top / 5));
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  if (ticks[ticks.length - 1] !== top) ticks.push(top);
  return ticks;
}

export interface BarGeometry {
  date: string;
  x: number;
  width: number;
  /** Top of the bar and its height; a zero count has no height. */
  y: number;
  height: number;
  value: number;
  series: 'created' | 'confirmed';
}

export interface ChartLayout {
  bars: BarGeometry[];
  /** Gridlines: the value and its height on the chart. */
  ticks: { value: number; y: number }[];
  /** Days that get a label under the axis (at most `maxLabels`, evenly spread, the first one always). */
  labels: { date: string; x: number }[];
  baseline: number;
}

export function chartLayout(days: readonly DayCount[], maxLabels = 6): ChartLayout {
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const baseline = CHART.top + plotHeight;
  const top = niceMax(Math.max(0, ...days.flatMap((day) => [day.created, day.confirmed])));
  const heightOf = (value: number) => (Math.max(0, value) / top) * plotHeight;
  const slot = days.length > 0 ? plotWidth / days.length : plotWidth;
  // Two bars side by side in each day's slot, with a gap between days.
  const barWidth = (slot * 0.8) / 2;

  const bars = days.flatMap((day, index): BarGeometry[] => {
    const start = CHART.left + index * slot + slot * 0.1;
    return (['created', 'confirmed'] as const).map((series, offset) => {
      const value = day[series];
      const height = heightOf(value);
      return { date: day.date, x: start + offset * barWidth, width: barWidth, y: baseline - height, height, value, series };
    });
  });

  const every = Math.max(1, Math.ceil(days.length / maxLabels));
  const labels = days
    .map((day, index) => ({ date: day.date, x: CHART.left + index * slot + slot / 2, index }))
    .filter(({ index }) => index % every === 0)
    .map(({ date, x }) => ({ date, x }));

  return { bars, ticks: ticksFor(top).map((value) => ({ value, y: baseline - heightOf(value) })), labels, baseline };
}

export interface DaySummary {
  first: string;
  last: string;
  created: number;
  confirmed: number;
  /** The day with the most registrations created (the earliest on a tie); null when none. */
  peak: DayCount | null;
}

/** What the chart says in words (its accessible description). */
export function summariseDays(days: readonly DayCount[]): DaySummary | null {
  if (days.length === 0) return null;
  const peak = days.reduce<DayCount | null>((best, day) => (day.created > (best?.created ?? 0) ? day : best), null);
  return {
    first: days[0]!.date,
    last: days[days.length - 1]!.date,
    created: days.reduce((sum, day) => sum + day.created, 0),
    confirmed: days.reduce((sum, day) => sum + day.confirmed, 0),
    peak,
  };
}
