// "were beaten back by soldiers", "fought off an attack": an assault beaten off is a fight whose
// first side is the one that attacked; "the protests have been beaten back" is no fight (invented).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('beaten back: an attempted assault beaten back is a fight started by the attackers', () => {
  const [e] = assertedOf('Gunmen tried to storm a checkpoint near Arish on Monday but were beaten back by soldiers.');
  assert.equal(e?.sub_event_type, 'Armed clash');
  assert.deepEqual([e.inter1, e.inter2], [3, 1]);
});

test('beaten back: in the passive with "repelled by", the subject attacked', () => {
  const [e] = assertedOf('On 25 October 2022, an armed group attacked a police post near the town and was repelled by the security forces.', '2022-11-01');
  assert.equal(e.inter2, 1);
});

test('beaten back: with no side named, the phrase is figurative', () => {
  const evs = assertedOf('The protests have been beaten back, the columnist wrote.');
  assert.ok(!evs.some((e) => e.event_type === 'Battles' || e.event_type === 'Riots'), evs.map((e) => e.sub_event_type).join(', '));
});
