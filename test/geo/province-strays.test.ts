// A small namesake in another province than the one the sentence names is a village we do not know.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const places = (text: string) => geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).map((m) => `${m.text}=${m.admin1 ?? ''}`);

test('a village namesake in another province, far from the district and province the sentence names, is dropped', () => {
  const p = places('On 3 June, police seized explosives in Lalpur village of Dakshinpara area (Purba Bardhaman district, West Bengal).');
  assert.ok(!p.some((x) => x.startsWith('Lalpur=')), p.join(' '));
  assert.ok(p.includes('West Bengal=West Bengal'), p.join(' '));
  // (the second mention, with no province beside it, is the one that went to Arequipa's Castilla)
  const q = places('On 5 June, in Castilla, Piura, vendors gathered outside the Castilla Municipality building to demand relief.');
  assert.ok(!q.some((x) => x.startsWith('Castilla=')), q.join(' '));
});

test('without a province in its sentence the namesake stays', () => {
  const p = places('On 3 June, police seized explosives in Lalpur. West Bengal police later made two arrests.');
  assert.ok(p.some((x) => x.startsWith('Lalpur=')), p.join(' '));
});
