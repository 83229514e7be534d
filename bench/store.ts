// Store bench: N synthetic ACLED-shaped events (default 1 M; --quick 100 k; SITREP_BENCH_N) are
// bulk-imported into a temp SQLite file with a progress bar, then the dashboard aggregates are
// timed (median of several runs). With SITREP_BENCH_PG=postgres://… the same runs on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { SitrepEvent, EventType, SubEventType } from '../src/core/types.ts';
import { SUB_EVENT_TYPES, EVENT_TYPES, disorderTypeOf } from '../src/core/taxonomy.ts';
import { openStore, type SitrepStore } from '../src/store/index.ts';
import { bulkImport } from '../src/store/bulk.ts';
import type { AggregateQuery } from '../src/core/interfaces.ts';

export interface BenchStoreOptions {
  n?: number;
  quick?: boolean;
  /** PostgreSQL URL to bench as well (its database is filled; use a throw-away one) */
  pg?: string;
  progress?: boolean;
}

/** deterministic PRNG (mulberry32) so every run imports the same data */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = Array.from({ length: 40 }, (_, i) => ({
  name: `Country ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 2 : ''}`,
  lat: -30 + (i % 10) * 6,
  lon: -20 + Math.floor(i / 10) * 30,
  admin1: Array.from({ length: 12 }, (_, j) => `Province ${j + 1}`),
}));
const TOWNS = Array.from({ length: 500 }, (_, i) => `Town ${i}`);
const ACTORS = Array.from({ length: 60 }, (_, i) => `Armed Group ${i + 1}`);
const TYPE_WEIGHTS: [EventType, number][] = [
  ['Battles', 0.22], ['Explosions/Remote violence', 0.25], ['Violence against civilians', 0.15],
  ['Protests', 0.25], ['Riots', 0.05], ['Strategic developments', 0.08],
];

