// Ground taken in the course of a fight is the capture ACLED codes, not a plain clash (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const kinds = (text: string) => assertedOf(text).map((e) => `${e.sub_event_type} a2=${e.inter2}`);

test('capture: "captured the town ... after heavy fighting" is one capture by the rebels', () => {
  assert.deepEqual(kinds('Rebel fighters captured the town of Walikale after heavy fighting with the army on Sunday.'), ['Non-state actor overtakes territory a2=1']);
  assert.deepEqual(kinds('Jihadist fighters seized two villages near Djibo following a gun battle with soldiers.'), ['Non-state actor overtakes territory a2=1']);
});

test('capture: a strong take-over verb beside the fighting keeps the territory sub-type', () => {
  assert.deepEqual(kinds('Islamist fighters took control of the town after a fierce battle with the army on Monday.'), ['Non-state actor overtakes territory a2=1']);
});

test('capture: people captured after a fight stay a clash (no ground changed hands)', () => {
  const evs = assertedOf('Soldiers captured three rebel fighters after a gun battle near the border on Monday.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Armed clash']);
});

test('capture: the armed subject and object of a clause are the sides of the fight it names after them', () => {
  const [e] = assertedOf('Government troops captured three suspected militants after a gunfight near the border on Monday.');
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.deepEqual([e.inter1, e.inter2], [1, 3]);
});

test('capture: the dead the clause counts are not made the fight\'s first side', () => {
  const [e] = assertedOf('Five gang members died in a shoot-out with police officers near the market on Monday.');
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.equal(e.inter1, 1);
});

test('capture: an irregular past after its subject is a verb, so the side it took ground from is its target', () => {
  const [e] = assertedOf('The army retook the town of Bara from the RSF on Monday.');
  assert.equal(e.sub_event_type, 'Government regains territory');
  assert.equal(e.actor2, 'Rapid Support Forces');
});
