// A crowd that chants slogans is demonstrating; mourners are civilians (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

test('slogans: tear gas fired at a crowd chanting slogans is an intervention in its protest', () => {
  for (const crowd of ['students', 'mourners']) {
    const evs = assertedOf(`Police fired tear gas at ${crowd} who chanted anti-government slogans in Srinagar on Monday.`);
    assert.deepEqual(evs.map((e) => e.sub_event_type), ['Protest with intervention'], crowd);
  }
});

test('slogans: gunmen who fire on mourners attack civilians', () => {
  const [e] = assertedOf('Gunmen opened fire on mourners at a funeral near Kirkuk on Sunday, killing three.');
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.inter2, 7);
});
