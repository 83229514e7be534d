// A sentence that explains an act already told ("The attack came in reaction to ...", "This happened
// after ...", "... which triggered the retaliation") tells no fresh event: its subject points back,
// and the cause it names happened before. Invented notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const kinds = (text: string) => assertedOf(text).map((e) => `${e.event_type}/${e.sub_event_type}`);

test('cause frame: the subject of "The attack came in reaction to" starts no second event', () => {
  const text = 'On 3 June 2021, herders killed six goats belonging to farmers in Kandi (Kandi, Alibori). The attack came in reaction to the theft of a cow.';
  assert.equal(assertedOf(text).length, 1);
});

test('cause frame: the act after "came in the wake of" is the cause, not news', () => {
  const text = 'On 3 June 2021, police arrested nine men in Kandi (Kandi, Alibori). The arrests came in the wake of a militant attack in the town.';
  assert.deepEqual(kinds(text), ['Strategic developments/Arrests']);
});

test('cause frame: "This happened after" makes the acts it names history', () => {
  const text = 'On 12 May 2021, workers demonstrated in Kandi (Kandi, Alibori). This happened after gunmen abducted their leader on 3 May.';
  assert.deepEqual(kinds(text), ['Protests/Peaceful protest']);
});

test('cause frame: "which triggered the retaliation" points back to the attack and does not date it', () => {
  const text = 'On 12 May 2021, farmers attacked a herders\' camp in Kandi (Kandi, Alibori). Cattle had damaged a field on 9 May, which triggered the retaliation.';
  const asserted = assertedOf(text);
  assert.equal(asserted.length, 1);
  assert.equal(asserted[0].event_date, '2021-05-12');
});

test('cause frame: an act told with "after" outside such a frame stays an event', () => {
  const text = 'On 12 May 2021, students demonstrated in Kandi (Kandi, Alibori). Police arrested two students after the demonstrators blocked the road.';
  assert.ok(kinds(text).length >= 1);
  assert.ok(kinds(text).some((k) => k.startsWith('Protests') || k.startsWith('Riots')));
});
