// Bad input for the extractor (src/extract), part 1: thousands of generated report-like documents
// (corpus/generate.ts). Every document gets sound events (event-check.ts) or none, never an exception, and
// no input takes more than 1 s per 100 KB (measured per input; slow ones run in a worker so a
// super-linear path fails the test instead of hanging the suite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Document, Extraction } from '../../src/core/types.ts';
import { checkEvent } from './event-check.ts';
import { documentTextArb, publishedArb } from './corpus/generate.ts';
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

const RUNS = Number(process.env.SITREP_FUZZ_RUNS ?? 2500);

test(`${RUNS} generated report-like documents: sound events, no exception, bounded time each`, { skip }, () => {
  // warm the lexicons and the JIT first (first calls compile lazily): the budget is for steady state
  for (const text of fc.sample(documentTextArb, { numRuns: 60, seed: 1 })) extract({ id: 'warm', text, published: '2024-08-13' });
  let events = 0;
  let slowest = { ms: 0, bytes: 0 };
  fc.assert(
    fc.property(documentTextArb, publishedArb, fc.nat(), (text, published, n) => {
      const doc: Document = { id: `gen-${n}`, text, published, source: 'fuzz' };
      const { value, ms } = timed(() => extract(doc));
      checkExtraction(doc, value);
      events += value.events.length;
      if (ms > slowest.ms) slowest = { ms, bytes: Buffer.byteLength(text) };
      assert.ok(ms < budgetMs(Buffer.byteLength(text), 500), `${ms} ms for ${Buffer.byteLength(text)} bytes`);
    }),
    { numRuns: RUNS, seed: 42 },
  );
  // the generator must reach the deep paths: a run that yields no events proves little
  assert.ok(events > RUNS / 5, `only ${events} events from ${RUNS} documents`);
});

test('the same document twice gives the same events (stable ids, no hidden state)', { skip }, () => {
  fc.assert(
    fc.property(documentTextArb, (text) => {
      const doc: Document = { id: 'same', text, published: '2024-08-13' };
      const a = extract(doc).events.map((e) => e.event_id);
      const b = extract(doc).events.map((e) => e.event_id);
      assert.deepEqual(a, b);
    }),
    { numRuns: 100, seed: 43 },
  );
});

test('absurd counts never become absurd fatalities', { skip }, () => {
  for (const text of [
    'A strike on Kharkiv on Monday killed 10^30 people.',
    'Shelling in Donetsk on Monday left 1e400 dead.',
    'Gunmen attacked Kano on Monday, killing 99999999999999999999999 people.',
    'Rockets hit Erbil on Monday, killing 1,000,000,000,000,000,000 civilians.',
    'Clashes in Goma on Monday killed -5 people.',
  ]) {
    const doc = { id: 'n', text, published: '2024-08-13' };
    const x = extract(doc);
    checkExtraction(doc, x);
    // no conflict report names more dead than a large war: a figure above 1e7 is a parse error
    for (const e of x.events) assert.ok(e.fatalities <= 10_000_000, `${text} → fatalities ${e.fatalities}`);
  }
});

