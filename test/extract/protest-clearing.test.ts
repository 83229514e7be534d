// Forces that dismantle a protest camp or barricades intervene in the protest; an IED dismantled is
// still disrupted weapons use (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('clearing: a dismantled protest camp is the protest met with intervention', () => {
  const evs = assertedOf('On 14 June 2023, security forces dismantled a protest camp in Dakar and arrested 30 activists.', '2023-06-20');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Protest with intervention']);
});

test('clearing: a dismantled bomb stays disrupted weapons use', () => {
  const evs = assertedOf('On 14 June 2023, soldiers dismantled an IED on the road to Djibo.', '2023-06-20');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Disrupted weapons use']);
});
