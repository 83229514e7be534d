// Bare "troops" where the country has no army of its own are the forces of the state that fields
// them there (a reviewed fact in data/lexicons/countries.json; invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const sides = (text: string) => extract({ id: 't', text, published: '2024-03-03' }, { geocoder }).events.filter((e) => e.modality === 'asserted').map((e) => [[e.actor1, e.inter1], [e.actor2, e.inter2]]);

test('forces of: troops fighting Hamas in Khan Younis are Israel\'s, external (inter 8)', () => {
  assert.deepEqual(sides('Gun battles broke out between troops and Hamas fighters in Khan Younis on Sunday.'), [[['Military Forces of Israel', 8], ['Hamas Movement', 3]]]);
});

test('forces of: troops elsewhere stay the country\'s own', () => {
  assert.deepEqual(sides('Gun battles broke out between troops and al-Shabaab fighters in Kismayo on Sunday.'), [[['Military Forces of Somalia', 1], ['Al Shabaab', 2]]]);
});
