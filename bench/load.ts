// `npm run load [-- --quick] [--duration S] [--events N] [--readers N] [--workers N] [--from DB]`: the API under load, on
// 127.0.0.1 only, bounded and self-stopping. A database of N reference events (1 M by default) is
// built with the store's bulk path; `sitrep serve` runs it in a child process; autocannon drives
// `readers` concurrent connections over the read routes while one writer POSTs invented reports to
// /api/documents for the whole run. Reported: reads/s, p50/p99 latency, errors (must be 0), writes/s
// with p50/p99, and afterwards that every acknowledged report is stored exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const REPO = fileURLToPath(new URL('../', import.meta.url));

export interface LoadOptions {
  /** seconds of load (default 60; --quick 10) */
  durationS?: number;
  /** reference events in the database (default 1,000,000; --quick 100,000) */
  events?: number;
  /** concurrent reader connections (default 200) */
  readers?: number;
  /** server processes (`sitrep serve --workers`, default 1) */
  workers?: number;
  /** start from a copy of this database (built earlier by --keep) instead of building one */
  from?: string;
  /** keep the database folder (prints its path) */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface LoadResult {
  events: number;
  durationS: number;
  readers: number;
  reads: { requests: number; perSecond: number; p50: number; p99: number; max: number; errors: number; non2xx: number; timeouts: number };
  writes: { acknowledged: number; perSecond: number; p50: number; p99: number; errors: number };
  stored: { acknowledged: number; storedOnce: number; missing: number; duplicated: number; integrity: string };
  buildSeconds: number;
}

const TOKEN = 'load-bench-token-not-a-secret';

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** an invented report, unique per run and index (its own place/day/count) */
function report(run: string, i: number) {
  const places = ['Maiduguri', 'Kano', 'Kaduna', 'Jos', 'Yola', 'Bauchi', 'Gombe', 'Sokoto'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  return {
    id: `load-${run}-${i}`,
    published: '2024-08-13',
    source: 'Load Test Wire',
    text:
      `Gunmen attacked a village near ${places[i % places.length]} on ${days[i % days.length]}, killing ${2 + (i % 13)} people, police said. ` +
      `The load test wrote this as report ${i} of run ${run}.`,
  };
}

async function buildDb(path: string, n: number, log: (s: string) => void): Promise<number> {
  const t0 = Date.now();
  const { openStore } = await import('../src/store/index.ts');
  const { bulkImport } = await import('../src/store/bulk.ts');
  const { syntheticEvents } = await import('./store.ts');
  const store = await openStore(path);
  try {
    let last = 0;
    await bulkImport(store, 'acled', syntheticEvents(n), {
      onProgress: (k: number) => {
        if (k - last >= 200_000) {
          log(`  built ${k.toLocaleString('en-US')} events`);
          last = k;
        }
      },
    } as never);
  } finally {
    await store.close();
  }
  return (Date.now() - t0) / 1000;
}

function startServer(db: string, workers = 1): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const args = [join(REPO, 'bin/sitrep.js'), 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--log-level', 'error'];
    if (workers > 1) args.push('--workers', String(workers));
    const child = spawn(process.execPath, args, {
      cwd: REPO,
      env: { ...process.env, SITREP_API_TOKEN: TOKEN, SITREP_RATE_LIMIT: '0', SITREP_NO_GEOCODER: process.env.SITREP_NO_GEOCODER ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sitrep serve did not start in 120 s: ${err.slice(-500)}`));
    }, 120_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] });
      }
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sitrep serve exited (${code}): ${err.slice(-500)}`));
    });
  });
}

/** one writer: POSTs reports back to back until `until`; records each acknowledged doc_id */
async function writer(base: string, run: string, until: number) {
  const acked: string[] = [];
  const lat: number[] = [];
  let errors = 0;
  for (let i = 0; Date.now() < until; i++) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(report(run, i)),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { doc_id?: string; status?: string };
      lat.push(performance.now() - t0);
      if (res.status === 201 && body.doc_id) acked.push(body.doc_id);
      else errors++;
    } catch {
      errors++;
    }
  }
  return { acked, lat, errors };
}

function verify(db: string, acked: string[]) {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const q = d.prepare('select count(*) as n from documents where id = ?');
    let once = 0;
    let missing = 0;
    let dup = 0;
    for (const id of acked) {
      const n = (q.get(id) as { n: number }).n;
      if (n === 1) once++;
      else if (n === 0) missing++;
      else dup++;
    }
    // and no extraction was merged twice
    const twice = (d.prepare('select count(*) as n from (select extraction_id from event_sources group by extraction_id having count(*) > 1)').get() as { n: number }).n;
    const integrity = String(d.pragma('quick_check', { simple: true }));
    return { acknowledged: acked.length, storedOnce: once, missing, duplicated: dup + twice, integrity };
  } finally {
    d.close();
  }
}

