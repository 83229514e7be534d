// `npm run fuzz [-- --seed N] [--seconds S] [--only readers,extract,import] [--big]`: the bad-input
// properties of test/reliability, run for a time budget instead of a fixed count, with the
// full-size nasty corpus (1 MB inputs; --big adds a 50 MB document). Every failure prints the seed
// and the input's size so it can be replayed; the slowest inputs per 100 KB are listed at the end.
// Exit 1 when any property failed or any input went over 1 s per 100 KB in the extractor.
import { parseArgs } from 'node:util';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { Document, Extraction } from '../src/core/types.ts';
import { InputError } from '../src/core/types.ts';
import { checkEvent } from '../test/reliability/event-check.ts';
import { documentTextArb, publishedArb } from '../test/reliability/corpus/generate.ts';
import { nastyHtml, nastyTexts } from '../test/reliability/corpus/nasty.ts';
import { inWorker } from '../test/reliability/helpers.ts';

export interface FuzzOptions {
  seed?: number;
  seconds?: number;
  only?: string[];
  big?: boolean;
  log?: (s: string) => void;
}

export interface FuzzReport {
  seed: number;
  runs: Record<string, number>;
  failures: { area: string; message: string }[];
  overBudget: { area: string; name: string; bytes: number; ms: number }[];
  slowest: { area: string; name: string; bytes: number; ms: number; msPer100KB: number }[];
}

const now = () => performance.now();

