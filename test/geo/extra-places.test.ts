// data/geo/extra-places.json: reviewed towns that neither GeoNames list holds, and spellings they lack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadGeocoder, distanceKm } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);
const extra = JSON.parse(readFileSync(new URL('../../data/geo/extra-places.json', import.meta.url), 'utf8'));

test('every reviewed town resolves to its point and province, and says where the point comes from', () => {
  for (const t of extra.towns) {
    assert.ok(t.source, t.name);
    const r = geo.resolveName(t.name, { country: t.country });
    assert.ok(r && distanceKm(r.latitude, r.longitude, t.lat, t.lon) < 1, `${t.name}: ${r?.name} ${r?.latitude},${r?.longitude}`);
    assert.equal(r.country_code, t.country);
  }
});

test('towns the lists lack are found in reports, with their province', () => {
  const h = find('Militants attacked a gendarmerie post in Hombori on Tuesday.').find((m) => m.text === 'Hombori');
  assert.equal(h?.country, 'Mali');
  assert.equal(h?.admin1, 'Mopti');
  const p = find('Clashes were reported in Paletwa township, Chin State.').find((m) => m.text === 'Paletwa');
  assert.equal(p?.country, 'Myanmar');
});

test('a spelling the lists lack reaches the town they hold', () => {
  const b = find('A drone struck a motorcycle in Bint Jbeil on Friday.').find((m) => m.text === 'Bint Jbeil');
  assert.ok(b && b.country === 'Lebanon' && distanceKm(b.latitude, b.longitude, 33.12, 35.43) < 5, JSON.stringify(b));
});
