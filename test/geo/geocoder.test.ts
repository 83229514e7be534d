// End-to-end place finding and resolution on invented reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, resolveName, distanceKm } from '../../src/geo/index.ts';
import type { PlaceMention } from '../../src/core/types.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);
const at = (ms: PlaceMention[], text: string) => ms.find((m) => m.text === text);
const near = (m: PlaceMention | undefined, lat: number, lon: number, km = 50) => !!m && distanceKm(m.latitude, m.longitude, lat, lon) < km;

test('candidate lookup finds every spelling of Deir ez-Zor, Abu Kamal and Erbil', () => {
  for (const n of ['Deir ez-Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Deir al-Zour', 'Deir el-Zor']) {
    const r = resolveName(n, { country: 'SY' });
    assert.ok(r && r.country_code === 'SY' && r.admin1 === 'Deir ez-Zor', `${n} -> ${JSON.stringify(r)}`);
  }
  for (const n of ['Albu Kamal', 'Abu Kamal', 'Al-Bukamal']) assert.equal(resolveName(n)?.country_code, 'SY', n);
  for (const n of ['Erbil', 'Arbil', 'Irbil', 'Hawler']) assert.equal(resolveName(n)?.country_code, 'IQ', n);
});

test('context picks Tripoli in Lebanon or Libya, and Paris in Texas', () => {
  const lb = find('Clashes erupted in Tripoli, Lebanon, after the funeral.');
  assert.equal(at(lb, 'Tripoli')?.country, 'Lebanon');
  const ly = find('Militias traded fire in Tripoli overnight. Libya\'s unity government called for calm in Misrata and Zawiya.');
  assert.equal(at(ly, 'Tripoli')?.country, 'Libya');
  const tx = find('A man was arrested in Paris, Texas, on Friday.');
  assert.equal(at(tx, 'Paris')?.admin1, 'Texas');
  const fr = find('Protesters marched through Paris and Lyon on Saturday.');
  assert.equal(at(fr, 'Paris')?.country, 'France');
});

test('big cities beat namesake provinces abroad; exonyms of big cities count', () => {
  assert.equal(at(find('Fans gathered in Manchester after the match.'), 'Manchester')?.country, 'United Kingdom');
  assert.equal(at(find('Delegates met in Geneva on Monday.'), 'Geneva')?.country, 'Switzerland');
  assert.equal(at(find('Delegates met in Geneva on Monday.'), 'Geneva')?.feature, 'city');
  // an organisation named after a country is not that country
  assert.equal(at(geo.findPlaces({ id: 't', text: 'Iran International reported the strike.' }, [], { locationsOnly: true }), 'Iran'), undefined);
  assert.equal(at(find('Iran International reported the strike.'), 'Iran')?.use, 'name');
});

test('provinces named nearby pull a town into their province', () => {
  const ms = find("Gunmen attacked a checkpoint in Syria's Deir Ezzor province near Mayadin.");
  assert.equal(at(ms, 'Mayadin')?.admin1, 'Deir ez-Zor');
  const mopti = find('Three soldiers died in the Mopti region of central Mali.');
  const region = ms.concat(mopti).find((m) => m.text.startsWith('Mopti'));
  assert.equal(region?.feature, 'admin1');
  assert.equal(region?.geo_precision, 3);
});

test('demonyms, adjectives and government metonymy are not locations', () => {
  const text = 'Iranian-made drones were launched by Iran-backed militias. The Syrian regime denied it. Washington said it would respond, and Tehran warned against escalation.';
  const ms = geo.findPlaces({ id: 't', text }, [], { locationsOnly: true });
  assert.equal(ms.length, 0, JSON.stringify(ms.map((m) => m.text)));
  // they are still toponyms: listed by default, each with its use and resolved
  const all = find(text);
  assert.deepEqual(all.map((m) => [m.text, m.use]), [['Iranian', 'adjective'], ['Iran', 'adjective'], ['Syrian', 'adjective'], ['Washington', 'metonymy'], ['Tehran', 'metonymy']]);
  assert.equal(at(all, 'Syrian')?.country, 'Syria');
  assert.equal(at(all, 'Tehran')?.country, 'Iran');
  const base = geo.findPlaces({ id: 't', text: 'A US airbase was attacked. US forces responded in Syria.' }, [], { locationsOnly: true });
  assert.deepEqual(base.map((m) => m.text), ['Syria']);
  // the same capital as a plain location is kept
  assert.ok(at(find('A car bomb exploded in Baghdad on Sunday.'), 'Baghdad'));
});

