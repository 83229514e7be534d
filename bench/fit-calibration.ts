// `npm run fit-calibration [-- GOLD.jsonl ...] [--out FILE] [--dry-run]`: re-fits data/lexicons/calibration.json,
// the map from the extractor's raw confidence score to the share of its events that match a gold
// event, on the ACLED dev sets by default. Re-run after changes that move accuracy.
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/index.ts';
import { loadGeocoderIfAvailable } from '../src/cli/extractor.ts';
import { loadGold } from '../src/eval/gold.ts';
import { scoreDocument } from '../src/eval/score.ts';
import { applyCalibration, fitCalibration } from '../src/eval/calibration.ts';

const DEFAULT_SETS = ['../shared/eval/acled/dev.gold.jsonl', '../shared/eval/acled/benin.gold.jsonl'];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'data/lexicons/calibration.json' }, 'dry-run': { type: 'boolean', default: false }, 'min-block': { type: 'string', default: '40' } },
});
const sets = positionals.length ? positionals : DEFAULT_SETS;
const missing = sets.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`fit-calibration: gold file not found: ${missing.join(', ')} (the ACLED sets live in ../shared/eval)`);
  process.exit(2);
}
const minBlock = Number(values['min-block']);
if (!Number.isInteger(minBlock) || minBlock < 1) {
  console.error(`fit-calibration: --min-block takes a whole number, got "${values['min-block']}"`);
  process.exit(2);
}

const geocoder = await loadGeocoderIfAvailable();
const pairs: [number, boolean][] = [];
const calibrated: [number, boolean][] = [];
for (const file of sets) {
  const gold = loadGold(file);
  gold.forEach((g, i) => {
    const doc = { id: g.id, text: g.text, published: g.published, source: g.source };
    pairs.push(...scoreDocument(g, extract(doc, { geocoder, rawConfidence: true }).events).calibration);
    calibrated.push(...scoreDocument(g, extract(doc, { geocoder }).events).calibration);
    if (process.stderr.isTTY && i % 200 === 0) process.stderr.write(`\r${file}: ${i}/${gold.length}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}
const knots = fitCalibration(pairs, minBlock);

/** expected calibration error over ten bins: how far stated confidence is from the share correct */
function ece(scored: [number, boolean][]): number {
  const bins = Array.from({ length: 10 }, () => ({ c: 0, ok: 0, n: 0 }));
  for (const [c, ok] of scored) {
    const b = bins[Math.min(9, Math.floor(c * 10))];
    b.c += c; b.ok += ok ? 1 : 0; b.n++;
  }
  return bins.reduce((a, b) => a + (b.n ? Math.abs(b.c - b.ok) : 0), 0) / scored.length;
}
const refit = pairs.map(([raw, ok]) => [Math.round(applyCalibration(knots, raw) * 100) / 100, ok] as [number, boolean]);
console.log(`${pairs.length} predictions from ${sets.join(', ')}; ${pairs.filter((p) => p[1]).length} match a gold event`);
console.log(`expected calibration error: current map ${(ece(calibrated) * 100).toFixed(1)} points, refitted ${(ece(refit) * 100).toFixed(1)} (in sample)`);
console.log(`knots [raw, share correct]: ${JSON.stringify(knots)}`);
if (!values['dry-run']) {
  const body = {
    source: `Fitted by \`npm run fit-calibration\` (bench/fit-calibration.ts) on ${sets.map((s) => s.replace(/^.*\/eval\//, '../shared/eval/')).join(' and ')}: the raw confidence score (src/extract/finish.ts confidenceOf) against whether the event matched a gold event (type, date, location within 25 km, so the calibrated value includes the geocoder's share of errors), isotonic (pool-adjacent-violators, blocks of at least ${minBlock} predictions). Re-fit after large changes.`,
    fitted: new Date().toISOString().slice(0, 10),
    predictions: pairs.length,
    points: knots,
  };
  // (one knot a line: the file is reviewed like the other lexicons)
  const knotLines = knots.map((k) => `  ${JSON.stringify(k)}`).join(',\n');
  writeFileSync(values.out!, JSON.stringify({ ...body, points: [] }, null, 1).replace('"points": []', `"points": [\n${knotLines}\n ]`) + '\n');
  console.log(`wrote ${values.out}`);
}
