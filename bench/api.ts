// `node --import tsx bench/api.ts [--events N] [--quick] [--workers 1,2] [--readers N] [--connections C]
//   [--duration S] [--mix K] [--db FILE] [--no-dashboard] [--json]`: the API and dashboard figures
// of issue 7, in one bounded run on 127.0.0.1 that cleans up after itself (each scenario is run
// once per --workers count, default 1 and then 2 server processes).
//  - builds N synthetic events (1 M; --quick 100 k) with the store's bulk path in a temporary
//    folder (or reuses --db FILE, which is left in place), then runs `sitrep serve` as a child;
//  - three load scenarios with autocannon at C connections (200) for S seconds each:
//      repeated page   one dashboard page (country + type + year, newest 50), response cache on
//      mix, warm       K distinct filtered pages (240), each requested once before, cache on (2 s
//                      ttl, so entries keep being refreshed in the background while the load runs)
//      mix, no cache   the same K pages with the cache off (--cache-ms 0): every request is a query
//    and, one request at a time, the mix uncached (what one filtered page costs on its own);
//  - for each: requests/s, p50/p99 latency, errors, and the server's CPU per request (every
//    process and thread of the server, from /proc): on a shared machine latency measures the
//    queue for a core, CPU per request and requests per server-CPU-second do not;
//  - the dashboard's redraw time for a filter change over 100 k events in chromium.
// The 1-minute load average is printed with every scenario.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface BenchApiOptions {
  quick?: boolean;
  /** events in the database (default 1 M, or SITREP_BENCH_N; 100 k with quick) */
  n?: number;
  connections?: number;
  /** server process counts to measure in turn (`sitrep serve --workers`; default 1 and 2) */
  workers?: number[];
  /** reader threads per server process (default: as `sitrep serve`) */
  readers?: number;
  /** seconds of load per scenario (default 10, quick 5) */
  duration?: number;
  /** distinct pages in the mix (default 240) */
  mix?: number;
  /** serve this existing database instead of building one (it is not deleted) */
  db?: string;
  /** events loaded into the page for the redraw figure (default 100 k; 0 skips it) */
  dashboardEvents?: number;
  log?: (line: string) => void;
}

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const TICK_MS = 10; // /proc/<pid>/stat counts in USER_HZ = 100 on Linux

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

/** utime + stime in ms of a /proc stat file */
function statMs(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

/** CPU ms used so far by `pid` and every process below it (all their threads), and by the main
 * threads (event loops) of the node processes among them */
export function treeCpuMs(pid: number): { all: number; main: number } {
  let all = 0;
  let main = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      all += statMs(`/proc/${p}/stat`);
      if (/node/.test(readFileSync(`/proc/${p}/comm`, 'utf8'))) main += statMs(`/proc/${p}/task/${p}/stat`);
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(' ').map(Number));
      }
    } catch {
      /* gone, or not Linux */
    }
  }
  return { all, main };
}

function cpuSince(pid: number, before: { all: number; main: number }, requests: number): Record<string, number> {
  const now = treeCpuMs(pid);
  const per = requests ? (now.all - before.all) / requests : 0;
  return {
    'server CPU ms/request': Math.round(per * 1000) / 1000,
    'of which event-loop threads ms/request': requests ? Math.round(((now.main - before.main) / requests) * 1000) / 1000 : 0,
    'requests per server CPU-second': per ? Math.round(1000 / per) : 0,
  };
}

const load1 = () => Math.round(loadavg()[0] * 10) / 10;

