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
