// Surnames that are also place names, and demonyms: a first name with a middle initial, or a title written short,
// marks a person; a possessive before a name marks no first name; "City's Quarter" holds its quarter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';
import { resolve } from './resolve-spans.ts';

const geo = loadGeocoder();
const texts = (text: string) => geo.findPlaces({ id: 't', text }, []).map((m) => m.text);

test('a first name and a middle initial, or a short title, make the next name a surname', () => {
  assert.deepEqual(texts('The lawyer for Harriet K. Evans filed the motion in Dayton on Friday.'), ['Dayton']);
  assert.deepEqual(texts('The sermon by the Rev. Alma Jones drew a crowd in Tulsa.'), ['Tulsa']);
  // a real sentence break still lets a town open the next sentence
  assert.deepEqual(texts('The vote was close. Dayton will count again.'), ['Dayton']);
});

test('a possessive before a name is no first name', () => {
  assert.deepEqual(texts("Workers said Halvorsen's Dayton plant will close in March."), ['Dayton']);
});

test("after a possessive, a name with no namesake in the container's country is an unknown quarter", () => {
  const ms = geo.findPlaces({ id: 't', text: "Police fired tear gas at protesters in Beirut's Hamra district. The crowd later left Hamra." }, []);
  assert.deepEqual(ms.map((m) => [m.text, m.country_code]), [['Beirut', 'LB']]);
});

test('demonyms of small countries name their country', () => {
  const [r] = resolve('Volunteers counted nests on Saint Lucian beaches this spring.', ['Saint Lucian']);
  assert.equal(r.r?.country_code, 'LC');
});

test('demonyms of breakaway regions name their region', () => {
  const rs = resolve('Talks between Georgian and South Ossetian envoys stalled; Abkhaz leaders stayed away.', ['South Ossetian', 'Abkhaz']);
  assert.deepEqual(rs.map((x) => x.r?.name), ['South Ossetia', 'Abkhazia']);
});

test('a full title word before a period ends a sentence; a short title keeps the next name a person', () => {
  assert.deepEqual(texts('The appeal went to the Minister of Justice. Moldova has asked again, and Moldova will wait.'), ['Moldova', 'Moldova']);
  assert.deepEqual(texts('Gen. Dayton visited Basra on Monday.'), ['Basra']);
});

test('two known names joined by a hyphen are a pair of places when they lie close together', () => {
  assert.deepEqual(texts('Storms delayed flights across Dallas-Fort Worth on Sunday.'), ['Dallas', 'Fort Worth']);
  // (far apart they are rather a double surname)
  assert.deepEqual(texts('The singer Maria Lima-Bern performed in Ohio.'), ['Ohio']);
});

test('a town written right before the province that holds it, without a comma, is a town', () => {
  assert.deepEqual(texts('Gunmen raided Kafanchan Kaduna State at dawn.'), ['Kafanchan', 'Kaduna State']);
  // (a bare state name after a first name is no container: "George Washington")
  assert.ok(!texts('The lecture said George Washington rode north.').includes('George'));
});

test('a town read once as part of a name stays a town where the report writes it as a place', () => {
  const text = 'Tickets for Rodeo Fairhope go on sale Monday. The parade starts in Fairhope, and buses wait in Fairhope on Friday.';
  const ms = geo.findPlaces({ id: 't', text }, [], { locationsOnly: true });
  assert.equal(ms.filter((m) => m.text === 'Fairhope' && m.admin1 === 'Alabama').length, 2, JSON.stringify(ms.map((m) => [m.text, m.start])));
  // a surname after "in" before a noun or a possessive is still the person
  const p = geo.findPlaces({ id: 't', text: 'Lawyers for Dana Fairhope met the judge. Fairhope denied it, asked help from Fairhope, and the twist in Fairhope hearing came late.' }, [], { locationsOnly: true });
  assert.deepEqual(p.map((m) => m.text), []);
});

test('a name after "the city of" is the place even before a speech verb ("Smith said" stays a person)', () => {
  assert.deepEqual(texts('Armed groups in the coastal city of Zawiya agreed on Sunday to a ceasefire.'), ['Zawiya']);
  assert.deepEqual(texts('Elders from the town of Misrata signed the accord.'), ['Misrata']);
  assert.deepEqual(texts('Dayton said the vote was fair.'), []);
});