function startServer(db: string, workers: number, readers: number | undefined, cacheMs: number): Promise<{ child: ChildProcess; port: number }> {
  const args = [join(REPO, 'bin/sitrep.js'), 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--log-level', 'error', '--cache-ms', String(cacheMs)];
  if (workers > 1) args.push('--workers', String(workers));
  if (readers !== undefined) args.push('--readers', String(readers));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SITREP_RATE_LIMIT: '0', SITREP_API_TOKEN: '' } });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sitrep serve did not start in 120 s: ${err.slice(-400)}`));
    }, 120_000);
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sitrep serve exited (${code}): ${err.slice(-400)}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(t);
}

const q = (p: Record<string, string>) => `/api/events?${new URLSearchParams(p)}`;

/** the typical dashboard view: one country, one type, one year, newest 50 */
export const DASHBOARD_PAGE = q({ country: 'Country A', event_type: 'Battles', from: '2023-01-01', to: '2023-12-31', limit: '50' });

/** K distinct filtered pages like analysts' dashboards ask for: mostly country + type + window,
 * some country only, type only, or a province; windows of a month, a quarter or a year */
export function mixPaths(k: number): string[] {
  let seed = 12345;
  const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const countries = Array.from({ length: 20 }, (_, i) => `Country ${String.fromCharCode(65 + i)}`);
  const types = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
  const out = new Set<string>();
  while (out.size < k) {
    const year = 2019 + Math.floor(r() * 6);
    const span = r();
    const m = 1 + Math.floor(r() * 12);
    const mm = String(m).padStart(2, '0');
    const [from, to] =
      span < 0.4 ? [`${year}-${mm}-01`, `${year}-${mm}-28`]
      : span < 0.7 ? [`${year}-${String(Math.min(m, 10)).padStart(2, '0')}-01`, `${year}-${String(Math.min(m, 10) + 2).padStart(2, '0')}-28`]
      : [`${year}-01-01`, `${year}-12-31`];
    const c = countries[Math.floor(r() * r() * countries.length)];
    const t = types[Math.floor(r() * types.length)];
    const kind = r();
    const p: Record<string, string> =
      kind < 0.6 ? { country: c, event_type: t, from, to }
      : kind < 0.8 ? { country: c, from, to }
      : kind < 0.9 ? { event_type: t, from, to }
      : { country: c, admin1: `Province ${1 + Math.floor(r() * 12)}`, from, to };
    out.add(q({ ...p, limit: '50' }));
  }
  return [...out];
}

interface Scenario {
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'max ms': number;
  requests: number;
  'errors+non2xx+timeouts': number;
  'load average (1 min)': number;
}

async function autocannonRun(port: number, paths: string[], connections: number, duration: number, serverPid: number): Promise<Scenario> {
  // @ts-expect-error autocannon ships no type declarations
  const autocannon = (await import('autocannon')).default;
  const cpu0 = treeCpuMs(serverPid);
  const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration, timeout: 30, requests: paths.map((path) => ({ method: 'GET', path })) });
  const n = r.requests.total as number;
  return {
    'req/s': Math.round(n / duration),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    'max ms': r.latency.max,
    requests: n,
    'errors+non2xx+timeouts': r.errors + r.non2xx + r.timeouts,
    ...cpuSince(serverPid, cpu0, n),
    'load average (1 min)': load1(),
  } as Scenario;
}

/** one request at a time over `paths`: latency of a page on its own, and its server CPU */
async function sequential(port: number, paths: string[], serverPid: number, newConnections = false): Promise<Record<string, number>> {
  const { request } = await import('undici');
  const times: number[] = [];
  let bad = 0;
  const cpu0 = treeCpuMs(serverPid);
  for (const p of paths) {
    const t0 = performance.now();
    // newConnections: one connection per request, so round-robin reaches every worker process
    const res = await request(`http://127.0.0.1:${port}${p}`, newConnections ? { reset: true, headers: { connection: 'close' } } : {});
    await res.body.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.statusCode !== 200) bad++;
  }
  const cpu = cpuSince(serverPid, cpu0, paths.length);
  times.sort((a, b) => a - b);
  const pct = (x: number) => Math.round(times[Math.min(times.length - 1, Math.floor(x * times.length))] * 10) / 10;
  return { requests: paths.length, 'p50 ms': pct(0.5), 'p99 ms': pct(0.99), 'non-200': bad, ...cpu, 'load average (1 min)': load1() };
}

