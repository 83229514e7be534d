// `npm run fuzz [-- --runs N] [--seconds S] [--seed N] [--only a,b] [--no-nasty] [--big] [--json]`:
// generated bad input through every reader of outside data. Six areas, each fed at least N
// generated inputs (default 10,000; --seconds keeps going until the time is spent):
//   readers  random bytes as .txt/.html/.jsonl (parseBuffer)    html     generated pages (readHtml)
//   extract  generated report-like documents (extract)           import   ACLED-shaped CSV (referenceEvents)
//   feeds    RSS/RDF/Atom/JSON feeds, cut short or spliced        api      every route (fastify inject)
// plus (unless --no-nasty) the hand-written nasty corpus at full size (1 MB inputs, run in a
// heap-capped worker that is killed, and replaced, when an input runs past 10x its budget). Every input is timed (CPU time, so that a busy
// neighbour on a shared machine does not count; wall time, shown too): the report gives, per area,
// the worst ms per 100 KB (inputs under 100 KB count as 100 KB, i.e. the issue's limit of 1 s per
// 100 KB with a 1 s floor) and the worst raw ms/100KB among inputs >= 10 KB (how it scales).
// Exit 1 when any property failed or any input went over 1 s per 100 KB.
import { parseArgs } from 'node:util';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { Document, Extraction } from '../src/core/types.ts';
import { InputError } from '../src/core/types.ts';
import { checkEvent } from '../test/reliability/event-check.ts';
import { documentTextArb, publishedArb, sentenceArb } from '../test/reliability/corpus/generate.ts';
import { acledCsvArb, apiRequestArb, feedArb, htmlPageArb, type ApiRequest } from '../test/reliability/corpus/shapes.ts';
import { nastyHtml, nastyTexts } from '../test/reliability/corpus/nasty.ts';
import { loadSlack, workerRunner } from '../test/reliability/helpers.ts';

export const AREAS = ['readers', 'html', 'extract', 'import', 'feeds', 'api'] as const;
export type Area = (typeof AREAS)[number];

export interface FuzzOptions {
  seed?: number;
  /** generated inputs per area, at least (default 10,000) */
  runs?: number;
  /** per-area overrides of `runs` (the CI-sized run spends its time where inputs are cheap) */
  runsPer?: Partial<Record<Area, number>>;
  /** keep generating until this many seconds have passed in all (split over the areas) */
  seconds?: number;
  only?: Area[];
  /** the hand-written nasty corpus at full size (default true) */
  nasty?: boolean;
  /** add a 50 MB document to the extractor's nasty inputs */
  big?: boolean;
  log?: (s: string) => void;
}

interface Timing {
  name: string;
  bytes: number;
  /** CPU time of this process (user + system) */
  ms: number;
  wallMs?: number;
}

export interface AreaReport {
  runs: number;
  megabytes: number;
  /** the slowest input, CPU ms (wall ms beside it: the machine's load shows there) */
  maxMs: number;
  maxWallMs: number;
  /** worst ms / max(bytes, 100 KB) x 100 KB: compared with the 1,000 ms limit */
  worstPer100KB: number;
  worst?: Timing;
  /** worst raw ms per 100 KB among inputs of 10 KB or more (null when none was that big) */
  scalingPer100KB: number | null;
}

export interface FuzzReport {
  seed: number;
  areas: Partial<Record<Area, AreaReport>>;
  failures: { area: Area; message: string }[];
  overBudget: (Timing & { area: Area })[];
}

const now = () => performance.now();
/** CPU ms since `start`: on a shared machine wall time measures the neighbours, CPU time the code */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};
const budgetMs = (bytes: number) => Math.max(1000, (bytes / 100_000) * 1000);
const oneLine = (err: unknown) => ((err as Error)?.message ?? String(err)).split('\n').slice(0, 4).join(' | ');

/** how one area turns a generated input into work; throws when a property does not hold */
interface Subject<T> {
  arb: fc.Arbitrary<T>;
  bytes: (input: T) => number;
  run: (input: T) => unknown;
  close?: () => Promise<void>;
}

/** big documents for the per-100-KB figure: 20 to 300 KB of generated report sentences */
const bigTextArb = fc.tuple(fc.array(sentenceArb, { minLength: 20, maxLength: 60 }), fc.integer({ min: 20_000, max: 300_000 })).map(([ss, size]) => {
  const para = ss.join(' ');
  return para.repeat(Math.ceil(size / Math.max(1, para.length))).slice(0, size);
});

