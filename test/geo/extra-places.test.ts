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
    const towns = geo.gaz.lookup(t.name).map((c) => geo.gaz.info(c.place)).filter((i) => i.feature === 'city' && i.country_code === t.country);
    assert.ok(towns.some((i) => distanceKm(i.latitude, i.longitude, t.lat, t.lon) < 1), `${t.name}: ${towns.map((i) => `${i.latitude},${i.longitude}`)}`);
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

test('a district GeoNames lists without a point goes to its seat once the seat is known', () => {
  // the commune of Karimama has no town in either list but the reviewed one
  const k = find('Gunmen attacked a patrol in Kofoudou (Karimama, Alibori) on Monday.').find((m) => m.text === 'Karimama');
  assert.ok(k?.seat && distanceKm(k.seat.latitude, k.seat.longitude, 12.07, 3.18) < 5, JSON.stringify(k));
});

test('Palma is the Cabo Delgado town in a report on northern Mozambique, not Palma de Mallorca', () => {
  const p = find('Islamist militants attacked the town of Palma in northern Mozambique on Wednesday.').find((m) => m.text === 'Palma');
  assert.ok(p && p.country === 'Mozambique' && distanceKm(p.latitude, p.longitude, -10.77, 40.47) < 5, JSON.stringify(p));
  // the district is placed at its seat, the town
  const d = find('Troops were deployed to Palma district, Cabo Delgado, after the raid.').find((m) => m.text.startsWith('Palma'));
  assert.ok(d && distanceKm(d.seat?.latitude ?? d.latitude, d.seat?.longitude ?? d.longitude, -10.77, 40.47) < 5, JSON.stringify(d));
});

test('a commune whose seat town GeoNames lacks is placed at the seat, not at the commune point', () => {
  // Kouande: the commune's GeoNames point lies 26 km north of the town
  const k = find('Herders and farmers clashed in Gnangbo (Kouande, Atacora) on Sunday.').find((m) => m.text === 'Kouande');
  const at = k?.seat ?? k;
  assert.ok(at && distanceKm(at.latitude, at.longitude, 10.33, 1.69) < 5, JSON.stringify(k));
});
