import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findAttributions, findOutlets } from '../../src/extract/attribution.ts';

const attr = (t: string) => {
  const s = segment(t)[0];
  return findAttributions(s, findOutlets(s)).map((a) => ({ claim_by: a.claim_by ?? null, via: a.via ?? null }));
};

test('attribution: "According to Reuters, citing US officials"', () => {
  assert.deepEqual(attr('According to Reuters, citing US officials, the rockets missed.'), [{ claim_by: 'US officials', via: 'Reuters' }]);
});

test('attribution: "X said" and outlets as carriers', () => {
  assert.deepEqual(attr('Two people died, a hospital source said.'), [{ claim_by: 'a hospital source', via: null }]);
  assert.deepEqual(attr('Al Jazeera reported heavy shelling.'), [{ claim_by: null, via: 'Al Jazeera' }]);
  assert.deepEqual(attr('He said nothing.'), []);
});

test('attribution: a long title is the speaker; adverbs before the verb are not', () => {
  assert.deepEqual(attr('Army spokesperson Brigadier General Amina Yusuf later told reporters the road was closed.'), [
    { claim_by: 'Army spokesperson Brigadier General Amina Yusuf', via: null },
  ]);
  assert.deepEqual(attr('The governor also said two schools were hit.'), [{ claim_by: 'The governor', via: null }]);
});