export async function benchLoad(opts: LoadOptions = {}): Promise<LoadResult> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const durationS = opts.durationS ?? 60;
  const events = opts.events ?? 1_000_000;
  const readers = opts.readers ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-load-'));
  const db = join(dir, 'load.db');
  let server: ChildProcess | undefined;
  try {
    let buildSeconds = 0;
    if (opts.from) {
      // a copy: the run writes to it; the WAL, if any, carries committed pages not yet checkpointed
      log(`load: copying ${opts.from} to ${dir}`);
      copyFileSync(opts.from, db);
      if (existsSync(`${opts.from}-wal`)) copyFileSync(`${opts.from}-wal`, `${db}-wal`);
    } else {
      log(`load: building a database of ${events.toLocaleString('en-US')} events in ${dir}`);
      buildSeconds = await buildDb(db, events, log);
    }
    log(`load: built in ${buildSeconds.toFixed(1)} s; starting sitrep serve`);
    const s = await startServer(db, opts.workers);
    server = s.child;
    const base = s.base;
    // one warm-up request per route so that the first timings are not module loading
    for (const p of ['/api/events?limit=1', '/api/aggregates?by=month', '/api/alerts']) await fetch(base + p).then((r) => r.arrayBuffer());
    // and one write: the first POST loads the extractor and the gazetteer (seconds), not load
    const warm = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(report('warmup', Date.now())),
    });
    if (warm.status !== 201) throw new Error(`the warm-up write failed: HTTP ${warm.status} ${await warm.text()}`);

    // autocannon ships no types: loaded by name so the type checker does not look for them
    const mod = 'autocannon';
    const autocannon = (await import(mod)).default as (o: object) => Promise<any>;
    const countries = ['Syria', 'Ukraine', 'Nigeria', 'Yemen', 'Mali'];
    const requests = [
      { method: 'GET', path: '/api/events?limit=50' },
      { method: 'GET', path: `/api/events?country=${countries[0]}&limit=50` },
      { method: 'GET', path: '/api/events?from=2023-01-01&to=2023-03-31&limit=100' },
      { method: 'GET', path: '/api/aggregates?by=month' },
      { method: 'GET', path: `/api/aggregates?by=admin1&country=${countries[1]}` },
      { method: 'GET', path: '/api/events?q=protest&limit=20' },
      { method: 'GET', path: '/api/events?bbox=30,10,45,40&limit=50' },
    ];
    const run = Date.now().toString(36);
    log(`load: ${readers} readers and 1 writer for ${durationS} s`);
    const until = Date.now() + durationS * 1000;
    const [reads, writes] = await Promise.all([
      autocannon({ url: base, connections: readers, duration: durationS, requests, timeout: 30 } as never) as Promise<any>,
      writer(base, run, until),
    ]);
    // stop the server before checking the file: every acknowledged write must already be durable
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
    server = undefined;
    const stored = verify(db, writes.acked);
    const result: LoadResult = {
      events,
      durationS,
      readers,
      reads: {
        requests: reads.requests.total,
        perSecond: reads.requests.average,
        p50: reads.latency.p50,
        p99: reads.latency.p99,
        max: reads.latency.max,
        errors: reads.errors,
        non2xx: reads.non2xx,
        timeouts: reads.timeouts,
      },
      writes: {
        acknowledged: writes.acked.length,
        perSecond: writes.acked.length / durationS,
        p50: Math.round(pct(writes.lat, 50)),
        p99: Math.round(pct(writes.lat, 99)),
        errors: writes.errors,
      },
      stored,
      buildSeconds,
    };
    return result;
  } finally {
    if (server) server.kill('SIGKILL');
    if (opts.keep) log(`load: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

export function formatLoad(r: LoadResult): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return [
    `load: ${n(r.events)} events, ${r.readers} readers + 1 writer, ${r.durationS} s (database built in ${r.buildSeconds.toFixed(0)} s)`,
    `  reads   ${n(r.reads.requests)} requests, ${n(r.reads.perSecond)}/s, p50 ${r.reads.p50} ms, p99 ${r.reads.p99} ms, max ${r.reads.max} ms; errors ${r.reads.errors}, non-2xx ${r.reads.non2xx}, timeouts ${r.reads.timeouts}`,
    `  writes  ${n(r.writes.acknowledged)} reports acknowledged, ${r.writes.perSecond.toFixed(1)}/s, p50 ${r.writes.p50} ms, p99 ${r.writes.p99} ms; errors ${r.writes.errors}`,
    `  stored  ${n(r.stored.storedOnce)} of ${n(r.stored.acknowledged)} acknowledged reports stored exactly once; missing ${r.stored.missing}, duplicated ${r.stored.duplicated}; quick_check ${r.stored.integrity}`,
  ].join('\n');
}

/** 0 when the run held: no read or write error, every acknowledged report stored exactly once */
export function loadHeld(r: LoadResult): boolean {
  return (
    r.reads.errors === 0 && r.reads.non2xx === 0 && r.reads.timeouts === 0 && r.writes.errors === 0 && r.writes.acknowledged > 0 &&
    r.stored.storedOnce === r.stored.acknowledged && r.stored.duplicated === 0 && r.stored.integrity === 'ok'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      events: { type: 'string' },
      readers: { type: 'string' },
      workers: { type: 'string' },
      keep: { type: 'boolean', default: false },
      from: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const r = await benchLoad({
    durationS: values.duration ? Number(values.duration) : values.quick ? 10 : 60,
    events: values.events ? Number(values.events) : values.quick ? 100_000 : 1_000_000,
    readers: values.readers ? Number(values.readers) : 200,
    workers: values.workers ? Number(values.workers) : 1,
    keep: values.keep,
    from: values.from,
  });
  console.log(values.json ? JSON.stringify(r, null, 2) : formatLoad(r));
  process.exit(loadHeld(r) ? 0 : 1);
}
