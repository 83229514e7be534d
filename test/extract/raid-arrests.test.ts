// A raid that hurt no one and named no weapon, told with arrests, is the arrests; a raid that killed
// stays an attack (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('raid: police who raid a house and arrest suspects make arrests', () => {
  const evs = assertedOf('On 7 June 2021, police raided a house in Lagos and arrested three suspects.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Arrests']);
});

test('raid: a raid that kills is still an attack', () => {
  const evs = assertedOf('On 7 June 2021, soldiers raided the village of Kolo, killing two farmers, and arrested five men.');
  assert.equal(evs[0].event_type, 'Violence against civilians');
});
