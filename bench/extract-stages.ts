// Times the DATES and CASUALTIES stages alone over a text, as words per CPU second and as a ratio
// to a plain regex tokenizer pass in the same run (the machines are shared and noisy).
// Used by bench/run.ts; run alone with `node --import tsx bench/extract-stages.ts [file]`.
import { readFileSync } from 'node:fs';
import type { Document } from '../src/core/types.ts';
import { segment } from '../src/extract/segment.ts';
import { findDates, hasDateCue } from '../src/extract/dates.ts';
import { findCasualties } from '../src/extract/casualties.ts';

/**
 * CPU seconds per call of fn (process.cpuUsage: on a shared, overloaded machine wall time swings
 * tenfold between runs, CPU time much less), repeated until the run is long enough to time.
 */
function seconds(fn: () => void, minSeconds = 0.3): number {
  let reps = 0;
  const c0 = process.cpuUsage();
  let t = 0;
  do {
    fn();
    reps++;
    const c = process.cpuUsage(c0);
    t = (c.user + c.system) / 1e6;
  } while (t < minSeconds && reps < 1000);
  return t / reps;
}

export async function benchStages(text: string): Promise<Record<string, number>> {
  const sentences = segment(text);
  const doc: Document = { id: 'bench', text, published: '2024-08-13' };
  const words = text.match(/\S+/g)?.length ?? 0;
  const tokenize = () => {
    const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
    while (re.exec(text));
  };
  for (let k = 0; k < 3; k++) {
    // warm up every stage and the tokenizer before timing
    findDates(doc, sentences);
    findCasualties(doc, sentences);
    tokenize();
  }
  const tTok = seconds(tokenize);
  const tDates = seconds(() => findDates(doc, sentences));
  const tCas = seconds(() => findCasualties(doc, sentences));
  const gated = sentences.filter((s) => hasDateCue(text.slice(s.start, s.end))).length;
  return {
    'stage bench words': words,
    'dates stage words/CPU-s': words / tDates,
    'dates time / tokenizer time (ratio)': tDates / tTok,
    'sentences passing the date pre-check (%)': sentences.length ? (100 * gated) / sentences.length : 0,
    'casualties stage words/CPU-s': words / tCas,
    'casualties time / tokenizer time (ratio)': tCas / tTok,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const text = file ? readFileSync(file, 'utf8') : readFileSync(new URL('../samples/nigeria-borno-killings.txt', import.meta.url), 'utf8').repeat(50);
  const out = await benchStages(text);
  for (const [k, v] of Object.entries(out)) console.log(`  ${k.padEnd(44)} ${Math.round(v).toLocaleString('en-US').padStart(14)}`);
}
