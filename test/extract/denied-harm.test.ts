// "No one was hurt" denies the harm of an act, not the act; reports called false deny the act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const asserted = assertedOf;

test('"no one was hurt when ..." and "no casualties in the blast" keep the act', () => {
  assert.equal(asserted('Officials said no one was hurt when a grenade was thrown at a police post in Bujumbura on Monday.')[0]?.sub_event_type, 'Grenade');
  assert.equal(asserted('No one was hurt when gunmen attacked a police post in Bujumbura on Monday.').length, 1);
  assert.equal(asserted('There were no casualties in the blast at a checkpoint in Mogadishu on Monday.')[0]?.event_type, 'Explosions/Remote violence');
  // a killing that no one suffered is still no killing
  assert.equal(asserted('No civilians were killed in Gao on Monday, the army said.').length, 0);
});

test('reports that are called false tell no act', () => {
  assert.equal(asserted('The ministry said reports that troops had looted shops in Bangui on Monday were false.').length, 0);
});
