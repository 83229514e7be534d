// The CI-sized `npm run fuzz`: bench/fuzz.ts with a fixed seed and a few thousand generated inputs
// spread over all six areas (random bytes, HTML pages, report texts, ACLED CSV, feeds, API
// requests). No property may fail and no input may take more than 1 s of CPU per 100 KB. With the
// other property tests of test/reliability (2,500 extractor documents, 2,600 reader buffers, 1,500
// API queries, ...) the suite runs over 10,000 generated inputs; `npm run fuzz` runs 10,000 per area.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AREAS, benchFuzz, formatFuzzReport } from '../../bench/fuzz.ts';

const runsPer = { readers: 1000, html: 300, extract: 300, import: 500, feeds: 1000, api: 300 };

test('fuzz, CI-sized: 3,400 generated inputs through readers, HTML, extractor, importers, feeds and API routes', { timeout: 600_000 }, async (t) => {
  const lines: string[] = [];
  const r = await benchFuzz({ seed: 20261125, runsPer, nasty: false, log: (s) => lines.push(s) });
  for (const line of formatFuzzReport(r).split('\n')) t.diagnostic(line);
  assert.deepEqual(r.failures, [], formatFuzzReport(r));
  assert.deepEqual(r.overBudget, [], formatFuzzReport(r));
  for (const area of AREAS) {
    assert.equal(r.areas[area]?.runs, runsPer[area], `${area} did not run its inputs`);
    // the generators must make real work: an area that only ever sees empty input proves little
    assert.ok((r.areas[area]?.megabytes ?? 0) > 0, `${area}: no bytes generated`);
  }
});
