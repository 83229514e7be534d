// A toll counted over months ("since January", "so far this year") is many acts, no event of its own,
// and it adds nothing to the act told beside it (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('running toll: a perfect toll over a long span yields no asserted event', () => {
  assert.deepEqual(assertedOf('More than 200 people have been killed in the region since January, according to the UN.'), []);
  assert.deepEqual(assertedOf('Gunmen have killed 40 villagers in the past three months in Zamfara.'), []);
});

test('running toll: a short span is still the fighting of the day', () => {
  assert.equal(assertedOf('Two people have been killed in clashes in Bamenda since Monday.').length, 1);
});

test('running toll: the count told beside an act is not added to its toll', () => {
  const evs = assertedOf('Gunmen killed five people in Zamfara on Monday; more than 300 have been killed in the state since January.');
  assert.deepEqual(evs.map((e) => e.fatalities), [5]);
});
