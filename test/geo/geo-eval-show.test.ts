// geo-eval's miss listing: misses are grouped by name, answer and gold point, most frequent first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/geo/eval/score.ts';
import type { Corpus } from '../../src/geo/eval/corpora.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

test('misses over 161 km are grouped and counted; hits are not listed', () => {
  const text = 'Farmers in Kenya and Kenya again said rain failed near Nairobi.';
  const at = (name: string, from = 0) => { const s = text.indexOf(name, from); return { start: s, end: s + name.length, name }; };
  const k1 = at('Kenya'), k2 = at('Kenya', k1.end), nb = at('Nairobi');
  // Kenya given a gold point far from any reading (a deliberately wrong gold), Nairobi its own point
  const corpus: Corpus = { name: 'Invented', docs: [{ id: 'd1', text, tops: [{ ...k1, lat: -30, lon: 10 }, { ...k2, lat: -30, lon: 10 }, { ...nb, lat: -1.29, lon: 36.82 }], spans: [k1, k2, nb] }] };
  const r = evaluate(corpus, loadGeocoder(), Infinity, 10);
  assert.equal(r.resolution.n, 3);
  assert.equal(r.misses?.length, 1);
  assert.equal(r.misses?.[0].name, 'Kenya');
  assert.equal(r.misses?.[0].count, 2);
  assert.match(r.misses?.[0].got ?? '', /^Kenya \(country, KE\)/);
  assert.equal(evaluate(corpus, loadGeocoder()).misses, undefined);
});
