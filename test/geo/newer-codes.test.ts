// One numbering of provinces for every town: the newer GeoNames list's (newer-codes.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NewerIndex, renumber, type NewerTown } from '../../src/geo/newer-codes.ts';

const town = (name: string, lat: number, lon: number, cc: string, a1: string, a2 = '') => ({ name, lat, lon, cc, a1, a2 });
const older = (gid: number, name: string, lat: number, lon: number, cc: string, a1: string, a2 = '') => ({ gid, ...town(name, lat, lon, cc, a1, a2) });

test('a town both lists share takes the newer codes, the closest namesake when two lie close', () => {
  const newer = new NewerIndex([
    town('Twin Falls', 10.0, 20.0, 'XA', '07', '701'),
    town('Twin Falls', 10.04, 20.05, 'XA', '08', '801'),
  ]);
  const places = [older(1, 'Twin Falls', 10.04, 20.05, 'XA', '07', '701'), older(2, 'Twin Falls', 10.0, 20.0, 'XA', '07', '701')];
  renumber(places, newer);
  assert.deepEqual(places.map((p) => `${p.a1}.${p.a2}`), ['08.801', '07.701']);
});

test('in a country whose numbering changed, a town the newer list lacks takes its nearest newer town\'s codes', () => {
  // five shared towns, all renumbered: the country's codes changed between the lists
  const shared: NewerTown[] = [0, 1, 2, 3, 4].map((k) => town(`Town${k}`, 20 + k * 0.3, 30, 'XB', '41', ''));
  const newer = new NewerIndex([...shared, town('Far Seat', 25.0, 35.0, 'XB', '42', '')]);
  const places = [
    ...shared.map((t, k) => older(10 + k, t.name, t.lat, t.lon, 'XB', '03')),
    older(20, 'Hamlet Near', 20.31, 30.02, 'XB', '03'),
    older(21, 'Hamlet Far', 25.1, 35.1, 'XB', '05'),
  ];
  const { changed } = renumber(places, newer);
  assert.ok(changed.has('XB'));
  assert.deepEqual(places.slice(5).map((p) => p.a1), ['41', '42']);
});

test('a country whose numbering did not change keeps the codes of towns the newer list lacks', () => {
  const shared: NewerTown[] = [0, 1, 2, 3, 4, 5].map((k) => town(`Ville${k}`, 40 + k * 0.3, 5, 'XC', '11', ''));
  const newer = new NewerIndex(shared);
  const places = [...shared.map((t, k) => older(30 + k, t.name, t.lat, t.lon, 'XC', '11')), older(40, 'Lonely', 40.31, 5.02, 'XC', '12')];
  const { changed } = renumber(places, newer);
  assert.equal(changed.has('XC'), false);
  assert.equal(places[6].a1, '12');
});

test('towns of countries that renumbered their provinces carry the province they lie in', async () => {
  const { geo } = await import('./resolve-spans.ts');
  const text = 'Rallies were held in Hanoi, Vietnam, in Tromso, Norway, and in Kansas City, Missouri, on Sunday.';
  const got = new Map(geo.findPlaces({ id: 't', text }, []).map((m) => [m.text, m]));
  assert.equal(got.get('Hanoi')?.admin1, 'Hanoi');
  assert.equal(got.get('Tromso')?.admin1, 'Troms');
  assert.equal(got.get('Kansas City')?.admin1, 'Missouri');
});

test('a town filed under no province takes the province of its nearest town that has one', () => {
  const shared: NewerTown[] = [0, 1, 2, 3, 4, 5].map((k) => town(`Bourg${k}`, 15 + k * 0.3, -10, 'XD', '13', ''));
  const newer = new NewerIndex([...shared, town('Capital', 15.01, -10.01, 'XD', '', '')]);
  const places = [...shared.map((t, k) => older(50 + k, t.name, t.lat, t.lon, 'XD', '13')), older(60, 'Capital', 15.01, -10.01, 'XD', '')];
  renumber(places, newer);
  assert.equal(places[6].a1, '13');
});

test('a province name stripped of its admin word keeps the word when nothing else is left', async () => {
  const { stripAdminWords } = await import('../../src/geo/build-index.ts');
  assert.equal(stripAdminWords('Federal District'), 'Federal District');
  assert.equal(stripAdminWords('Capital Region'), 'Capital Region');
  assert.equal(stripAdminWords('Kassala State'), 'Kassala');
  assert.equal(stripAdminWords('Ho Chi Minh City (HCMC)'), 'Ho Chi Minh City');
});

test('a province named like a big town elsewhere in its country is not that bare name ("Columbia" is no District of Columbia)', async () => {
  const { geo } = await import('./resolve-spans.ts');
  const got = new Map(geo.findPlaces({ id: 't', text: 'Students rallied in Columbia on Friday, and a second march was held in Washington on Saturday.' }, []).map((m) => [m.text, m]));
  assert.notEqual(got.get('Columbia')?.admin1, 'District of Columbia');
  assert.equal(got.get('Washington')?.admin1, 'District of Columbia');
});
