// API and dashboard figures for `npm run bench`:
//  - p50/p99 latency and throughput of filtered event pages at 200 concurrent connections on
//    loopback (autocannon), against N synthetic events (1 M by default, 100 k with --quick);
//    the server runs in a child process so the load generator does not share its event loop;
//  - the dashboard's redraw time for a filter change (timeline brush) over 100 k events loaded
//    in the page, measured in chromium with performance.now up to the next painted frame.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export interface BenchApiOptions {
  quick?: boolean;
  /** events in the database (default 1 M, or SITREP_BENCH_N; 100 k with quick) */
  n?: number;
  connections?: number;
  /** reader threads in the server (default: as `sitrep serve`) */
  readers?: number;
  /** seconds of load per URL set (default 10, quick 5) */
  duration?: number;
  /** events loaded into the page for the redraw figure (default 100 k) */
  dashboardEvents?: number;
}

const SELF = fileURLToPath(import.meta.url);

/** fills a fresh SQLite file through the store's bulk path */
async function fill(dbPath: string, n: number): Promise<number> {
  const { openStore } = await import('../src/store/index.ts');
  const { bulkImport } = await import('../src/store/bulk.ts');
  const { syntheticEvents } = await import('./store.ts');
  const store = await openStore(dbPath);
  try {
    const t0 = performance.now();
    await bulkImport(store, 'bench', syntheticEvents(n));
    return performance.now() - t0;
  } finally {
    await store.close();
  }
}

/** child process: serve the database on 127.0.0.1 and print the port; reads go through `readers`
 * reader threads as in `sitrep serve` (0: on the server's own connection) */
async function serveChild(dbPath: string, cacheTtlMs: number, readers: number): Promise<void> {
  const { openStore } = await import('../src/store/index.ts');
  const { buildServer } = await import('../src/api/server.ts');
  const { ReaderPool } = await import('../src/api/readers.ts');
  const store = await openStore(dbPath);
  const pool = readers > 0 ? new ReaderPool(dbPath, readers) : null;
  await pool?.ready();
  const app = await buildServer({ store, reads: pool ?? store, webRoot: false, rateLimit: false, cacheTtlMs });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`PORT ${(app.server.address() as AddressInfo).port}\n`);
  process.on('SIGTERM', () => void app.close().then(() => pool?.close()).then(() => store.close()).then(() => process.exit(0)));
}

function startChild(dbPath: string, cacheTtlMs: number, readers: number): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', dbPath, String(cacheTtlMs), String(readers)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('bench server did not start in 60 s')), 60_000);
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      const m = /PORT (\d+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

/** filtered pages like the dashboard's: a country and type over a year, a region, an actor */
export function benchPaths(): string[] {
  const q = (p: Record<string, string>) => `/api/events?${new URLSearchParams({ limit: '100', ...p })}`;
  return [
    q({ country: 'Country A', event_type: 'Battles', from: '2021-01-01', to: '2021-12-31' }),
    q({ country: 'Country B', from: '2022-03-01', to: '2022-05-31' }),
    q({ event_type: 'Protests', from: '2023-06-01', to: '2023-06-30' }),
    q({ country: 'Country C', admin1: 'Province 2' }),
    q({ from: '2024-01-01', to: '2024-01-31', min_confidence: '0.5' }),
    q({ country: 'Country A', actor: 'Armed Group 3', from: '2020-01-01', to: '2020-12-31' }),
  ];
}

async function load(port: number, connections: number, duration: number) {
  // @ts-expect-error autocannon ships no type declarations
  const autocannon = (await import('autocannon')).default;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: benchPaths().map((path) => ({ method: 'GET', path })),
  });
  return result;
}

