// A short form the report defines in brackets stands for the words before it: where those are no
// place, neither is the short form ("District Commissioner (DC)"), anywhere in the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);

test('"District Commissioner (DC)" makes DC no place in the report', () => {
  const ms = find('A bomb hit the car of the Yaqshid District Commissioner (DC) in Mogadishu. The DC was unhurt.');
  assert.ok(!ms.some((m) => m.text === 'DC'), JSON.stringify(ms.map((m) => m.text)));
  assert.ok(ms.some((m) => m.name === 'Mogadishu'));
});

test('a short form defined for a place stays a place', () => {
  const ms = find('Protesters marched in the District of Columbia (DC) on Monday. Police in DC made arrests.');
  assert.ok(ms.some((m) => m.text === 'DC' && m.country === 'United States'), JSON.stringify(ms.map((m) => m.text)));
});
