// data/geo/admin2-aliases.json: names a district is written by that the district list lacks (former names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, [], { locationsOnly: true });

test('every alias says where it comes from and names a district of the list', () => {
  const data = JSON.parse(readFileSync(new URL('../../data/geo/admin2-aliases.json', import.meta.url), 'utf8'));
  for (const a of data.aliases) {
    assert.ok(a.source, a.code);
    for (const n of a.aliases) assert.ok(geo.gaz.lookup(n).some((c) => geo.gaz.kind(c.place) === 2 && geo.gaz.info(c.place).country_code === a.code.slice(0, 2)), n);
  }
});

test('a Burkina Faso province under its name before the 2025 renaming is that province, not a namesake abroad', () => {
  const ms = find('Militants abducted two traders near Kourao (Arbinda, Soum) on Friday.');
  assert.equal(ms.find((m) => m.text === 'Soum')?.country, 'Burkina Faso', JSON.stringify(ms.map((m) => `${m.text}/${m.country}`)));
  const l = find('A vehicle struck an explosive device near Sollé (Banh, Loroum).');
  assert.ok(l.some((m) => m.text === 'Loroum' && m.country === 'Burkina Faso') && !l.some((m) => m.country === 'Iran'), JSON.stringify(l.map((m) => `${m.text}/${m.country}`)));
});

test('a South African metro or district municipality is found by its name without "Metropolitan Municipality"', () => {
  const ms = find('Residents blocked roads in Kwazakhele (Nelson Mandela Bay, Eastern Cape) on Monday.');
  const m = ms.find((x) => x.text === 'Nelson Mandela Bay');
  assert.ok(m && m.country === 'South Africa' && m.feature === 'admin2', JSON.stringify(ms.map((x) => `${x.text}/${x.name}`)));
  assert.equal(find('Taxi drivers protested in Springbok (Namakwa, Northern Cape).').find((x) => x.text === 'Namakwa')?.country, 'South Africa');
});
