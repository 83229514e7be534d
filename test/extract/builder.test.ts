import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findActors } from '../../src/extract/actors.ts';
import { findWeapons } from '../../src/extract/weapons.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { attachActors, buildDrafts, clauses, type SentenceAnalysis } from '../../src/extract/builder.ts';
import { eventsOf } from './events-of.ts';

function analyse(text: string): SentenceAnalysis {
  const s = segment(text)[0];
  return { s, actors: findActors(s).actors, weapons: findWeapons(s), triggers: findTriggers(s), casualties: [], clause: clauses(s) };
}
const flags = { protest: false, intervention: false, excessive: false, protesterViolence: false };

test('builder: subject is the agent, the object the target', () => {
  const a = analyse('Iran-backed militia forces mounted a fresh attack on US targets in Syria on Tuesday.');
  const [d] = buildDrafts(a, flags, [], (x) => x.inter);
  assert.equal(d.agent?.text, 'Iran-backed militia forces');
  assert.equal(d.target?.text, 'US targets');
});

test('builder: passive voice takes the by-phrase as agent', () => {
  const a = analyse('Two soldiers were killed by Al-Shabaab militants near Afgoye.');
  const r = attachActors(a, a.triggers[0]);
  assert.equal(r.agent?.id, 'al-shabaab');
  assert.equal(r.target?.text, 'soldiers');
});

test('builder: "between X and Y" and "from X"', () => {
  const a = analyse('Clashes erupted between the Houthis and pro-Hadi forces.');
  const r = attachActors(a, a.triggers[0]);
  assert.equal(r.agent?.id, 'houthi');
  assert.equal(r.target?.id, 'hadi');
  const b = analyse('Rockets fell beside the outpost, drawing a swift artillery response from the US-led coalition.');
  const d = buildDrafts(b, flags, [], (x) => x.inter).find((x) => x.trigger.text.includes('response'))!;
  assert.equal(d.agent?.id, 'coalition-us');
  assert.equal(d.type?.sub_event_type, 'Shelling/artillery/missile attack');
});

test('builder: a noun trigger after "during" takes no agent from the left', () => {
  const a = analyse('Five US soldiers were hurt during a drone assault on an outpost in Iraq.');
  const [d] = buildDrafts(a, flags, [], (x) => x.inter);
  assert.equal(d.agent, undefined);
  assert.equal(d.type?.sub_event_type, 'Air/drone strike');
});

test('builder: a country name after a locative preposition is a place, not an actor', () => {
  const a = analyse('Gunmen attacked a convoy in Mali.');
  const r = attachActors(a, a.triggers[0]);
  assert.equal(r.agent?.id, 'militants');
  assert.equal(r.target, undefined);
});

test('between-phrase: the people a later verb kills are no side of the fight', () => {
  const [e] = eventsOf('Clashes between rival militias in the port city of Misrata killed at least 14 people on Monday.');
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.match(e.actor1 ?? '', /Militia/);
});

test('between-phrase: "between rival militias" names both sides by one kind', () => {
  const [e] = eventsOf('Clashes between rival militias erupted in the port city of Misrata on Monday.');
  assert.match(e.actor1 ?? '', /Militia/);
  assert.equal(e.actor2, e.actor1);
});

test('agent: a demonym-led actor sharing its last word with the trigger ("Ukrainian drones" / "drones attacked") is the agent', () => {
  const [e] = eventsOf('Ukrainian drones attacked a fuel depot near the border town of Klintsy overnight.');
  assert.equal(e.sub_event_type, 'Air/drone strike');
  assert.match(e.actor1 ?? '', /Ukraine/);
});

test('raids: arrests made "during overnight raids" are one arrest event, the raids no attack of their own', () => {
  const events = eventsOf('Security forces arrested 35 people during overnight raids in three districts on suspicion of links to an outlawed party.');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Arrests']);
});

test('attach: an act named as what someone confirmed or condemned has no sides in that sentence', () => {
  const events = eventsOf('Gunmen abducted 14 farmers from a village near the forest on Monday night. The police confirmed the abduction and said officers had been sent after the kidnappers.');
  assert.equal(events.length, 1, JSON.stringify(events.map((e) => [e.sub_event_type, e.actor1])));
  assert.equal(events[0].sub_event_type, 'Abduction/forced disappearance');
});
