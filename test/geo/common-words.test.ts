// An English word that is also some place's alternate name ("Human" is Uman's Polish name, Humań)
// is no place in "Human rights ..."; the town under its own name still is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);

test('"Human rights" at the start of a sentence is no place', () => {
  assert.deepEqual(find('Human rights lawyers accused the army of abuses.').map((m) => m.name), []);
  assert.ok(find('Pilgrims gathered in Uman, Ukraine, on Monday.').some((m) => m.name === 'Uman'));
});

test('a country after a passive\'s "by" is the doer, not the scene: "drones launched by Russia"', () => {
  const ms = geo.findPlaces({ id: 't', text: 'Air defences shot down 18 drones launched by Russia overnight.' }, [], { locationsOnly: true });
  assert.ok(!ms.some((m) => m.country === 'Russia'), JSON.stringify(ms.map((m) => m.name)));
  // "in Russia" stays the scene
  assert.ok(geo.findPlaces({ id: 't', text: 'Drones hit a refinery in Russia overnight.' }, [], { locationsOnly: true }).some((m) => m.country === 'Russia'));
});

test('"Christian" is a faith, not Christian County', () => {
  assert.deepEqual(find('A Christian missionary was detained on Monday.').map((m) => m.name), []);
});

test('two towns joined by a hyphen before "highway" are the ends of a road, however far apart', () => {
  const ms = find('Gunmen stopped a bus on the Abuja-Kaduna highway on Sunday.');
  assert.deepEqual(ms.map((m) => m.name).sort(), ['Abuja', 'Kaduna']);
});

test('after a title and a first name, a name that is also a province is a surname: "Captain Abdi Ali said"', () => {
  assert.deepEqual(find('"They detonated it," Captain Abdi Ali said.').map((m) => m.name), []);
});

test('"Molotov" of a Molotov cocktail is no place (Perm\'s old name), and does not outvote the outlets\' country', () => {
  const p = geo.findPlaces({ id: 't', text: 'Rioters set fire to banks, hurled Molotov cocktails at two Police and one Army post in Tripoli.', source: 'El Nashra; An-Nahar' }, [], { locationsOnly: true });
  assert.deepEqual(p.map((m) => [m.text, m.country]), [['Tripoli', 'Lebanon']]);
});

test('"the Constitution" is a law, not Villa Constitucion', () => {
  assert.deepEqual(find('Teachers began a strike against the plan to amend the Constitution.').map((m) => m.name), []);
  assert.deepEqual(find('Opposition parties marched against changes to the constitution on Friday.').map((m) => m.name), []);
});

test('a country\'s possessive whose apostrophe was lost ("Benins electoral commission") is the country', () => {
  assert.deepEqual(find('Hundreds rallied outside Benins electoral commission on Monday.').map((m) => m.name), ['Benin']);
  assert.deepEqual(find('Togos police dispersed the march.').map((m) => m.name), ['Togo']);
  // a plural name before a function word is no possessive
  assert.ok(!find('Delegates from across the Americas and Europe met.').some((m) => m.country === 'United States'));
});
