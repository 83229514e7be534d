// The people a fight between armed groups killed are its toll, not its other side; a ceasefire agreed
// with words between the verb and the deal is an agreement (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('toll: clashes between armed groups that killed people stay an armed clash', () => {
  const evs = assertedOf('On Sunday, rival armed groups ended two days of clashes that killed at least nine people in the city.');
  assert.ok(evs.some((e) => e.sub_event_type === 'Armed clash'), evs.map((e) => e.sub_event_type).join(', '));
  assert.ok(!evs.some((e) => e.event_type === 'Riots'));
});

test('agreement: "agreed on Sunday to a ceasefire" is an agreement', () => {
  const evs = assertedOf('Rival armed groups in the city agreed on Sunday to a ceasefire brokered by local elders.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Agreement']);
});
