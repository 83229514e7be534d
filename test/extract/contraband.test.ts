// State seizures of drugs and smuggled goods (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

test('contraband: a police seizure of drugs is property destruction against the traffickers', () => {
  const evs = eventsOf('On 2 June 2021, in Cascavel, Parana, federal police officers seized 3,200 kilos of cocaine hidden in a grain truck. Two men were arrested.');
  assert.equal(evs.length, 1);
  assert.equal(evs[0].event_type, 'Strategic developments');
  assert.equal(evs[0].sub_event_type, 'Looting/property destruction');
  assert.deepEqual([evs[0].inter1, evs[0].inter2], [1, 3]);
  // a dismantled drug lab is the same
  const [lab] = eventsOf('On 2 June 2021, in Cascavel, Parana, military police officers dismantled a heroin laboratory.');
  assert.equal(lab.sub_event_type, 'Looting/property destruction');
  assert.equal(lab.inter2, 3);
  // a seizure of rifles disrupts weapons use
  const [arms] = eventsOf('On 2 June 2021, in Cascavel, Parana, military police officers seized six rifles.');
  assert.equal(arms.sub_event_type, 'Disrupted weapons use');
});
