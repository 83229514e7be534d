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