/** one synthetic event; countries and actors are skewed like real data (a few dominate) */
export function* syntheticEvents(n: number, seed = 42): Generator<SitrepEvent> {
  const r = rng(seed);
  const start = Date.UTC(2019, 0, 1);
  const span = 6 * 365;
  const skew = (k: number) => {
    const u = r();
    return Math.floor(u * u * k);
  };
  const dates = Array.from({ length: span }, (_, d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
  const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
  for (let i = 0; i < n; i++) {
    const c = COUNTRIES[skew(COUNTRIES.length)];
    let x = r();
    let type: EventType = 'Battles';
    for (const [t, w] of TYPE_WEIGHTS) {
      if ((x -= w) <= 0) {
        type = t;
        break;
      }
    }
    const subs = SUB_EVENT_TYPES[type];
    const sub = subs[Math.floor(r() * subs.length)] as SubEventType;
    const date = dates[Math.floor(r() * span)];
    const a1 = ACTORS[skew(ACTORS.length)];
    const a2 = r() < 0.6 ? ACTORS[skew(ACTORS.length)] : null;
    const admin1 = c.admin1[skew(c.admin1.length)];
    const fatalities = r() < 0.6 ? 0 : Math.floor(-Math.log(r()) * 4);
    yield {
      event_id: `SYN${i}`, event_date: date, date_range: [date, date], time_precision: 1,
      disorder_type: disorderTypeOf(type), event_type: type, sub_event_type: sub, actor1: a1, actor2: a2,
      assoc_actor_1: '', assoc_actor_2: '', inter1: 2, inter2: a2 ? 1 : 0, interaction: a2 ? 12 : 20,
      affiliation1: null, affiliation2: null, country: c.name, admin1, admin2: `${admin1} District ${1 + skew(5)}`,
      location: TOWNS[Math.floor(r() * 500)], latitude: round4(c.lat + r() * 5), longitude: round4(c.lon + r() * 5),
      geo_precision: 1, fatalities, injuries: null, weapons: [], source: 'Synthetic Wire', attribution: [],
      notes: `On ${date}, ${a1} ${type === 'Protests' ? 'held a protest' : 'was involved in an incident'} in ${c.name}.`,
      cameo: '', plover: '', confidence: 1, evidence: [], sources_count: 1,
    };
  }
  void EVENT_TYPES;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** median wall and CPU milliseconds (CPU is what this process used: on a shared machine it shows
 * the cost without the wait for a core; SQLite runs in-process so it is counted) */
async function median(fn: () => Promise<unknown>, runs = 7): Promise<[number, number]> {
  await fn(); // warm the page cache and the statement cache
  const ts: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = process.hrtime.bigint();
    await fn();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cs.push(cpuMs() - c0);
  }
  ts.sort((a, b) => a - b);
  cs.sort((a, b) => a - b);
  return [+ts[Math.floor(ts.length / 2)].toFixed(2), +cs[Math.floor(cs.length / 2)].toFixed(2)];
}

/** the dashboard's three aggregates for the busiest country, plus the unfiltered weekly series */
export const DASHBOARD: [string, AggregateQuery][] = [
  ['weekly by type, one country (ms)', { by: 'week', country: COUNTRIES[0].name }],
  ['per admin1, one country (ms)', { by: 'admin1', country: COUNTRIES[0].name }],
  ['top actor pairs, one country (ms)', { by: 'actor_pair', country: COUNTRIES[0].name, limit: 20 }],
  ['weekly by type, one country, one year (ms)', { by: 'week', country: COUNTRIES[0].name, from: '2023-01-01', to: '2023-12-31' }],
  ['weekly by type, all countries (ms)', { by: 'week' }],
];

async function runOn(store: SitrepStore, n: number, label: string, progress: boolean): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const bar = progress ? new cliProgress.SingleBar({ format: `  ${label} import [{bar}] {percentage}% {value}/{total} {phase}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(n, 0, { phase: 'insert' });
  const t0 = process.hrtime.bigint();
  const c0 = cpuMs();
  let tInsert = 0;
  const phases: Record<string, number> = {};
  let phase = 'insert';
  let tPhase = t0;
  const rows = await bulkImport(store, 'acled', syntheticEvents(n), {
    onProgress: (k) => bar?.update(k),
    onPhase: (p) => {
      const t = process.hrtime.bigint();
      phases[phase] = Number(t - tPhase) / 1e9;
      phase = p;
      tPhase = t;
      if (p === 'index') tInsert = Number(process.hrtime.bigint() - t0) / 1e9;
      bar?.update({ phase: p });
    },
  });
  const total = Number(process.hrtime.bigint() - t0) / 1e9;
  phases[phase] = Number(process.hrtime.bigint() - tPhase) / 1e9;
  const cpu = (cpuMs() - c0) / 1000;
  bar?.stop();
  out[`${label}: events imported`] = rows;
  out[`${label}: import total incl. indexes+FTS (s)`] = +total.toFixed(2);
  out[`${label}: of which inserts (s)`] = +tInsert.toFixed(2);
  for (const p of ['index', 'search', 'analyze']) if (phases[p] !== undefined) out[`${label}: of which ${p} (s)`] = +phases[p].toFixed(2);
  out[`${label}: import CPU of this process (s)`] = +cpu.toFixed(2);
  out[`${label}: rows/s`] = Math.round(rows / total);
  const timed = async (name: string, fn: () => Promise<unknown>) => {
    const [wall, cpuQ] = await median(fn);
    out[`${label}: ${name}`] = wall;
    out[`${label}: ${name.replace('(ms)', '(cpu ms)')}`] = cpuQ;
  };
  for (const [name, q] of DASHBOARD) await timed(name, () => store.aggregates(q));
  await timed('page of 100, country+type filter (ms)', () => store.queryEvents({ country: COUNTRIES[1].name, event_type: 'Battles', limit: 100 }));
  await timed('full-text page of 100, rare word (ms)', () => store.queryEvents({ q: 'Town 417', limit: 100 }));
  await timed('full-text page of 100, common word (ms)', () => store.queryEvents({ q: 'protest', limit: 100 }));
  return out;
}

export async function benchStore(opts: BenchStoreOptions = {}): Promise<Record<string, number | string>> {
  const n = opts.n ?? (Number(process.env.SITREP_BENCH_N) || (opts.quick ? 100_000 : 1_000_000));
  const progress = opts.progress ?? !!process.stderr.isTTY;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const out: Record<string, number | string> = {};
  try {
    const store = await openStore(join(dir, 'bench.db'));
    try {
      Object.assign(out, await runOn(store, n, 'sqlite', progress));
    } finally {
      await store.close();
    }
    const pg = opts.pg ?? process.env.SITREP_BENCH_PG;
    if (pg) {
      const store = await openStore(pg);
      try {
        Object.assign(out, await runOn(store, n, 'postgres', progress));
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

// run directly: `node --import tsx bench/store.ts [N]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined;
  const r = await benchStore({ n, progress: true });
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(60)} ${v}`);
}
