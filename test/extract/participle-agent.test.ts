// ", killing two policemen": a participle after a comma tells what the subject's act did; the object of
// that act is not its doer (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('participle: the object of a bomb\'s blow is not the doer of the killing told after the comma', () => {
  const [e] = assertedOf('A roadside bomb struck a police vehicle near Quetta on Monday, killing two policemen.');
  assert.equal(e.sub_event_type, 'Remote explosive/landmine/IED');
  assert.notEqual(e.inter1, 1);
  assert.equal(e.inter2, 1);
});

test('participle: the subject of the sentence stays the doer of what its act did', () => {
  const [e] = assertedOf('Rebels ambushed an army convoy near Beni on Monday, killing four soldiers.');
  assert.deepEqual([e.inter1, e.inter2], [2, 1]);
  const [f] = assertedOf('An Israeli drone strike hit a car near Tyre on Monday, killing two men.');
  assert.match(f.actor1 ?? '', /Israel/);
});
