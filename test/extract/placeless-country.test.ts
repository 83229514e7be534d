// A report that names no place: the event's country comes from its own sides (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('placeless: weapons are stopped where the defender is', () => {
  const [e] = assertedOf('Ukrainian air defences shot down 14 of 17 Russian drones launched overnight, the air force said.');
  assert.equal(e.sub_event_type, 'Disrupted weapons use');
  assert.equal(e.country, 'Ukraine');
});

test('placeless: a strike falls where its target is', () => {
  const [e] = assertedOf('An Israeli air strike killed a Hezbollah commander on Tuesday, the group said.');
  assert.equal(e.country, 'Lebanon');
});
