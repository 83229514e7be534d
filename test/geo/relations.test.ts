import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { relationBefore, RELATION_PATTERNS } from '../../src/geo/relations.ts';

// the patterns alone, in their order (relationBefore reads the last word first to skip them)
function reference(before: string) {
  const tail = before.slice(-80);
  if (RELATION_PATTERNS.between.test(tail)) return 'between';
  if (RELATION_PATTERNS.direction.test(tail)) return 'direction';
  if (RELATION_PATTERNS.near.test(tail)) return 'near';
  return undefined;
}

test('relation cues before a name', () => {
  assert.equal(relationBefore('The convoy was hit near '), 'near');
  assert.equal(relationBefore('shelling on the outskirts of the town of '), 'near');
  assert.equal(relationBefore('a checkpoint 12 km north-west of '), 'direction');
  assert.equal(relationBefore('fighting between the villages of '), 'between');
  assert.equal(relationBefore('troops entered '), undefined);
  assert.equal(relationBefore('a market in '), undefined);
});

test('the quick test by the last word gives what the patterns give', () => {
  const pieces = ['near', 'Near', 'NEARBY', ' ', '  ', '\n', '\u00a0', 'of', 'Of', 'the', 'THE', 'west', 'north-east', 'km', 'miles', '5', '10.5', '(', ')', 'between', 'town', 'towns', 'city', 'cities', 'outskirts', 'x', 'ofx', '_', 'from', ',', '.', 'outside', 'desert', 'areas', 'rural', 'close', 'to', 'in', 'and', 'é'];
  // random words around the endings of cue phrases, so that every pattern matches often
  const cues = ['near ', 'Near the ', 'outskirts of the town of ', '12 km west of ', '5 miles (8 km) north of ', 'west of ', 'between ', 'between the villages of ', 'south-west outskirts of ', 'outside of ', 'desert near ', 'close to ', 'from ', 'the ', 'of ', 'in ', ''];
  const ends = [' ', '\n', '\u00a0', 'x', 'the ', 'of ', 'city of ', '_ ', 'é '];
  const text = fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...cues), fc.array(fc.constantFrom(...ends), { maxLength: 2 }))
    .map(([a, c, e]) => a.join('') + c + e.join(''));
  const seen = new Set<string | undefined>();
  fc.assert(fc.property(text, (s) => {
    const r = relationBefore(s);
    seen.add(r);
    assert.equal(r, reference(s));
  }), { numRuns: 20000 });
  assert.equal(seen.size, 4);
});
