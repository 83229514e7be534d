// Air defences bringing down drones are an act even when no day is named (invented sentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('disruption: "Russian air defences had destroyed 22 Ukrainian drones over the Belgorod region" is an event', () => {
  const evs = assertedOf('The defence ministry said Russian air defences had destroyed 22 Ukrainian drones over the Belgorod region.', '2024-06-10');
  assert.deepEqual(evs.map((e) => `${e.sub_event_type}: ${e.actor1}`), ['Disrupted weapons use: Military Forces of Russia']);
});

test('disruption: a weak verb with no armed doer and no day stays no event of its own', () => {
  assert.deepEqual(assertedOf('The storm destroyed 22 houses over the Belgorod region.', '2024-06-10').map((e) => e.sub_event_type), []);
});