async function subject(area: Area): Promise<Subject<any>> {
  const refuse = (err: unknown) => {
    if (!(err instanceof InputError)) throw err; // a clear refusal is fine, anything else is a bug
  };
  if (area === 'readers') {
    const { parseBuffer } = await import('../src/ingest/documents.ts');
    return {
      arb: fc.tuple(fc.uint8Array({ maxLength: 65_536 }), fc.constantFrom('r.txt', 'r.html', 'r.jsonl')),
      bytes: ([b]) => b.length,
      run: ([b, name]) => {
        try {
          parseBuffer(Buffer.from(b), name);
        } catch (err) {
          refuse(err);
        }
      },
    };
  }
  if (area === 'html') {
    const { readHtml } = await import('../src/ingest/html.ts');
    return {
      arb: fc.oneof({ weight: 50, arbitrary: htmlPageArb }, { weight: 1, arbitrary: bigTextArb.map((t) => `<html><body>${t.split('. ').map((s) => `<p>${s}.</p>`).join('')}</body></html>`) }),
      bytes: (h) => Buffer.byteLength(h),
      run: (h) => {
        const a = readHtml(h);
        if (typeof a.text !== 'string') throw new Error('readHtml gave no text');
      },
    };
  }
  if (area === 'extract') {
    const { extract } = await import('../src/extract/index.ts');
    const geo = await import('../src/geo/index.ts').catch(() => null);
    const geocoder = geo ? geo.loadGeocoder() : undefined;
    const go = (d: Document): Extraction => extract(d, { geocoder });
    for (const text of fc.sample(documentTextArb, { numRuns: 60, seed: 1 })) go({ id: 'warm', text }); // lazy lexicons, JIT
    return {
      arb: fc.tuple(fc.oneof({ weight: 200, arbitrary: documentTextArb }, { weight: 1, arbitrary: bigTextArb }), publishedArb),
      bytes: ([t]) => Buffer.byteLength(t),
      run: ([text, published]) => {
        const x = go({ id: 'f', text, published });
        for (const e of x.events) checkEvent(e, text);
        if (new Set(x.events.map((e) => e.event_id)).size !== x.events.length) throw new Error('duplicate event_id in one document');
      },
    };
  }
  if (area === 'import') {
    const { referenceEvents, emptyReport } = await import('../src/ingest/interop/import.ts');
    return {
      arb: acledCsvArb,
      bytes: (t) => Buffer.byteLength(t),
      run: async (text) => {
        const rep = emptyReport('acled');
        try {
          for await (const e of referenceEvents('acled', Readable.from([Buffer.from(text)]), rep)) checkEvent(e, undefined, { reference: true });
        } catch (err) {
          refuse(err);
        }
      },
    };
  }
  if (area === 'feeds') {
    const { parseFeedItems } = await import('../src/ingest/feeds.ts');
    return {
      arb: feedArb,
      bytes: (t) => Buffer.byteLength(t),
      run: (body) => {
        try {
          const f = parseFeedItems(body);
          for (const it of f.items) {
            if (typeof it.id !== 'string' || !it.id) throw new Error('a feed item without an id');
            if (it.published !== undefined && !/^-?\d{4,6}-\d{2}-\d{2}$/.test(it.published)) throw new Error(`published "${it.published}" is not a day`);
          }
        } catch (err) {
          refuse(err);
        }
      },
    };
  }
  // api: an in-memory store behind the real server, token-protected writes, no rate limit
  const { openStore } = await import('../src/store/index.ts');
  const { buildServer } = await import('../src/api/server.ts');
  const { pipelineIngest } = await import('../src/api/run.ts');
  const store = await openStore(':memory:');
  const TOKEN = 'fuzz-token-0d5e7c';
  const app = await buildServer({ store, ingest: pipelineIngest(store), apiToken: TOKEN, webRoot: false, rateLimit: false });
  await app.ready();
  await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { id: 'seed-0', text: 'Gunmen attacked a police checkpoint near Maiduguri on Monday, killing three officers, police said.', published: '2024-08-13' } });
  return {
    arb: apiRequestArb,
    bytes: (r: ApiRequest) => r.url.length + (r.payload ? Buffer.byteLength(r.payload) : 0),
    run: async (r: ApiRequest) => {
      const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
      if (r.contentType) headers['content-type'] = r.contentType;
      const res = await app.inject({ method: r.method, url: r.url, headers, payload: r.payload });
      const what = `${r.method} ${r.url.slice(0, 80)}`;
      if (res.statusCode >= 500) throw new Error(`${what}: HTTP ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (/\n\s+at .+:\d+:\d+/.test(res.body)) throw new Error(`${what}: a stack trace in the response`);
      if (res.statusCode >= 400) {
        const b = JSON.parse(res.body);
        if (typeof b.error !== 'string' || typeof b.message !== 'string') throw new Error(`${what}: error answer without {error, message}`);
      }
    },
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** the hand-written corpus at full size, each input in its own heap-capped worker */
async function nastyRuns(area: 'html' | 'extract', big: boolean, record: (t: Timing) => void, fail: (err: unknown) => void, log: (s: string) => void) {
  const corpus = area === 'html' ? [...nastyTexts(1), ...nastyHtml(1)] : nastyTexts(1);
  if (area === 'extract' && big) {
    const para = 'Gunmen attacked a village near Kano on Monday, killing three people, police said. ';
    corpus.push({ name: '50 MB of report sentences', text: para.repeat(Math.ceil(50e6 / para.length)) } as (typeof corpus)[number]);
  }
  const worker = area === 'html' ? workerRunner('src/ingest/html.ts', 'readHtml') : workerRunner<Extraction>('test/reliability/extract-worker.ts', 'run', 2048);
  for (const c of corpus) {
    const bytes = Buffer.byteLength(c.text);
    // killed only as a hang guard (10x the budget, stretched by load): the budget itself is checked on CPU ms
    const r = await worker.run(area === 'html' ? [c.text] : [{ id: c.name, text: c.text, published: '2024-08-13' }], budgetMs(bytes) * 10 * loadSlack());
    if (r.timedOut) fail(new Error(`${c.name}: still running after ${Math.round(r.ms)} ms for ${(bytes / 1000).toFixed(0)} KB (killed)`));
    else if (r.error) fail(new Error(`${c.name}: ${r.error}`));
    else if (area === 'extract') {
      try {
        for (const e of (r.value as Extraction).events) checkEvent(e, c.text);
      } catch (err) {
        fail(new Error(`${c.name}: ${oneLine(err)}`));
      }
    }
    record({ name: `nasty: ${c.name}`, bytes, ms: r.cpuMs ?? r.ms, wallMs: r.ms });
  }
  await worker.close();
  log(`  ${area}: ${corpus.length} nasty inputs at full size`);
}

export async function benchFuzz(opts: FuzzOptions = {}): Promise<FuzzReport> {
  const seed = opts.seed ?? Date.now() % 1_000_000;
  const defaultRuns = opts.runs ?? 10_000;
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const areas = AREAS.filter((a) => !opts.only || opts.only.includes(a));
  const report: FuzzReport = { seed, areas: {}, failures: [], overBudget: [] };
  const slice = opts.seconds ? (opts.seconds * 1000) / areas.length : 0;

  for (const area of areas) {
    const timings: Timing[] = [];
    const record = (t: Timing) => {
      timings.push(t);
      if (t.ms > budgetMs(t.bytes)) report.overBudget.push({ area, ...t });
    };
    const fail = (err: unknown) => {
      report.failures.push({ area, message: oneLine(err) });
      log(`  FAIL ${area}: ${oneLine(err).slice(0, 400)}`);
    };
    const t0 = now();
    if (opts.nasty !== false && (area === 'html' || area === 'extract')) await nastyRuns(area, !!opts.big, record, fail, log);
    const s = await subject(area);
    const runs = opts.runsPer?.[area] ?? defaultRuns;
    let n = 0;
    try {
      while (n < runs || now() - t0 < slice) {
        const batch = n < runs ? Math.min(250, runs - n) : 250;
        const batchSeed = seed + n;
        const r = await fc.check(
          fc.asyncProperty(s.arb, async (input) => {
            const bytes = s.bytes(input);
            let start = process.cpuUsage();
            const wall = now();
            await s.run(input);
            let ms = cpuMs(start);
            if (ms > budgetMs(bytes)) {
              // process CPU includes the GC threads: a major collection can land on a 2 KB input
              // (2 s once, 30 ms on replay). Over budget counts only if a second run is too.
              start = process.cpuUsage();
              await s.run(input);
              ms = Math.min(ms, cpuMs(start));
            }
            record({ name: `generated (seed ${batchSeed})`, bytes, ms, wallMs: now() - wall });
          }),
          { numRuns: batch, seed: batchSeed, endOnFailure: true },
        );
        n += batch;
        if (r.failed) fail(new Error(`seed ${batchSeed}: ${oneLine(r.errorInstance)}; input ${JSON.stringify(r.counterexample).slice(0, 300)}`));
      }
    } finally {
      await s.close?.();
    }
    const norm = (t: Timing) => (t.ms / Math.max(t.bytes, 100_000)) * 100_000;
    const worst = timings.reduce<Timing | undefined>((w, t) => (!w || norm(t) > norm(w) ? t : w), undefined);
    const big = timings.filter((t) => t.bytes >= 10_000);
    report.areas[area] = {
      runs: n,
      megabytes: timings.reduce((a, t) => a + t.bytes, 0) / 1e6,
      maxMs: timings.reduce((m, t) => Math.max(m, t.ms), 0),
      maxWallMs: timings.reduce((m, t) => Math.max(m, t.wallMs ?? t.ms), 0),
      worstPer100KB: worst ? norm(worst) : 0,
      worst,
      scalingPer100KB: big.length ? big.reduce((m, t) => Math.max(m, (t.ms / t.bytes) * 100_000), 0) : null,
    };
    log(`  ${area}: ${n.toLocaleString('en-US')} generated inputs in ${((now() - t0) / 1000).toFixed(1)} s`);
  }
  return report;
}

export function formatFuzzReport(r: FuzzReport): string {
  const total = Object.values(r.areas).reduce((a, x) => a + (x?.runs ?? 0), 0);
  const lines = [`fuzz: seed ${r.seed}; ${total.toLocaleString('en-US')} generated inputs; ${r.failures.length} failures; ${r.overBudget.length} inputs over 1 s per 100 KB`];
  lines.push('  area      generated      MB  max CPU ms (wall)  worst ms/100KB (limit 1000)  ms/100KB, inputs >= 10 KB  worst input');
  for (const [area, a] of Object.entries(r.areas)) {
    const worst = a.worst ? `${a.worst.name.slice(0, 40)} (${(a.worst.bytes / 1000).toFixed(1)} KB, ${Math.round(a.worst.ms)} ms)` : '';
    const scaling = a.scalingPer100KB === null ? '-' : a.scalingPer100KB.toFixed(0);
    lines.push(
      `  ${area.padEnd(8)} ${a.runs.toLocaleString('en-US').padStart(10)} ${a.megabytes.toFixed(1).padStart(7)} ${`${Math.round(a.maxMs)} (${Math.round(a.maxWallMs)})`.padStart(18)} ${a.worstPer100KB.toFixed(0).padStart(28)} ${scaling.padStart(26)}  ${worst}`,
    );
  }
  for (const f of r.failures) lines.push(`  failure in ${f.area}: ${f.message.slice(0, 300)}`);
  for (const o of r.overBudget) lines.push(`  over budget in ${o.area}: ${o.name}: ${Math.round(o.ms)} ms for ${(o.bytes / 1000).toFixed(1)} KB`);
  return lines.join('\n');
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      runs: { type: 'string' },
      seconds: { type: 'string' },
      only: { type: 'string' },
      'no-nasty': { type: 'boolean', default: false },
      big: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const only = values.only?.split(',') as Area[] | undefined;
  const unknown = only?.filter((a) => !AREAS.includes(a));
  if (unknown?.length) {
    console.error(`fuzz: unknown area ${unknown.join(', ')} (areas: ${AREAS.join(', ')})`);
    process.exit(2);
  }
  const r = await benchFuzz({
    seed: values.seed ? Number(values.seed) : undefined,
    runs: values.runs ? Number(values.runs) : undefined,
    seconds: values.seconds ? Number(values.seconds) : undefined,
    only,
    nasty: !values['no-nasty'],
    big: values.big,
  });
  console.log(values.json ? JSON.stringify(r, null, 2) : formatFuzzReport(r));
  process.exit(r.failures.length || r.overBudget.length ? 1 : 0);
}
