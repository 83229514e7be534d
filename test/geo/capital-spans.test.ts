// "the Somali capital": a demonym before "capital" names that country's capital city (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const places = (text: string) => geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).map((p) => `${p.text}=${p.name}`);

test('capital: "the <demonym> capital" is the capital city', () => {
  assert.deepEqual(places('Militants stormed a hotel in the Somali capital late on Friday.'), ['Somali capital=Mogadishu']);
  assert.deepEqual(places('Protesters marched through the South Sudanese capital on Monday.'), ['South Sudanese capital=Juba']);
});

test('capital: a named capital after the phrase is found as itself; other uses of the word are none', () => {
  assert.ok(places('A car bomb exploded in the Iraqi capital Baghdad on Sunday.').includes('Baghdad=Baghdad'));
  assert.deepEqual(places('The fund raised new capital from Kenyan investors.'), []);
  assert.deepEqual(places('Investors moved Kenyan capital abroad.'), []);
});
