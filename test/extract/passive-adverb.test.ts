// "were also killed", "were later freed": an adverb between the auxiliary and the participle keeps
// the verb passive, so its subject is the harmed side, not the doer. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('passive adverb: "two journalists were also killed in a bombing" makes them victims, not bombers', () => {
  const [e] = assertedOf('On 3 May 2021, two journalists were also killed in a bombing in Gaza City.');
  assert.equal(e.event_type, 'Explosions/Remote violence');
  assert.notEqual(e.inter1, 7);
  assert.equal(e.inter2, 7);
});