export async function benchFuzz(opts: FuzzOptions = {}): Promise<FuzzReport> {
  const seed = opts.seed ?? Date.now() % 1_000_000;
  const seconds = opts.seconds ?? 120;
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const want = (a: string) => !opts.only || opts.only.includes(a);
  const report: FuzzReport = { seed, runs: {}, failures: [], overBudget: [], slowest: [] };
  const timings: FuzzReport['slowest'] = [];
  const areas = ['readers', 'extract', 'import'].filter(want);
  const slice = (seconds * 1000) / Math.max(1, areas.length);
  const record = (area: string, name: string, bytes: number, ms: number) => {
    timings.push({ area, name, bytes, ms, msPer100KB: (ms / Math.max(bytes, 1)) * 100_000 });
    if (area === 'extract' && ms > Math.max(1000, (bytes / 100_000) * 1000)) report.overBudget.push({ area, name, bytes, ms });
  };
  const fail = (area: string, err: unknown) => {
    const message = (err as Error)?.message?.split('\n').slice(0, 6).join(' | ') ?? String(err);
    report.failures.push({ area, message });
    log(`  FAIL ${area}: ${message.slice(0, 400)}`);
  };

  if (want('readers')) {
    const { parseBuffer } = await import('../src/ingest/documents.ts');
    let n = 0;
    for (const c of [...nastyTexts(1), ...nastyHtml(1)]) {
      const bytes = Buffer.byteLength(c.text);
      const r = await inWorker('src/ingest/html.ts', 'readHtml', [c.text], Math.max(3000, (bytes / 100_000) * 3000));
      if (r.timedOut) fail('readers', new Error(`readHtml ${c.name}: still running after ${Math.round(r.ms)} ms (killed)`));
      else if (r.error) fail('readers', new Error(`readHtml ${c.name}: ${r.error}`));
      record('readers', `readHtml ${c.name}`, bytes, r.ms);
      try {
        parseBuffer(Buffer.from(c.text), 'n.txt');
      } catch (err) {
        if (!(err instanceof InputError)) fail('readers', err);
      }
    }
    const end = now() + slice;
    while (now() < end) {
      const r = fc.check(
        fc.property(fc.uint8Array({ maxLength: 65_536 }), fc.constantFrom('r.txt', 'r.html', 'r.jsonl'), (bytes, name) => {
          try {
            parseBuffer(Buffer.from(bytes), name);
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
          }
        }),
        { numRuns: 200, seed: seed + n },
      );
      n += 200;
      if (r.failed) fail('readers', new Error(`seed ${seed + n - 200}: ${String(r.errorInstance)} counterexample ${JSON.stringify(r.counterexample).slice(0, 200)}`));
    }
    report.runs.readers = n;
    log(`readers: ${n.toLocaleString('en-US')} random buffers and the full nasty corpus`);
  }

  if (want('extract')) {
    const { extract } = await import('../src/extract/index.ts');
    const geo = await import('../src/geo/index.ts').catch(() => null);
    const geocoder = geo ? geo.loadGeocoder() : undefined;
    const run = (d: Document): Extraction => extract(d, { geocoder });
    for (const text of fc.sample(documentTextArb, { numRuns: 60, seed: 1 })) run({ id: 'warm', text });
    const corpus = nastyTexts(1);
    const startGen = () => now() + slice;
    if (opts.big) {
      // a 50 MB document of report sentences: built at run time, never stored
      const para = 'Gunmen attacked a village near Kano on Monday, killing three people, police said. ';
      corpus.push({ name: '50 MB of report sentences', text: para.repeat(Math.ceil(50e6 / para.length)) });
    }
    // each nasty input in its own worker (heap-capped, killed at 3x the budget): a super-linear
    // path or a memory blow-up is reported, not suffered
    for (const c of corpus) {
      const bytes = Buffer.byteLength(c.text);
      const budget = Math.max(1000, (bytes / 100_000) * 1000);
      const doc = { id: c.name, text: c.text, published: '2024-08-13' };
      const r = await inWorker<Extraction>('test/reliability/extract-worker.ts', 'run', [doc], budget * 3, 2048);
      if (r.timedOut) fail('extract', new Error(`${c.name}: still running after ${Math.round(r.ms)} ms for ${(bytes / 1000).toFixed(0)} KB (killed)`));
      else if (r.error) fail('extract', new Error(`${c.name}: ${r.error}`));
      else {
        try {
          for (const e of r.value!.events) checkEvent(e, c.text);
        } catch (err) {
          fail('extract', new Error(`${c.name}: ${(err as Error).message}`));
        }
      }
      record('extract', c.name, bytes, r.ms);
      log(`  extract ${c.name}: ${r.timedOut ? '>' : ''}${Math.round(r.ms)} ms for ${(bytes / 1000).toFixed(0)} KB`);
    }
    const end = startGen();
    let n = 0;
    while (now() < end) {
      const s = seed + n;
      const r = fc.check(
        fc.property(documentTextArb, publishedArb, (text, published) => {
          const doc = { id: 'f', text, published };
          const t0 = now();
          const x = run(doc);
          record('extract', `generated (seed ${s})`, Buffer.byteLength(text), now() - t0);
          for (const e of x.events) checkEvent(e, text);
        }),
        { numRuns: 250, seed: s },
      );
      n += 250;
      if (r.failed) fail('extract', new Error(`seed ${s}: ${String(r.errorInstance)} counterexample ${JSON.stringify(r.counterexample).slice(0, 300)}`));
    }
    report.runs.extract = n;
    log(`extract: ${n.toLocaleString('en-US')} generated documents and ${corpus.length} nasty inputs`);
  }

  if (want('import')) {
    const { referenceEvents, emptyReport } = await import('../src/ingest/interop/import.ts');
    const end = now() + slice;
    let n = 0;
    const header = 'event_id_cnty,event_date,event_type,sub_event_type,country,fatalities,latitude,longitude,notes';
    const cell = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('1e400', '-1', 'NA', '"', '""', '0000-01-01', '31 December 9999', 'Battles', 'Armed clash', ',,,', '\u0000'));
    while (now() < end) {
      const s = seed + n;
      const r = await fc.check(
        fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 50 }), async (rows) => {
          const text = [header, ...rows.map((r) => r.join(','))].join('\n');
          const rep = emptyReport('acled');
          try {
            for await (const e of referenceEvents('acled', Readable.from([Buffer.from(text)]), rep)) checkEvent(e, undefined, { reference: true });
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
          }
        }),
        { numRuns: 100, seed: s },
      );
      n += 100;
      if (r.failed) fail('import', new Error(`seed ${s}: ${String(r.errorInstance)}`));
    }
    report.runs.import = n;
    log(`import: ${n.toLocaleString('en-US')} random ACLED files`);
  }

  report.slowest = timings.filter((t) => t.bytes >= 10_000).sort((a, b) => b.msPer100KB - a.msPer100KB).slice(0, 10);
  return report;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      seconds: { type: 'string' },
      only: { type: 'string' },
      big: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const r = await benchFuzz({
    seed: values.seed ? Number(values.seed) : undefined,
    seconds: values.seconds ? Number(values.seconds) : undefined,
    only: values.only?.split(','),
    big: values.big,
  });
  if (values.json) console.log(JSON.stringify(r, null, 2));
  else {
    console.log(`fuzz: seed ${r.seed}; runs ${JSON.stringify(r.runs)}; ${r.failures.length} failures; ${r.overBudget.length} extractor inputs over 1 s per 100 KB`);
    for (const f of r.failures) console.log(`  failure in ${f.area}: ${f.message.slice(0, 300)}`);
    for (const o of r.overBudget) console.log(`  over budget: ${o.name}: ${Math.round(o.ms)} ms for ${(o.bytes / 1000).toFixed(0)} KB`);
    console.log('  slowest per 100 KB:');
    for (const s of r.slowest) console.log(`    ${s.area.padEnd(8)} ${s.name.slice(0, 40).padEnd(40)} ${(s.bytes / 1000).toFixed(0).padStart(7)} KB ${Math.round(s.ms).toString().padStart(7)} ms ${Math.round(s.msPer100KB).toString().padStart(7)} ms/100KB`);
  }
  process.exit(r.failures.length || r.overBudget.length ? 1 : 0);
}
