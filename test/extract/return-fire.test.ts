// Explosive attacks that the attacked side answered with gunfire are armed clashes (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf, eventsOf } from './events-of.ts';
import { returnFire } from '../../src/extract/return-fire.ts';

test('return fire: the cue words', () => {
  assert.ok(returnFire('The guards at the gate reacted with gunfire.'));
  assert.ok(returnFire('Troops returned fire and the attackers fled.'));
  assert.ok(returnFire('A roadside bomb went off and was followed by an exchange of fire.'));
  assert.ok(returnFire('Army units responded to the rebel shelling of their trenches.'));
  // crowd control is no answer in kind
  assert.ok(!returnFire('Police responded by firing tear gas at the crowd.'));
  assert.ok(!returnFire('Police responded with warning shots fired into the air.'));
});

test('return fire: a grenade answered with gunfire is one armed clash, thrower first', () => {
  const evs = eventsOf('On 7 June 2021, al-Shabaab militants threw a grenade at a police post in Baidoa (Bay). The officers returned fire.');
  assert.equal(evs.length, 1);
  assert.equal(evs[0].event_type, 'Battles');
  assert.equal(evs[0].sub_event_type, 'Armed clash');
  assert.deepEqual([evs[0].inter1, evs[0].inter2], [2, 1]);
  // an unnamed thrower is still the attacker
  const [u] = eventsOf('On 7 June 2021, a grenade was hurled at an army checkpoint in Baidoa (Bay). The guards at the post returned fire.');
  assert.equal(u.event_type, 'Battles');
  assert.equal(u.inter1, 3);
  // with no answer it stays a grenade attack
  const [g] = eventsOf('On 7 June 2021, al-Shabaab militants threw a grenade at a police post in Baidoa (Bay). Two officers were hurt.');
  assert.equal(g.event_type, 'Explosions/Remote violence');
  assert.equal(g.sub_event_type, 'Grenade');
});

test('initiator: the side whose attack was repelled is actor1', () => {
  const [e] = eventsOf('On 7 June 2021, the Afghan army repelled an attack by Taliban fighters on its base in Gereshk (Helmand).');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [2, 1]);
});

test('initiator: "repulsed their attack" points back to the side named as the victims', () => {
  const [e] = eventsOf('On 7 June 2021, 4 Taliban fighters died as Afghan soldiers repulsed their attack near a checkpoint in Gereshk (Helmand).');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [2, 1]);
});

test('fought back: an attack its victims or their defenders answered by fighting is a battle', () => {
  const [e] = assertedOf('On 6 June 2021, suspected Fulani militiamen attacked the village of Sogou (Koro, Mopti) and seized cattle. Dozo militiamen routed the assailants. No casualties reported.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [4, 4]);
  // youths who fire into a crowd are an armed side once police answer, never rioters in a battle
  const [p] = assertedOf('On 6 June 2021, a group of youths fired into the crowd at a funeral in Kerou (Kerou, Atacora). Police forces responded with gunshots and killed two of them.');
  assert.equal(p.event_type, 'Battles');
  assert.deepEqual([p.inter1, p.inter2], [4, 1]);
  // a reprisal on other people is no resistance: still an attack
  const [r] = assertedOf('On 6 June 2021, farmers responded to the killing of a farmer by attacking a Fulani camp near Gango (Tchaourou, Borgou).');
  assert.equal(r.event_type, 'Violence against civilians');
});

test('returned fire: people who fire at the police and are fired back at fought a battle, not a riot', () => {
  const [e] = assertedOf('On 2 June 2021, in Ponce, four individuals on motorcycles opened fire at the police station in Playa neighbourhood. A police officer returned fire and hit two of the individuals.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [3, 1]);
});
