// A bombing foiled before it went off is disrupted weapons use, not a bombing nor a fight; an attack
// "thwarted" with no blast named is an assault beaten off, a fight (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('foiled: police who foil a suicide bomb attack disrupt it', () => {
  const evs = assertedOf('Police foiled a suicide bomb attack on a church in Kano on Sunday, arresting the would-be bomber.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Disrupted weapons use']);
});

test('foiled: a thwarted assault is still the fight', () => {
  const evs = assertedOf('On 3 May 2020, government forces thwarted a rebel attack on the town, killing 4 attackers.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Armed clash']);
});
