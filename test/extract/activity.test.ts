// Acts that only some agents make an event of (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type} / ${e.actor1} / ${e.inter1}`);

test('activity: an armed group handing out food or setting up checkpoints changes its activity', () => {
  assert.deepEqual(kinds('On 6 June 2021, in Uruapan, Michoacan, members of the CJNG distributed food packages to families hit by the floods.'),
    ['Strategic developments / Change to group/activity / Cartel Jalisco Nueva Generacion / 3']);
  const k = kinds('On 6 June 2021, near Aguililla, Michoacan, gunmen of Los Viagras set up checkpoints on the road to Apatzingan.');
  assert.equal(k.length, 1, k.join(', '));
  assert.match(k[0], /^Strategic developments \/ Change to group\/activity \/ Los Viagras \/ 3$/);
});

test('activity: a charity or a ministry handing out food is no conflict event', () => {
  assert.deepEqual(kinds('On 6 June 2021, in Uruapan, Michoacan, a church charity distributed food packages to families hit by the floods.'), []);
  assert.deepEqual(kinds('On 6 June 2021, the health ministry delivered aid to clinics in Uruapan, Michoacan.'), []);
});

test('activity: migrants or refugees returning are a strategic development; troops returning to base are not', () => {
  assert.deepEqual(kinds('On 6 June 2021, in Cucuta, Norte de Santander, 150 Venezuelan migrants returned from Peru after losing their jobs.'),
    ['Strategic developments / Other / Civilians (Venezuela) / 7']);
  assert.deepEqual(kinds('On 6 June 2021, soldiers returned to their barracks in Cucuta, Norte de Santander.'), []);
});
