// The document's dominant country: towns and provinces outweigh a country named as a party.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantCountry } from '../../src/extract/places.ts';
import type { PlaceMention } from '../../src/core/types.ts';

const pm = (name: string, country: string, feature: PlaceMention['feature'], score = 0.9): PlaceMention => ({
  kind: 'place', sentence: 0, start: 0, end: 1, text: name, name, latitude: 0, longitude: 0, country, feature, geo_precision: feature === 'city' ? 1 : 3, score,
});

test('a town outweighs a country named as the other party', () => {
  // "protested in Jammu against Pakistan"
  assert.equal(dominantCountry([pm('Jammu', 'India', 'city'), pm('Pakistan', 'Pakistan', 'country')], []), 'India');
  // "Turkey and Russia agreed on a truce in Idlib"
  assert.equal(dominantCountry([pm('Turkey', 'Turkey', 'country'), pm('Russia', 'Russia', 'country'), pm('Idlib', 'Syria', 'city')], []), 'Syria');
  // a country alone still decides
  assert.equal(dominantCountry([pm('Mali', 'Mali', 'country')], []), 'Mali');
});

const at = (text: string, name: string, country: string, feature: PlaceMention['feature'], score = 0.9): PlaceMention => {
  const start = text.indexOf(name);
  return { ...pm(name, country, feature, score), start, end: start + name.length };
};

test('a country the text places things in is the scene, and the dateline town counts less', () => {
  // a report filed from one country about events in another
  const t1 = 'OTTAWA — Militiamen shelled a border village in Lebanon on Tuesday, officials said.';
  assert.equal(dominantCountry([at(t1, 'OTTAWA', 'Canada', 'city'), at(t1, 'Lebanon', 'Lebanon', 'country')], [], t1), 'Lebanon');
  const t2 = 'A Winnipeg nurse was among four aid workers wounded when a convoy was shelled in Sudan, her family said.';
  assert.equal(dominantCountry([at(t2, 'Winnipeg', 'Canada', 'city'), at(t2, 'Sudan', 'Sudan', 'country')], [], t2), 'Sudan');
  // a country named as a party still weighs less than the town where things happened
  const t3 = 'Traders in Jammu protested against Pakistan on Friday.';
  assert.equal(dominantCountry([at(t3, 'Jammu', 'India', 'city'), at(t3, 'Pakistan', 'Pakistan', 'country')], [], t3), 'India');
  // a dateline in the scene's country with nothing else named is still the scene
  const t4 = 'HARARE (Reuters) - Police arrested six opposition activists on Friday.';
  assert.equal(dominantCountry([at(t4, 'HARARE', 'Zimbabwe', 'city')], [], t4), 'Zimbabwe');
});