test('people on the scene speaking from a capital place the story there; officials there are the state', () => {
  const loc = (text: string) => geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).map((m) => m.text);
  assert.deepEqual(loc('Police in Port-au-Prince said gang members attacked a neighbourhood overnight.'), ['Port-au-Prince']);
  assert.deepEqual(loc('Witnesses in Kabul said a blast shook a market on Monday.'), ['Kabul']);
  assert.deepEqual(loc('Officials in Washington said the strikes would continue.'), []);
});

test('a toponym used as an actor or modifier is no witness for the locations', () => {
  // (the modifier's country must not pull the town named in the report elsewhere)
  const text = 'Vandals smashed the windows of a shop near the Grand Mosque in Sidon, as the US dollar kept rising. Canada said it was concerned.';
  const locs = geo.findPlaces({ id: 't', text }, [], { locationsOnly: true });
  const all = find(text);
  assert.deepEqual(all.filter((m) => !m.use), locs);
  assert.deepEqual(all.filter((m) => m.use).map((m) => [m.text, m.use, m.country_code]), [['US', 'adjective', 'US'], ['Canada', 'metonymy', 'CA']]);
});

test('an unknown village is not sent abroad by a namesake', () => {
  const ms = find('Gunmen attacked a convoy between Douentza and Boni, in the Mopti region of Mali. Later, Boni was calm.');
  assert.ok(ms.every((m) => m.country === 'Mali'), JSON.stringify(ms.map((m) => [m.text, m.country])));
});

test('common English words are not taken for tiny towns', () => {
  const ms = find('Police said Most of the victims were Reading along the Mobile home park. Best of all, nothing burned.');
  assert.deepEqual(ms.map((m) => m.text), []);
  assert.equal(at(find('The storm hit Mobile, Alabama on Monday.'), 'Mobile')?.admin1, 'Alabama');
});

test('relations: near, direction, between, province, country', () => {
  const ms = find('Shelling hit the outskirts of Idlib. Another strike landed 10 km west of Raqqa. Fighting raged between Mayadin and Abu Kamal. Clashes spread in Homs province. A base in Syria was hit.');
  const idlib = at(ms, 'Idlib')!;
  assert.equal(idlib.relation, 'near');
  assert.equal(idlib.geo_precision, 2);
  assert.equal(idlib.feature, 'city');
  assert.equal(at(ms, 'Raqqa')?.relation, 'direction');
  assert.equal(at(ms, 'Raqqa')?.geo_precision, 2);
  const a = at(ms, 'Mayadin')!;
  const b = at(ms, 'Abu Kamal')!;
  assert.equal(a.relation, 'between');
  assert.equal(a.between, b.name);
  assert.deepEqual([a.latitude, a.longitude], [b.latitude, b.longitude]);
  assert.ok(a.point && distanceKm(a.latitude, a.longitude, a.point.latitude, a.point.longitude) > 10);
  assert.equal(a.geo_precision, 2);
  const homs = at(ms, 'Homs province')!;
  assert.equal(homs.feature, 'admin1');
  assert.equal(homs.geo_precision, 3);
  const sy = at(ms, 'Syria')!;
  assert.equal(sy.feature, 'country');
  assert.equal(sy.geo_precision, 3);
});