async function dashboardRedraw(events: number): Promise<Record<string, number | string>> {
  const { chromiumMissing, launch, serve } = await import('../test/e2e/harness.ts');
  const missing = chromiumMissing();
  if (missing) return { 'dashboard redraw': `not measured: ${missing}` };
  const { openStore } = await import('../src/store/index.ts');
  const store = await openStore(':memory:');
  const { app, base } = await serve(store);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles the evaluated function with esbuild's keepNames helper; give the page a no-op one
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(base + '/');
    await page.waitForFunction(() => (window as any).__sitrep?.ready === true);
    return await page.evaluate(async (n) => {
      const hooks = (window as any).__sitrep;
      const types = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
      let seed = 7;
      const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const start = Date.UTC(2019, 0, 1);
      const evs: Record<string, unknown>[] = [];
      for (let i = 0; i < n; i++) {
        const day = new Date(start + Math.floor(r() * 2190) * 86400000).toISOString().slice(0, 10);
        evs.push({ event_id: `e${i}`, event_date: day, event_type: types[i % 6], sub_event_type: 'Armed clash', actor1: 'Group', actor2: null, country: 'Country', admin1: 'Province', location: `Town ${i % 500}`, latitude: -30 + r() * 70, longitude: -20 + r() * 120, fatalities: Math.floor(r() * 5), injuries: null, weapons: [], confidence: r(), notes: '', source: '', sources_count: 1, time_precision: 1, geo_precision: 1 });
      }
      const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const timeIt = async (fn: () => void) => {
        const t0 = performance.now();
        fn();
        await frame();
        return performance.now() - t0;
      };
      const load = await timeIt(() => hooks.loadSynthetic(evs));
      const brushes: ([string, string] | null)[] = [['2020-01-01', '2020-12-31'], ['2023-05-01', '2023-05-31'], null, ['2019-01-01', '2022-06-30'], ['2024-03-01', '2024-03-07'], null];
      const times: number[] = [];
      for (let k = 0; k < 3; k++) for (const b of brushes) times.push(await timeIt(() => hooks.setBrush(b)));
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
      return {
        'dashboard events in page': n,
        'dashboard first draw ms': Math.round(load),
        'dashboard filter change (brush) p50 ms': Math.round(pct(0.5)),
        'dashboard filter change (brush) max ms': Math.round(times[times.length - 1]),
      };
    }, events);
  } finally {
    await browser.close();
    await app.close();
    await store.close();
  }
}

export async function benchApi(opts: BenchApiOptions = {}): Promise<Record<string, number | string>> {
  const n = opts.n ?? (Number(process.env.SITREP_BENCH_N) || (opts.quick ? 100_000 : 1_000_000));
  const connections = opts.connections ?? 200;
  const { defaultReaders } = await import('../src/api/readers.ts');
  const readers = opts.readers ?? defaultReaders();
  const duration = opts.duration ?? (opts.quick ? 5 : 10);
  const out: Record<string, number | string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  let child: ChildProcess | null = null;
  try {
    const db = join(dir, 'api.db');
    out['events in database'] = n;
    out['reader threads'] = readers;
    out['cpu cores'] = (await import('node:os')).availableParallelism();
    out['bulk load s'] = Math.round((await fill(db, n)) / 100) / 10;
    // uncached: every request queries the store; cached: the server's 2 s response micro-cache
    for (const [label, ttl] of [['uncached', 0], ['cached 2 s', 2000]] as const) {
      const started = await startChild(db, ttl, readers);
      child = started.child;
      await load(started.port, 10, 2); // warm the page cache and the statement cache
      const r = await load(started.port, connections, duration);
      out[`${label}: concurrent connections`] = connections;
      out[`${label}: requests/s`] = Math.round(r.requests.average);
      out[`${label}: latency p50 ms`] = r.latency.p50;
      out[`${label}: latency p99 ms`] = r.latency.p99;
      out[`${label}: errors + non-2xx`] = r.errors + r.timeouts + r.non2xx;
      if (ttl === 0) {
        // one connection: what one filtered page costs, without 200 requests queued before it
        const one = await load(started.port, 1, Math.min(duration, 5));
        out[`${label}: 1 connection latency p50 ms`] = one.latency.p50;
        out[`${label}: 1 connection latency p99 ms`] = one.latency.p99;
      }
      // the machine is shared: the 1-minute load average says how much of it the run had
      out[`${label}: load average after`] = Math.round(loadavg()[0] * 10) / 10;
      child.kill('SIGTERM');
      child = null;
    }
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  Object.assign(out, await dashboardRedraw(opts.dashboardEvents ?? 100_000));
  return out;
}

if (process.argv[2] === '--serve' && process.argv[3]) {
  const { defaultReaders } = await import('../src/api/readers.ts');
  await serveChild(process.argv[3], Number(process.argv[4] ?? 0), process.argv[5] === undefined ? defaultReaders() : Number(process.argv[5]));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const nArg = process.argv.find((a) => /^\d+$/.test(a));
  const r = await benchApi({ quick, n: nArg ? Number(nArg) : undefined });
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(44)} ${v}`);
  process.exit(0);
}
void existsSync;
