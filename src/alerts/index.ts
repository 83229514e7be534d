// "What changed": compares the latest period with the one before it, per country and per actor
// pair, over aggregate rows. Pure functions: the API fetches the rows, these decide what to flag.
import type { AggregateRow } from '../core/interfaces.ts';

export interface Period {
  from: string;
  to: string;
}

export interface WindowSpec {
  name: '24h' | '7d';
  /** length in days; event dates are days, so "24 h" is the latest day */
  days: number;
}

export const WINDOWS: readonly WindowSpec[] = [
  { name: '24h', days: 1 },
  { name: '7d', days: 7 },
];

export type Flag = 'new' | 'repeat' | 'rising' | 'deadlier' | 'falling';

export interface Tally {
  count: number;
  fatalities: number;
}

export interface Change {
  scope: 'country' | 'actor_pair';
  key: string;
  current: Tally;
  previous: Tally;
  delta: number;
  /** more events or more deaths than in the previous period */
  escalation: boolean;
  flags: Flag[];
  /** one line for people, e.g. "Syria: 2 events in the last 7 d (previous 7 d: 0) — new, repeat" */
  summary: string;
}

const DAY = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** the current and previous periods of a window ending on `now` (inclusive) */
export function periodsFor(now: string, w: WindowSpec): { current: Period; previous: Period } {
  const currentFrom = addDays(now, -(w.days - 1));
  return {
    current: { from: currentFrom, to: now },
    previous: { from: addDays(currentFrom, -w.days), to: addDays(currentFrom, -1) },
  };
}

/** sums rows by key (the store may split a key by event type) */
export function tallyByKey(rows: AggregateRow[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const r of rows) {
    if (!r.key) continue;
    const t = out.get(r.key) ?? { count: 0, fatalities: 0 };
    t.count += r.count;
    t.fatalities += r.fatalities;
    out.set(r.key, t);
  }
  return out;
}

export function flagsFor(current: Tally, previous: Tally): Flag[] {
  const flags: Flag[] = [];
  if (previous.count === 0 && current.count > 0) flags.push('new');
  if (current.count >= 2) flags.push('repeat');
  if (previous.count > 0 && current.count > previous.count) flags.push('rising');
  if (current.fatalities > previous.fatalities) flags.push('deadlier');
  if (current.count < previous.count) flags.push('falling');
  return flags;
}

function summarize(key: string, w: WindowSpec, c: Tally, p: Tally, flags: Flag[]): string {
  const label = w.name === '24h' ? '24 h' : `${w.days} d`;
  const n = (t: Tally) => `${t.count} event${t.count === 1 ? '' : 's'}${t.fatalities ? `, ${t.fatalities} killed` : ''}`;
  const tail = flags.length ? ` — ${flags.join(', ')}` : '';
  return `${key}: ${n(c)} in the last ${label} (previous ${label}: ${n(p)})${tail}`;
}

/** every key seen in either period, escalations first, then by size of the change */
export function compareRows(
  scope: Change['scope'],
  w: WindowSpec,
  currentRows: AggregateRow[],
  previousRows: AggregateRow[],
): Change[] {
  const cur = tallyByKey(currentRows);
  const prev = tallyByKey(previousRows);
  const keys = new Set([...cur.keys(), ...prev.keys()]);
  const zero: Tally = { count: 0, fatalities: 0 };
  const changes: Change[] = [];
  for (const key of keys) {
    const c = cur.get(key) ?? zero;
    const p = prev.get(key) ?? zero;
    const flags = flagsFor(c, p);
    const escalation = c.count > p.count || c.fatalities > p.fatalities;
    changes.push({ scope, key, current: c, previous: p, delta: c.count - p.count, escalation, flags, summary: summarize(key, w, c, p, flags) });
  }
  return changes.sort(
    (a, b) =>
      Number(b.escalation) - Number(a.escalation) ||
      b.delta - a.delta ||
      b.current.fatalities - a.current.fatalities ||
      b.current.count - a.current.count ||
      a.key.localeCompare(b.key),
  );
}

/** the latest day among aggregate-by-day rows, or null when there are none */
export function newestDay(dayRows: AggregateRow[]): string | null {
  let max: string | null = null;
  for (const r of dayRows) if (r.count > 0 && /^\d{4}-\d{2}-\d{2}$/.test(r.key) && (max === null || r.key > max)) max = r.key;
  return max;
}
