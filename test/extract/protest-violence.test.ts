// Demonstrations whose participants turned violent later in the note are violent demonstrations (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';
import { protesterViolenceCue } from '../../src/extract/protest-violence.ts';

test('protester violence: the cue', () => {
  assert.ok(protesterViolenceCue('The marchers later smashed the windows of the town hall.'));
  assert.ok(protesterViolenceCue('The youths responded with stones and sticks.'));
  assert.ok(protesterViolenceCue('Two reporters were beaten up by protesters.'));
  assert.ok(protesterViolenceCue('Residents blocked the highway with burning tyres.'));
  assert.ok(protesterViolenceCue('Retired soldiers demonstrated by firing their rifles into the air.'));
  // what happened to the demonstrators, a symbolic burning, and the police firing into the air are not
  assert.ok(!protesterViolenceCue('Nine demonstrators injured.'));
  assert.ok(!protesterViolenceCue('They also burnt an effigy of the mayor.'));
  assert.ok(!protesterViolenceCue('Police fired into the air to disperse the demonstrators.'));
});

test('protester violence: told in the next sentence, it makes the demonstration a riot', () => {
  const [e] = eventsOf('On 3 June 2021, moto-taxi drivers demonstrated in Labe (Labe, Labe) against a new tax. The demonstrators wrecked two toll booths.');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Violent demonstration');
  const [p] = eventsOf('On 3 June 2021, moto-taxi drivers demonstrated in Labe (Labe, Labe) against a new tax. The demonstrators then went home.');
  assert.equal(p.event_type, 'Protests');
});

test('protester violence: a note that says no violence was reported keeps the protest peaceful', () => {
  const [e] = eventsOf('On 3 June 2021, farmers blocked the road with stones near Labe (Labe, Labe) to demand seed. No violence was reported.');
  assert.equal(e.event_type, 'Protests');
});

test('protest: notables who intervene to calm tensions are no police intervention', () => {
  const [e] = eventsOf('On 1 May 2021, villagers protested at Gouka (Bante, Collines) against a visit by the new prefect. Elders and a village chief had to intervene to restore calm.');
  assert.equal(e.sub_event_type, 'Peaceful protest');
  const [f] = eventsOf('On 1 May 2021, villagers protested at Gouka (Bante, Collines) against a visit by the new prefect. The police had to intervene to restore calm.');
  assert.equal(f.sub_event_type, 'Protest with intervention');
});
