// `npm run bench [-- --only extract,geo,store,api] [--quick]`: the figures the issues ask for,
// measured as ratios within one run (these machines are shared and noisy).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Document } from '../src/core/types.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } } });
const only = values.only ? new Set(values.only.split(',')) : null;
const want = (name: string) => !only || only.has(name);
const quick = values.quick;

function sampleTexts(): string[] {
  const dir = new URL('../samples/', import.meta.url).pathname;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

const words = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** the baseline every figure is compared to: one regex tokenizer pass */
function tokenizerPass(texts: string[]): number {
  let n = 0;
  for (const t of texts) {
    const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
    while (re.exec(t)) n++;
  }
  return n;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [r, Number(process.hrtime.bigint() - t0) / 1e9];
}

function row(name: string, value: number | string, unit = '') {
  const v = typeof value === 'number' ? (Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2)) : value;
  console.log(`  ${name.padEnd(44)} ${String(v).padStart(14)} ${unit}`);
}

async function benchExtract() {
  console.log('\nextraction (one core, bundled samples replicated to ≥ 1 MB)');
  const base = sampleTexts();
  if (!base.length) return console.log('  no samples/ folder: skipped');
  const docs: Document[] = [];
  let bytes = 0;
  for (let i = 0; bytes < (quick ? 256_000 : 1_100_000); i++) {
    const text = base[i % base.length];
    docs.push({ id: `bench-${i}`, text, published: '2024-08-13', source: 'bench' });
    bytes += Buffer.byteLength(text);
  }
  const texts = docs.map((d) => d.text);
  const nWords = texts.reduce((a, t) => a + words(t), 0);
  const { extract } = await import('../src/extract/index.ts');
  const { loadGeocoder } = await import('../src/geo/index.ts').catch(() => ({ loadGeocoder: undefined as any }));
  const geocoder = loadGeocoder ? loadGeocoder() : undefined;
  for (const d of docs.slice(0, 20)) extract(d, { geocoder }); // warm up the JIT and lexicons
  const [, tTok] = time(() => tokenizerPass(texts));
  const [nEvents, tExt] = time(() => docs.reduce((a, d) => a + extract(d, { geocoder }).events.length, 0));
  row('documents', docs.length);
  row('MB of text', bytes / 1e6);
  row('events extracted', nEvents);
  row('extraction reports/s', docs.length / tExt);
  row('extraction words/s', nWords / tExt);
  row('plain tokenizer words/s', nWords / tTok);
  row('extraction time / tokenizer time (ratio)', tExt / tTok, '×');
  const avgWords = nWords / docs.length;
  row('average words per report', avgWords);
  row('reports/s scaled to 600-word reports', (docs.length / tExt) * (avgWords / 600));
  // memory stays flat over many reports: run the corpus again and compare the heap
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const rounds = quick ? 2 : 10;
  for (let r = 0; r < rounds; r++) for (const d of docs) extract(d, { geocoder });
  global.gc?.();
  const after = process.memoryUsage().heapUsed;
  row(`heap growth over ${(rounds * docs.length).toLocaleString('en-US')} more reports`, (after - before) / 1e6, 'MB');
  try {
    const { benchStages } = await import('./extract-stages.ts');
    const stages = await benchStages(texts.slice(0, 200).join('\n\n'));
    for (const [k, v] of Object.entries(stages)) row(k, v);
  } catch {
    /* stage bench not present */
  }
}

async function section(name: string, file: string, fn: string, title: string) {
  if (!want(name)) return;
  console.log(`\n${title}`);
  const path = new URL(file, import.meta.url).pathname;
  if (!existsSync(path)) return console.log(`  ${file} not present: skipped`);
  try {
    const mod = await import(path);
    const out: Record<string, number | string> = await mod[fn]({ quick });
    for (const [k, v] of Object.entries(out)) row(k, v);
  } catch (err) {
    console.log(`  failed: ${(err as Error).message}`);
  }
}

console.log(`sitrep bench — node ${process.version}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}`);
if (want('extract')) await benchExtract();
await section('geo', './geo.ts', 'benchGeo', 'geocoder (index load, lookups, memory)');
await section('store', './store.ts', 'benchStore', 'store (bulk import and dashboard aggregates)');
await section('api', './api.ts', 'benchApi', 'API (filtered page under concurrency)');
