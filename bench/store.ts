// Store bench: N synthetic ACLED-shaped events (default 1 M; --quick 100 k; SITREP_BENCH_N) are
// bulk-imported into a temp SQLite file with a progress bar, then the dashboard aggregates are
// timed (median of several runs). With a PostgreSQL server (--pg URL, SITREP_BENCH_PG or
// SITREP_TEST_PG) the same runs on PostgreSQL in a database of its own (created, then dropped), at
// each scale of SITREP_BENCH_PG_SCALES (default: N; e.g. 1000000,3000000,10000000): the rows are
// added in steps and the aggregates timed at each, to show how they grow.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { SitrepEvent, EventType, SubEventType } from '../src/core/types.ts';
import { SUB_EVENT_TYPES, EVENT_TYPES, disorderTypeOf } from '../src/core/taxonomy.ts';
import { openStore, type SitrepStore } from '../src/store/index.ts';
import { bulkImport } from '../src/store/bulk.ts';
import type { AggregateQuery } from '../src/core/interfaces.ts';

export interface BenchStoreOptions {
  n?: number;
  quick?: boolean;
  /** PostgreSQL server URL to bench as well (a database of its own is created there and dropped);
   * '' = none even when SITREP_TEST_PG is set */
  pg?: string;
  /** PostgreSQL scales (total rows) to reach in steps; default [n] */
  pgScales?: number[];
  progress?: boolean;
  /** skip SQLite (PostgreSQL scale runs) */
  pgOnly?: boolean;
  /** called with each step's figures as soon as they are measured (long scale runs) */
  onStep?: (figures: Record<string, number | string>) => void;
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
export function* syntheticEvents(n: number, seed = 42, offset = 0): Generator<SitrepEvent> {
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
      event_id: `SYN${offset + i}`, event_date: date, date_range: [date, date], time_precision: 1,
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

/** CPU seconds of a local PostgreSQL server (the postmaster, its live backends and the ones it has
 * reaped), from /proc; null when the server is not ours to see (SITREP_PG_DIR from .ci/postgres.sh) */
function pgServerCpu(): number | null {
  try {
    const dir = process.env.SITREP_PG_DIR;
    if (!dir || !existsSync('/proc/self/stat')) return null;
    const pm = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const fields = (pid: string | number) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // after "(comm) ": state ppid ... utime(12) stime(13) cutime(14) cstime(15), 0-based from state
    const own = fields(pm);
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const f = fields(pid);
        if (Number(f[1]) === pm) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        /* exited meanwhile */
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
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
  // what the dashboard itself asks: the timeline (by day, any filters) and the country list
  ['daily by type, all countries (ms)', { by: 'day' }],
  ['daily by type, one country, one year (ms)', { by: 'day', country: COUNTRIES[0].name, from: '2023-01-01', to: '2023-12-31' }],
  ['events per country (ms)', { by: 'country' }],
  // what the rollups do not answer: the scan of the country's events they fall back to
  ['per admin1, one country, part of a year (ms)', { by: 'admin1', country: COUNTRIES[0].name, from: '2023-01-15', to: '2023-12-31' }],
  ['top actor pairs, one country, one year (ms)', { by: 'actor_pair', country: COUNTRIES[0].name, from: '2023-01-01', to: '2023-12-31', limit: 20 }],
  ['weekly by type, one country, actor filter (ms)', { by: 'week', country: COUNTRIES[0].name, actor: ACTORS[0] }],
];

async function importTimed(store: SitrepStore, n: number, offset: number, label: string, progress: boolean): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const bar = progress ? new cliProgress.SingleBar({ format: `  ${label} import [{bar}] {percentage}% {value}/{total} {phase}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(n, 0, { phase: 'insert' });
  const t0 = process.hrtime.bigint();
  const c0 = cpuMs();
  const s0 = store.dialect === 'postgres' ? pgServerCpu() : null;
  let tInsert = 0;
  const phases: Record<string, number> = {};
  const phaseCpu: Record<string, number> = {};
  let phase = 'insert';
  let tPhase = t0;
  let cPhase = c0;
  // each step adds new ids (offset) drawn from another seed
  const rows = await bulkImport(store, 'acled', syntheticEvents(n, 42 + offset, offset), {
    onProgress: (k) => bar?.update(k),
    onPhase: (p) => {
      const t = process.hrtime.bigint();
      const c = cpuMs();
      phases[phase] = Number(t - tPhase) / 1e9;
      phaseCpu[phase] = (c - cPhase) / 1000;
      phase = p;
      tPhase = t;
      cPhase = c;
      if (p === 'index') tInsert = Number(process.hrtime.bigint() - t0) / 1e9;
      bar?.update({ phase: p });
    },
  });
  const total = Number(process.hrtime.bigint() - t0) / 1e9;
  phases[phase] = Number(process.hrtime.bigint() - tPhase) / 1e9;
  phaseCpu[phase] = (cpuMs() - cPhase) / 1000;
  const cpu = (cpuMs() - c0) / 1000;
  bar?.stop();
  out[`${label}: events imported`] = rows;
  out[`${label}: import total incl. indexes+FTS+rollup (s)`] = +total.toFixed(2);
  out[`${label}: of which inserts (s)`] = +tInsert.toFixed(2);
  for (const p of ['index', 'search', 'rollup', 'analyze']) if (phases[p] !== undefined) out[`${label}: of which ${p} (s)`] = +phases[p].toFixed(2);
  // CPU seconds of this process per phase (SQLite works in-process; PostgreSQL's server is not counted)
  for (const p of ['insert', 'index', 'search', 'rollup', 'analyze']) if (phaseCpu[p] !== undefined) out[`${label}: ${p} CPU (s)`] = +phaseCpu[p].toFixed(2);
  out[`${label}: import CPU of this process (s)`] = +cpu.toFixed(2);
  const s1 = s0 === null ? null : pgServerCpu();
  if (s0 !== null && s1 !== null) out[`${label}: import CPU of the PostgreSQL server (s)`] = +(s1 - s0).toFixed(2);
  out[`${label}: rows/s`] = Math.round(rows / total);
  return out;
}

async function queriesTimed(store: SitrepStore, label: string): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
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

async function runOn(store: SitrepStore, n: number, label: string, progress: boolean): Promise<Record<string, number | string>> {
  return { ...(await importTimed(store, n, 0, label, progress)), ...(await queriesTimed(store, label)) };
}

/** a throw-away database beside the one in `url` (the bench never fills a database it did not make) */
async function scratchPg(url: string): Promise<{ target: string; drop: () => Promise<void> }> {
  const pg = (await import('pg')).default;
  const name = `sitrep_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    target: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await c.end();
    },
  };
}

export async function benchStore(opts: BenchStoreOptions = {}): Promise<Record<string, number | string>> {
  const n = opts.n ?? (Number(process.env.SITREP_BENCH_N) || (opts.quick ? 100_000 : 1_000_000));
  const progress = opts.progress ?? !!process.stderr.isTTY;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const out: Record<string, number | string> = {};
  try {
    if (!opts.pgOnly) {
      const store = await openStore(join(dir, 'bench.db'));
      try {
        const step = await runOn(store, n, 'sqlite', progress);
        opts.onStep?.(step);
        Object.assign(out, step);
      } finally {
        await store.close();
      }
    }
    const pg = opts.pg ?? process.env.SITREP_BENCH_PG ?? process.env.SITREP_TEST_PG;
    if (pg) {
      const scales = opts.pgScales ?? (process.env.SITREP_BENCH_PG_SCALES ? process.env.SITREP_BENCH_PG_SCALES.split(',').map(Number).filter((x) => x > 0) : [n]);
      const db = await scratchPg(pg);
      try {
        const store = await openStore(db.target);
        try {
          let have = 0;
          for (const scale of [...scales].sort((a, b) => a - b)) {
            if (scale <= have) continue;
            const label = `postgres ${scale >= 1e6 ? `${+(scale / 1e6).toFixed(1)} M` : `${Math.round(scale / 1e3)} k`}`;
            const step = await importTimed(store, scale - have, have, `${label} (+${scale - have} rows)`, progress);
            have = scale;
            Object.assign(step, await queriesTimed(store, label));
            opts.onStep?.(step);
            Object.assign(out, step);
          }
        } finally {
          await store.close();
        }
      } finally {
        await db.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

// run directly: `node --import tsx bench/store.ts [N] [--pg URL] [--pg-only] [--scales 1000000,3000000]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { pg: { type: 'string' }, 'pg-only': { type: 'boolean' }, scales: { type: 'string' } } });
  const n = positionals[0] ? Number(positionals[0]) : undefined;
  const pgScales = values.scales ? values.scales.split(',').map(Number) : undefined;
  const print = (r: Record<string, number | string>) => {
    for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(66)} ${v}`);
  };
  await benchStore({ n, progress: true, pg: values.pg, pgOnly: values['pg-only'], pgScales, onStep: print });
}
