import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinKey, wordKeys } from '../../src/geo/name-keys.ts';
import { keyOfTokens, ARTICLES } from '../../src/geo/normalize.ts';
import { loadGazetteer } from '../../src/geo/gazetteer.ts';

const gaz = loadGazetteer();

/** the matcher's key of several words, built a word at a time as findSpans does */
function builtKey(words: string[]): string {
  let key = '';
  let kept = 0;
  for (const low of words) {
    if (ARTICLES.has(low)) continue;
    const w = wordKeys(gaz, low);
    key = joinKey(key, kept++ === 0 ? w.first : w.later);
  }
  return key;
}

test('a name key built a word at a time equals the key of the whole name', () => {
  assert.equal(builtKey(['deir', 'ezzor']), keyOfTokens(['deir', 'ezzor']));
  assert.equal(builtKey(['al', 'hassakah']), keyOfTokens(['al', 'hassakah']));
  assert.equal(builtKey(['bab', 'bazaar']), keyOfTokens(['bab', 'bazaar']));
  const words = ['al', 'el', 'ash', 'an', 'ezzor', 'assad', 'deir', 'zor', 'rr', 'r', 'oo', 'o', 'aab', 'baa', 'ss', 'sahel', '', '1', '11', 'ttal'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }), (ws) => {
    assert.equal(builtKey(ws), keyOfTokens(ws));
  }), { numRuns: 3000 });
});

test('a word\'s own key is the key of the word alone', () => {
  for (const w of ['Ezzor', 'assad', 'al', 'Deir', 'Mosul']) assert.equal(wordKeys(gaz, w.toLowerCase()).key, keyOfTokens([w.toLowerCase()]));
});
