// Community parties (farmers, herders, villagers, families, peoples) as ACLED codes them (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

test('communal: property destroyed by a community is a communal militia\'s act, by anyone else an armed group\'s', () => {
  const [e] = eventsOf('Property destruction: On 3 May 2021, crop farmers of Zongo tore down the fences of a cattle pen in Bagou (Gogounou, Alibori).');
  assert.equal(e.sub_event_type, 'Looting/property destruction');
  assert.deepEqual([e.inter1, e.inter2], [4, 7]);
  const [f] = eventsOf('On 3 May 2021, five members of a family burned the granary of a neighbour in Bagou (Gogounou, Alibori).');
  assert.equal(f.sub_event_type, 'Looting/property destruction');
  assert.equal(f.inter1, 4);
  // people who are no community: never civilians as the perpetrators
  const [g] = eventsOf('On 3 May 2021, four men destroyed a ballot box in Bagou (Gogounou, Alibori).');
  assert.equal(g.sub_event_type, 'Looting/property destruction');
  assert.equal(g.inter1, 3);
});
