// Events per day by type as stacked bars (uPlot), with drag-to-select brushing on the time axis.
import uPlot from 'uplot';
import type { AggregateRow } from './api.ts';
import { colorFor } from './colors.ts';

import { DAY_S, dailySeries, toDay, toSec } from './series.ts';

export class Timeline {
  private plot: uPlot | null = null;
  private raw: number[][] = [];
  private xs: number[] = [];
  private suppress = false;

  constructor(
    private readonly el: HTMLElement,
    private readonly onBrush: (range: [string, string] | null) => void,
  ) {
    new ResizeObserver(() => this.plot?.setSize(this.size())).observe(el);
  }

  private size() {
    return { width: Math.max(280, this.el.clientWidth), height: 150 };
  }

  setData(rows: AggregateRow[], brush?: [string, string]): void {
    const { xs, types, counts } = dailySeries(rows);
    this.xs = xs;
    this.raw = counts;
    this.plot?.destroy();
    this.plot = null;
    if (!xs.length) return;
    // stacked: each series holds the running total, drawn top-first so lower bands stay visible
    const stacked: number[][] = [];
    counts.forEach((c, k) => stacked.push(c.map((v, i) => v + (k > 0 ? stacked[k - 1][i] : 0))));
    const order = types.map((_, k) => k).reverse();
    const bars = uPlot.paths.bars!({ size: [0.8, 40], align: 0 });
    const opts: uPlot.Options = {
      ...this.size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: { x: { time: true, range: (_u, lo, hi) => [lo - DAY_S / 2, hi + DAY_S / 2] }, y: { range: (_u, _lo, hi) => [0, Math.max(1, hi)] } },
      // day labels in UTC (event dates are calendar days, not instants)
      axes: [
        { incrs: [1, 2, 7, 14, 30, 61, 91, 182, 365].map((d) => d * DAY_S), values: (_u, splits) => splits.map((s) => toDay(s).slice(2)) },
        { size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000, 10000] },
      ],
      legend: { show: true, live: true },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      series: [
        { label: 'Day', value: (_u, v) => (v == null ? '' : toDay(v)) },
        ...order.map((k) => ({
          label: types[k],
          stroke: colorFor(types[k]),
          fill: colorFor(types[k]),
          width: 0,
          paths: bars,
          points: { show: false },
          // the legend shows the day's own count, not the running total
          value: (_u: uPlot, _v: number | null, _si: number, idx: number | null) => (idx == null ? '' : String(this.raw[k][idx] ?? 0)),
        })),
      ],
      hooks: {
        setSelect: [
          (u) => {
            if (this.suppress) return;
            if (u.select.width < 3) return this.onBrush(null);
            const a = toDay(u.posToVal(u.select.left, 'x'));
            const b = toDay(u.posToVal(u.select.left + u.select.width, 'x'));
            this.onBrush(a <= b ? [a, b] : [b, a]);
          },
        ],
      },
    };
    this.plot = new uPlot(opts, [xs, ...order.map((k) => stacked[k])] as uPlot.AlignedData, this.el);
    this.showBrush(brush);
  }

  /** draws the selection for a brush that came from the URL, without firing onBrush */
  showBrush(brush?: [string, string]): void {
    const u = this.plot;
    if (!u) return;
    this.suppress = true;
    if (brush) {
      const left = u.valToPos(toSec(brush[0]) - DAY_S / 2, 'x');
      const right = u.valToPos(toSec(brush[1]) + DAY_S / 2, 'x');
      u.setSelect({ left, width: Math.max(3, right - left), top: 0, height: u.over.clientHeight }, false);
    } else {
      u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
    }
    this.suppress = false;
  }
}
