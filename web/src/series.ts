// Day rows from /api/aggregates?by=day → aligned series for the timeline. Pure; unit-tested.
import type { AggregateRow } from './api.ts';
import { EVENT_TYPES } from './colors.ts';

export const DAY_S = 86_400;
export const MAX_DAYS = 3660;

export const toDay = (sec: number) => new Date(Math.round(sec / DAY_S) * DAY_S * 1000).toISOString().slice(0, 10);
export const toSec = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/** day rows → x (seconds) and, per type, raw counts over every day from first to last */
export function dailySeries(rows: AggregateRow[]): { xs: number[]; types: string[]; counts: number[][] } {
  if (!rows.length) return { xs: [], types: [], counts: [] };
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    const t = toSec(r.key);
    if (Number.isFinite(t)) [min, max] = [Math.min(min, t), Math.max(max, t)];
  }
  if (!Number.isFinite(min)) return { xs: [], types: [], counts: [] };
  // a stray date (year 0001) must not make a million-day axis: keep the latest MAX_DAYS
  min = Math.max(min, max - (MAX_DAYS - 1) * DAY_S);
  const n = Math.round((max - min) / DAY_S) + 1;
  const xs = Array.from({ length: n }, (_, i) => min + i * DAY_S);
  const present = new Set(rows.map((r) => r.event_type ?? 'All'));
  const types = [...EVENT_TYPES.filter((t) => present.has(t)), ...[...present].filter((t) => !EVENT_TYPES.includes(t))];
  const counts = types.map(() => new Array<number>(n).fill(0));
  for (const r of rows) {
    const i = Math.round((toSec(r.key) - min) / DAY_S);
    const k = types.indexOf(r.event_type ?? 'All');
    if (i >= 0 && i < n && k >= 0) counts[k][i] += r.count;
  }
  return { xs, types, counts };
}

