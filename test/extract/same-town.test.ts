// A follow-up that names a quarter of the town an act was told in, with no day or doer of its own,
// tells more of that act; a town tens of kilometres away is another (invented article).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const asserted = (text: string) => extract({ id: 't', text, published: '2024-06-04' }, { geocoder }).events.filter((e) => e.modality === 'asserted');

test('same town: shells in a district of the city struck are the same strike', () => {
  const evs = asserted("Russian artillery struck residential districts of Kharkiv overnight on Sunday, killing three civilians, the governor said. Shells hit a tram depot in the city's northern Saltivskyi district, officials said.");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].location, 'Kharkiv');
});

test('same town: shells in another town are another strike', () => {
  const evs = asserted('Russian artillery struck residential districts of Kharkiv overnight on Sunday, killing three civilians, the governor said. Shells hit a school in Chuhuiv, officials said.');
  assert.equal(evs.length, 2);
});
