// ConfliBERT's CAMEO NER file is CoNLL tokens; the scorer rebuilds each sentence and its actor spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCameoNer } from '../../src/eval/sets/conflibert.ts';

const CONLL = [
  'Hundreds B-S', 'of I-S', 'farmers I-S', 'marched O', 'on O', 'the O', "governor B-T", "'s I-T", 'office I-T', 'in O',
  'Kano O', '( O', 'Nigeria O', ') O', ', O', 'police B-S', 'said O', '. O', '',
  'Gunmen B-S', 'shot O', 'dead O', 'two O', 'traders B-T', 'B-T-only-tag O', '',
].join('\n');

test('CoNLL sentences are rebuilt with natural spacing and the S/T spans point at their words', () => {
  const [a, b] = parseCameoNer(CONLL);
  assert.equal(a.text, "Hundreds of farmers marched on the governor's office in Kano (Nigeria), police said.");
  assert.deepEqual(a.source.map(([s, e]) => a.text.slice(s, e)), ['Hundreds of farmers', 'police']);
  assert.deepEqual(a.target.map(([s, e]) => a.text.slice(s, e)), ["governor's office"]);
  assert.deepEqual(b.source.map(([s, e]) => b.text.slice(s, e)), ['Gunmen']);
  assert.deepEqual(b.target.map(([s, e]) => b.text.slice(s, e)), ['traders']);
});

test('an I- tag of another role, or a tag without a B-, does not extend the open span', () => {
  const [s] = parseCameoNer(['Troops B-S', 'and I-T', 'rebels B-T', 'clashed O'].join('\n'));
  assert.deepEqual(s.source.map(([x, y]) => s.text.slice(x, y)), ['Troops']);
  assert.deepEqual(s.target.map(([x, y]) => s.text.slice(x, y)), ['rebels']);
});
