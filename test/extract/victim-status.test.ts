// Victims that a note places in an armed criminal group make the killing an armed clash (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';
import { armedVictimCue } from '../../src/extract/victim-status.ts';

test('armed victim: the cue', () => {
  assert.ok(armedVictimCue('The victim had previously been jailed for drug trafficking.'));
  assert.ok(armedVictimCue('Both victims were known members of a local gang.'));
  assert.ok(armedVictimCue('The victims had records for theft and robbery, including drug dealing.'));
  assert.ok(armedVictimCue('The victim was armed.'));
  // negated, a perpetrator, or only some of the victims: no cue
  assert.ok(!armedVictimCue('The victims were not involved in any gang.'));
  assert.ok(!armedVictimCue('The gunman was a member of a drug gang.'));
  assert.ok(!armedVictimCue('One of the victims was armed.'));
  // a record with no group named, the gangs only as the police's theory
  assert.ok(!armedVictimCue('The victim had a police record, so detectives suspect a feud between gangs.'));
});

test('armed victim: a killing of a gang member by unknown gunmen is an armed clash between armed groups', () => {
  const [e] = eventsOf('On 8 June 2021, in Belem, Para, a young man was shot dead by two men on a motorbike. The victim had been arrested twice for drug trafficking.');
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.deepEqual([e.inter1, e.inter2], [3, 3]);
  // without the cue it is an attack on a civilian
  const [c] = eventsOf('On 8 June 2021, in Belem, Para, a young man was shot dead by two men on a motorbike. The victim worked at a bakery.');
  assert.equal(c.event_type, 'Violence against civilians');
  // state forces killing a suspect stay one-sided unless a fight is reported
  const [p] = eventsOf('On 8 June 2021, in Belem, Para, a young man was shot dead by military police officers. The victim had been arrested twice for drug trafficking.');
  assert.notEqual(p.event_type, 'Battles');
});

test('unknown perpetrators: a beating by men nobody could identify is an attack by an unidentified armed group', () => {
  const [e] = eventsOf('On 8 June 2021, in Belem, Para, a man was beaten to death by a dozen men. The identity of the perpetrators is unknown.');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.deepEqual([e.inter1, e.inter2], [3, 7]);
  // known neighbours stay a mob
  const [m] = eventsOf('On 8 June 2021, in Belem, Para, a crowd beat a man to death after a quarrel.');
  assert.equal(m.event_type, 'Riots');
});

test('victims: a burnt body is the victim, and a death under torture in prison is violence against a civilian', () => {
  const [b] = eventsOf('On 8 June 2021, in Belem, Para, the burnt body of a woman was found near a canal.');
  assert.equal(b.event_type, 'Violence against civilians');
  const [t] = eventsOf('As reported on 8 June 2021, a man from Douma died under torture in a prison of the intelligence services in Damascus, Syria.');
  assert.equal(t.event_type, 'Violence against civilians');
});

test('abduction: a kidnapping whose victim was killed is coded as the killing', () => {
  const [e] = eventsOf('On 8 June 2021, gunmen killed a teacher near Kaduna (Kaduna), Nigeria. He had been abducted from his home the night before.');
  assert.equal(e.sub_event_type, 'Attack');
  const [k] = eventsOf('On 8 June 2021, gunmen abducted a teacher from his home near Kaduna (Kaduna), Nigeria.');
  assert.equal(k.sub_event_type, 'Abduction/forced disappearance');
});
