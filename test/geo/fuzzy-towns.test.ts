// A town written in another transliteration, in the slot before the province that holds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';
import { commaOrBracketTail } from '../../src/geo/fuzzy-towns.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);

test('an unknown spelling before its province reaches the province\'s town of the same consonants', () => {
  // GeoNames writes the town Caltzontzin
  const c = find('Police fired on a bus at a checkpoint in Caltzontzon, Michoacan, on Tuesday.').find((m) => m.text === 'Caltzontzon');
  assert.equal(c?.name, 'Caltzontzin', JSON.stringify(c));
  assert.equal(c?.admin1, 'Michoacan');
});

test('the same spelling with no province after it, or before another province, is no town', () => {
  assert.ok(!find('Police fired on a bus in Caltzontzon on Tuesday.').some((m) => m.text === 'Caltzontzon'));
  assert.ok(!find('Police fired on a bus in Caltzontzon, Sonora, on Tuesday.').some((m) => m.name === 'Caltzontzin'));
});

test('fuzzy towns: the comma-or-bracket tail read backwards equals the end-anchored regex', () => {
  const re = /\s*(?:,|\()\s*$/;
  const parts = ['', ' ', '  ', '\u00a0', '\n', ',', '(', 'a', 'Ab', ')', '\t'];
  for (const x of parts) for (const y of parts) for (const z of parts) for (const w of parts) {
    const s = x + y + z + w;
    assert.equal(commaOrBracketTail(s), s.search(re), JSON.stringify(s));
  }
});
