// A state's short form written with its period ("Ill.", "Tenn.") is the state, though the bare word
// is a common English word ("ill", "ten").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []).map((m) => [m.text, m.name]);

test('a short state name with its period is the state', () => {
  assert.deepEqual(find('The trucker, who lived in Peoria, Ill., was not hurt.'), [['Peoria', 'Peoria'], ['Ill', 'Illinois']]);
  assert.deepEqual(find('KNOXVILLE, Tenn. (AP) A dam upstream was opened.'), [['KNOXVILLE', 'Knoxville'], ['Tenn', 'Tennessee']]);
  // the plain word is no place
  assert.deepEqual(find('She felt ill. Then she drove to Peoria.'), [['Peoria', 'Peoria']]);
});

test('a short state form ending on a connector letter or word is the state; a party letter opens no name', () => {
  assert.deepEqual(find('A fisherman from Utica, N.Y., and one from Houma, La., were rescued.'), [['Utica', 'Utica'], ['N.Y', 'New York'], ['Houma', 'Houma'], ['La', 'Louisiana']]);
  // "D-N.D.": the party's letter and the state's first letter are no town ("Dan", "Aden")
  assert.deepEqual(find('Rep. Lee Marsh, D-N.D., and Sen. Kim Orr, R-N.J., signed the letter.'), [['N.D', 'North Dakota'], ['N.J', 'New Jersey']]);
  // (a town whose name opens with a letter and a hyphen is still found)
  assert.ok(find('Farmers clashed near N-Dali, in Borgou, on Sunday.').some((m) => m[0] === 'N-Dali'));
  // the connector words themselves stay connectors
  assert.deepEqual(find('Pedro y Juan walked from La Paz to Oruro.').map((m) => m[0]).filter((t) => t === 'y' || t === 'La'), []);
});

test('a province known in English by another name than GeoNames\' ("Babylon province" for Babil) is that province', () => {
  const p = geo.findPlaces({ id: 't', text: 'Gunmen attacked a police post in Babylon province on Sunday.' }, [], { locationsOnly: true });
  assert.deepEqual(p.map((m) => [m.name, m.country]), [['Babil', 'Iraq']]);
});
