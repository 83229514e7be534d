// Measures the DATES and CASUALTIES stages alone on a sample of ACLED dev notes (read from
// ../shared/eval, never copied): share of rows whose first date mention lies in the gold
// date_range (±1 day) and whose fatality total equals the gold fatalities.
// Usage: node --import tsx bench/measure-stages.ts [N=400] [--show-misses dates|fatalities] [--gold FILE]
import { readFileSync, existsSync } from 'node:fs';
import type { Document } from '../src/core/types.ts';
import { segment } from '../src/extract/segment.ts';
import { findDates } from '../src/extract/dates.ts';
import { findCasualties, casualtyTotal } from '../src/extract/casualties.ts';

const goldArg = process.argv.indexOf('--gold');
const gold = goldArg > 0 ? new URL(process.argv[goldArg + 1], `file://${process.cwd()}/`) : new URL('../../shared/eval/acled/dev.gold.jsonl', import.meta.url);
if (!existsSync(gold)) {
  console.error('no ../shared/eval: nothing to measure');
  process.exit(0);
}
const n = Number(process.argv[2] ?? 400);
const show = process.argv.includes('--show-misses') ? process.argv[process.argv.indexOf('--show-misses') + 1] : '';
const rows = readFileSync(gold, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// an even spread over the file, not its first rows
const step = Math.max(1, Math.floor(rows.length / n));
const sample = rows.filter((_, i) => i % step === 0).slice(0, n);

const day = (s: string) => Date.parse(s + 'T00:00:00Z') / 86400000;
let dateOk = 0, fatOk = 0, fatRows = 0;
for (const r of sample) {
  const doc: Document = { id: r.id, text: r.text, published: r.published };
  const sentences = segment(doc.text);
  const g = r.events[0];
  const { mentions } = findDates(doc, sentences);
  const top = mentions[0];
  const inRange = top && day(top.date) >= day(g.date_range[0]) - 1 && day(top.date) <= day(g.date_range[1]) + 1;
  if (inRange) dateOk++;
  else if (show === 'dates') console.log('DATE', r.id, g.date_range.join('..'), top?.date ?? '-', '|', r.text.slice(0, 140));
  const cas = findCasualties(doc, sentences);
  const total = casualtyTotal(cas, 'killed') ?? 0;
  if (typeof g.fatalities === 'number') {
    fatRows++;
    if (total === g.fatalities) fatOk++;
    else if (show === 'fatalities') console.log('FAT', r.id, 'gold', g.fatalities, 'got', total, cas.map((m) => `${m.type}:${m.count}:${m.text}`).join(' | '), '||', r.text.slice(0, 300));
  }
}
console.log(`rows ${sample.length}: date in range ${(100 * dateOk / sample.length).toFixed(1)}%, fatalities exact ${(100 * fatOk / fatRows).toFixed(1)}%`);
