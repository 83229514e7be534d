// `npm run bench [-- --only extract,geo,store,api] [--quick] [--memory N]`: the figures the issues ask for,
// measured as ratios within one run (these machines are shared and noisy).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean', default: false }, memory: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',')) : null;
const want = (name: string) => !only || only.has(name);
const quick = values.quick;

function row(name: string, value: number | string, unit = '') {
  const v = typeof value === 'number' ? (Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2)) : value;
  console.log(`  ${name.padEnd(44)} ${String(v).padStart(14)} ${unit}`);
}

async function benchExtraction() {
  console.log('\nextraction (one core; ~600-word reports; CPU time; ratios to a tokenizer pass in the same run)');
  const { benchExtract } = await import('./extract.ts');
  await benchExtract({ quick, memory: values.memory ? Number(values.memory) : undefined, log: row });
  console.log('  the same on real news articles (../shared/eval/hrdsattack, when present):');
  const { benchRealNews } = await import('./extract.ts');
  await benchRealNews({ quick, log: (name, value, unit) => row(`    ${name}`, value, unit) });
  try {
    const { benchStages } = await import('./extract-stages.ts');
    const { benchDocuments } = await import('./extract.ts');
    console.log('  dates and casualties stages alone, on every sentence of the reports:');
    const stages = await benchStages(benchDocuments().map((d) => d.text).join('\n\n'));
    for (const [k, v] of Object.entries(stages)) row(`    ${k}`, v);
  } catch (err) {
    console.log(`  stage bench failed: ${(err as Error).message}`);
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
if (want('extract')) await benchExtraction();
await section('geo', './geo.ts', 'benchGeo', 'geocoder (index load, lookups, memory)');
await section('store', './store.ts', 'benchStore', 'store (bulk import and dashboard aggregates)');
await section('api', './api.ts', 'benchApi', 'API (filtered page under concurrency)');
