// Bad input for the extractor (src/extract), part 2: the nasty corpus (corpus/nasty.ts). Every document gets sound events (event-check.ts) or none, never an exception, and
// no input takes more than 1 s per 100 KB (measured per input; slow ones run in a worker so a
// super-linear path fails the test instead of hanging the suite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Extraction } from '../../src/core/types.ts';
import { checkEvent } from './event-check.ts';
import { nastyTexts } from './corpus/nasty.ts';
import { budgetMs, inWorker, optionalImport, timed } from './helpers.ts';

const mod = await optionalImport<{ extract: (d: Document, o?: object) => Extraction }>('src/extract/index.ts');
const geo = await optionalImport<{ loadGeocoder: () => unknown }>('src/geo/index.ts');
const skip = mod ? false : 'src/extract/index.ts is not there yet';
const geocoder = geo ? geo.loadGeocoder() : undefined;
const extract = (d: Document) => mod!.extract(d, { geocoder });

function checkExtraction(doc: Document, x: Extraction) {
  assert.equal(x.id, doc.id);
  assert.ok(Array.isArray(x.events) && Array.isArray(x.mentions) && Array.isArray(x.warnings));
  for (const e of x.events) checkEvent(e, doc.text);
  // same article + same event ⇒ same id: ids are unique within one document
  assert.equal(new Set(x.events.map((e) => e.event_id)).size, x.events.length, 'duplicate event_id in one document');
}

// Inputs that broke the budget when this suite was written; todo entries go here while open.
// Soft spots found by this suite and fixed by their owners (kept as regression guards, see
// docs/RELIABILITY.md): trailing dot runs were quadratic in segment() (100 KB = out of memory);
// a sentence with no full stop was super-linear in coref merge (86 KB = 21 s); one 100 KB sentence
// of trigger words took 3 s; quotes/brackets 1.5 s per 100 KB. Inputs listed here still run in a
// capped worker, so a regression fails fast instead of hanging the suite.
const KNOWN: Record<string, string> = {};
const ISOLATE = new Set(['many dots', 'no sentence ends', '1 MB single line of words', 'quotes and brackets']);

for (const c of nastyTexts(Number(process.env.SITREP_NASTY_SCALE ?? 0.05))) {
  test(`nasty input "${c.name}": sound result within 1 s per 100 KB`, { skip, todo: KNOWN[c.name] || undefined }, async () => {
    const doc: Document = { id: c.name, text: c.text, published: '2024-08-13' };
    const bytes = Buffer.byteLength(c.text);
    if (!KNOWN[c.name] && !ISOLATE.has(c.name)) {
      const { value, cpuMs } = timed(() => extract(doc));
      checkExtraction(doc, value);
      // CPU time (a loaded shared machine stretches the wall clock); an over-budget run gets one retry
      const cpuBudget = Math.max(1000, (bytes / 100_000) * 1000); // CPU is not stretched by load
      const best = cpuMs < cpuBudget ? cpuMs : Math.min(cpuMs, timed(() => extract(doc)).cpuMs);
      assert.ok(best < cpuBudget, `${best} ms CPU for ${bytes} bytes`);
      return;
    }
    // known-slow or once-broken: in a worker with a memory cap
    // the kill is a hang guard only (10x the budget, stretched by load); the budget is checked on CPU ms below
    const r = await inWorker<Extraction>('test/reliability/extract-worker.ts', 'run', [doc], budgetMs(bytes, 1000) * 10);
    assert.ok(!r.timedOut, `still running after ${r.ms} ms for ${bytes} bytes`);
    assert.equal(r.error, undefined, r.error);
    checkExtraction(doc, r.value!);
    // the budget is on CPU time: a wall-clock figure on a loaded shared machine measures the neighbours
    const cost = r.cpuMs ?? r.ms;
    assert.ok(cost < Math.max(1000, (bytes / 100_000) * 1000), `${cost} ms CPU (${r.ms} ms wall) for ${bytes} bytes`);
  });
}