export async function dashboardRedraw(events: number): Promise<Record<string, number | string>> {
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

function flatten(out: Record<string, number | string>, label: string, r: object): void {
  for (const [k, v] of Object.entries(r)) out[`${label}: ${k}`] = v as number;
}

export async function benchApi(opts: BenchApiOptions = {}): Promise<Record<string, number | string>> {
  const log = opts.log ?? (() => undefined);
  const n = opts.n ?? (Number(process.env.SITREP_BENCH_N) || (opts.quick ? 100_000 : 1_000_000));
  const connections = opts.connections ?? 200;
  const workers = opts.workers ?? (availableParallelism() > 1 ? [1, 2] : [1]);
  const duration = opts.duration ?? (opts.quick ? 5 : 10);
  const mix = mixPaths(opts.mix ?? 240);
  const out: Record<string, number | string> = {};
  const dir = opts.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
  let child: ChildProcess | null = null;
  const onSignal = () => {
    child?.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    const db = opts.db ?? join(dir!, 'api.db');
    out['cpu cores'] = availableParallelism();
    out['server processes (--workers)'] = workers.join(', ');
    out['reader threads per process (--readers)'] = opts.readers ?? 'default';
    out['concurrent connections'] = connections;
    out['seconds per scenario'] = duration;
    out['distinct pages in the mix'] = mix.length;
    out['repeated page'] = DASHBOARD_PAGE;
    if (dir) {
      log(`building ${n.toLocaleString('en-US')} events...`);
      out['events in database'] = n;
      out['bulk load s'] = Math.round((await fill(db, n)) / 100) / 10;
    } else out['database'] = db;
    out['load average before (1/5/15 min)'] = loadavg().map((x) => x.toFixed(1)).join(' / ');

    for (const w of workers) {
      const tag = workers.length > 1 || w > 1 ? `${w} worker${w > 1 ? 's' : ''}, ` : '';
      log(`${tag}server with the response cache (2 s)`);
      let s = await startServer(db, w, opts.readers, 2000);
      child = s.child;
      await autocannonRun(s.port, [DASHBOARD_PAGE, ...mix.slice(0, 20)], 10, 2, child.pid!); // warm page cache and statements
      log('  repeated page');
      flatten(out, `${tag}repeated page, cached`, await autocannonRun(s.port, [DASHBOARD_PAGE], connections, duration, child.pid!));
      // every page of the mix once per worker process (connections are dealt round-robin)
      for (let k = 0; k < w; k++) await sequential(s.port, mix, child.pid!, true);
      log('  mix, warm');
      flatten(out, `${tag}mix, cache warm`, await autocannonRun(s.port, mix, connections, duration, child.pid!));
      await stopServer(child);

      log(`${tag}server without the cache`);
      s = await startServer(db, w, opts.readers, 0);
      child = s.child;
      await autocannonRun(s.port, mix, 10, 3, child.pid!); // each page once or more: page cache, statements
      log('  mix, no cache');
      flatten(out, `${tag}mix, no cache`, await autocannonRun(s.port, mix, connections, duration, child.pid!));
      log('  mix, one at a time');
      flatten(out, `${tag}mix, no cache, 1 connection`, await sequential(s.port, mix, child.pid!));
      await stopServer(child);
      child = null;
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    if (child) await stopServer(child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const redrawN = opts.dashboardEvents ?? 100_000;
  if (redrawN > 0) {
    log('dashboard redraw in chromium');
    Object.assign(out, await dashboardRedraw(redrawN));
  }
  out['load average after (1/5/15 min)'] = loadavg().map((x) => x.toFixed(1)).join(' / ');
  return out;
}

if (process.argv[1] === SELF) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' }, quick: { type: 'boolean' }, workers: { type: 'string' }, readers: { type: 'string' },
      connections: { type: 'string' }, duration: { type: 'string' }, mix: { type: 'string' }, db: { type: 'string' },
      'no-dashboard': { type: 'boolean' }, 'dashboard-events': { type: 'string' }, json: { type: 'boolean' },
    },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  if (values.db && !existsSync(values.db)) throw new Error(`--db ${values.db} does not exist`);
  const r = await benchApi({
    quick: values.quick, n: num(values.events), workers: values.workers?.split(',').map(Number), readers: num(values.readers),
    connections: num(values.connections), duration: num(values.duration), mix: num(values.mix), db: values.db,
    dashboardEvents: values['no-dashboard'] ? 0 : num(values['dashboard-events']),
    log: (l) => process.stderr.write(`bench api: ${l}\n`),
  });
  if (values.json) console.log(JSON.stringify(r, null, 2));
  else for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(58)} ${v}`);
  process.exit(0);
}