test('curated sites: bases, camps, crossings and descriptive sites', () => {
  const ms = find('Rockets struck Ain al-Asad air base in western Iraq. Aid trucks waited at the Rafah crossing. Families fled to the al-Hol camp.');
  const asad = ms.find((m) => m.name === 'Ain al-Asad Air Base');
  assert.ok(asad && asad.feature === 'site' && asad.geo_precision === 1 && asad.country === 'Iraq');
  assert.ok(near(ms.find((m) => m.name === 'Rafah crossing'), 31.25, 34.26, 10));
  assert.ok(ms.find((m) => m.name === 'Al-Hol camp'));
  const d = find('Drones targeted a US airbase within a strategic gas field in Deir Ezzor on Tuesday.');
  const conoco = d.find((m) => m.name === 'Conoco gas field');
  assert.ok(conoco, JSON.stringify(d));
  assert.equal(conoco.relation, 'descriptive');
  assert.equal(d.find((m) => m.text === 'gas field')?.admin1, 'Deir ez-Zor');
  // without the province the cue alone does not invent a site
  assert.ok(!find('Drones targeted a gas field in Texas.').some((m) => m.name === 'Conoco gas field'));
});

test('the Qandil Mountains, where the PKK is based, are a place in Erbil', () => {
  const ms = find('Turkish jets struck PKK hideouts in the Qandil Mountains on Sunday, the ministry said.');
  const q = ms.find((m) => m.name === 'Qandil Mountains');
  assert.ok(q && q.country === 'Iraq' && q.admin1 === 'Erbil' && near(q, 36.54, 45.0, 10), JSON.stringify(ms));
  assert.ok(find('Drones hit a vehicle near Qandil, killing two militants.').some((m) => m.name === 'Qandil Mountains'));
});

test('offsets point into the text and sentences are indexed', () => {
  const text = 'Calm in Aleppo. Then shelling in Homs.';
  const sentences = [
    { start: 0, end: 15, text: 'Calm in Aleppo.', index: 0, tokens: [] },
    { start: 16, end: text.length, text: 'Then shelling in Homs.', index: 1, tokens: [] },
  ];
  const ms = geo.findPlaces({ id: 'x', text }, sentences);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(ms.map((m) => [m.text, m.sentence]), [['Aleppo', 0], ['Homs', 1]]);
});

test('sameAdmin1 matches province spellings through the gazetteer', async () => {
  const { sameAdmin1 } = await import('../../src/geo/index.ts');
  assert.ok(sameAdmin1('Deir-ez-Zor', 'Dayr az Zawr', 'SY'));
  assert.ok(sameAdmin1('Idleb', 'Idlib', 'SY'));
  assert.ok(sameAdmin1('Cabo Delgado', 'Cabo Delgado Province'));
  assert.ok(!sameAdmin1('Idlib', 'Aleppo', 'SY'));
  // admin1 fields carry no "Province" word and no diacritics
  const m = find('Insurgents raided a village in Cabo Delgado province.').find((x) => x.feature === 'admin1');
  assert.equal(m?.admin1, 'Cabo Delgado');
});

test('bestPlace picks the most specific place of the main country', async () => {
  const { bestPlace } = await import('../../src/geo/index.ts');
  const ms = find('Clashes in Idlib province spread to the outskirts of Saraqib, Syria; Turkey condemned the fighting in Ankara.');
  const b = bestPlace(ms);
  assert.equal(b?.text, 'Saraqib');
  assert.equal(b?.geo_precision, 2);
  assert.equal(bestPlace([]), undefined);
});

test('a country after "in" is where the subject acted, not an actor ("police in Pakistan imposed")', () => {
  const ms = find('Police in Pakistan imposed a curfew across the North-West Frontier Province on Monday.');
  assert.deepEqual(ms.filter((m) => !m.use).map((m) => [m.text, m.country]), [['Pakistan', 'Pakistan'], ['North-West Frontier Province', 'Pakistan']]);
  // a country as the subject of the verb stays an actor
  assert.equal(find('Pakistan imposed new tariffs on Monday.').filter((m) => !m.use).length, 0);
});

test('geocoder: Gezira is Sudan\'s Al Jazirah state', () => {
  const p = resolveName('Gezira');
  assert.equal(p?.country, 'Sudan');
  assert.equal(p?.admin1, 'Al Jazirah');
});
