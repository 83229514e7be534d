// "the paramilitary", "the militants" after one named armed group are that group (invented reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const actors = (text: string) => assertedOf(text, '2024-06-07').map((e) => e.actor1);

test('group anaphora: "the paramilitary" after the Rapid Support Forces is the RSF', () => {
  const text = 'Fighters of the Rapid Support Forces stormed a village near Wad Madani on Wednesday, killing 40 people.\nOn Thursday, the paramilitary attacked the town of Managil, residents said.';
  assert.deepEqual(actors(text), ['Rapid Support Forces', 'Rapid Support Forces']);
});

test('group anaphora: "the gunmen" stays unidentified, and two named groups leave "the militants" generic', () => {
  const gunmen = 'Al Shabaab fighters attacked a base near Kismayo on Monday.\nOn Tuesday, the gunmen abducted two traders in Afmadow, residents said.';
  assert.deepEqual(actors(gunmen).slice(1), ['Unidentified Armed Group (Somalia)']);
  const two = 'Al Shabaab fighters clashed with ISIS fighters near Qandala on Monday.\nOn Tuesday, the militants abducted two traders in Bosaso, residents said.';
  assert.deepEqual(actors(two).slice(1), ['Unidentified Armed Group (Somalia)']);
});
