// Event types of ACLED-style notes whose act is told beside another trigger (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

test('displacement: a fight told only as the cause of a flight leaves the flight as the event', () => {
  const [e, ...rest] = eventsOf('On 6 June 2021, near Lay Kay village, Hpapun District, Karen State, fighting between the army and KNLA troops forced about 300 villagers to flee their homes.');
  assert.equal(rest.length, 0);
  assert.equal(e.event_type, 'Strategic developments');
  assert.equal(e.sub_event_type, 'Other');
  const [d] = eventsOf('On 6 June 2021, about 120 families in Barangay Lunoy, Samar, were displaced following a clash between the NPA and the army.');
  assert.equal(d.sub_event_type, 'Other');
  // a fight with a toll is the event, whatever it also caused
  const [k] = eventsOf('On 6 June 2021, fighting between the army and KNLA troops killed two soldiers and forced about 300 villagers to flee near Lay Kay (Hpapun, Karen).');
  assert.equal(k.event_type, 'Battles');
  // the assailants who flee after a fight are no displacement
  const [g] = eventsOf('On 6 June 2021, gunmen fled after clashes with the guards of a hotel in Hodeidah (Al Hudaydah).');
  assert.equal(g.event_type, 'Battles');
});

test('arson: armed men burning a firm\'s machines beside a land demand is property destruction, not a riot', () => {
  const evs = eventsOf('On 3 June 2021, in the rural area of Ercilla, Araucania, three harvesters of a forestry firm were set on fire by a group of five armed men. There have been other arson attacks in the region by groups that demand the return of ancestral land.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Looting/property destruction']);
  // demonstrators who burn tyres in their own sentence stay a violent demonstration
  const [d] = eventsOf('On 3 June 2021, traders barricaded the main road in Kandi with burning tyres to protest against a new market tax.');
  assert.equal(d.sub_event_type, 'Violent demonstration');
});

test('negation: "no one was injured or killed" reports no killing', () => {
  const evs = eventsOf('On 3 June 2021, unknown men set fire to a delivery truck in Ercilla, Araucania. No people were reported injured or killed.');
  assert.equal(evs.length, 1);
  assert.equal(evs[0].event_type, 'Strategic developments');
});

test('crowd weapons: rubber bullets fired at farmers with no demonstration around are an attack on civilians', () => {
  const [e] = eventsOf('On 3 June 2021, soldiers fired rubber bullets at farmers working their fields near Kandi (Kandi, Alibori).');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.deepEqual([e.inter1, e.inter2], [1, 7]);
  // at a demonstration they are its intervention
  const [p] = eventsOf('On 3 June 2021, farmers demonstrated against a land decree in Kandi (Kandi, Alibori). Soldiers fired rubber bullets at the farmers.');
  assert.equal(p.event_type, 'Protests');
  // a smoke or tear-gas bomb is no explosive device
  const evs = eventsOf('On 3 June 2021, police threw smoke bombs at traders who refused to leave a closed market in Kandi (Kandi, Alibori).');
  assert.ok(evs.every((x) => x.event_type !== 'Explosions/Remote violence'));
});

test('protest: demonstrators arrested two sentences later are the protest\'s intervention', () => {
  const evs = eventsOf('On 3 June 2021, in Kandi, eight nurses staged a demonstration outside the hospital demanding unpaid wages. They said they had not been paid for months. Police arrested them for breaking the curfew.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Protest with intervention']);
  // a road blocked by name is a demonstration's act, and the arrests at it its intervention
  const [b] = eventsOf('On 3 June 2021, in Kandi, a group of people blocked Liberty Avenue to ask for water deliveries. Four police patrols came and arrested five people.');
  assert.equal(b.sub_event_type, 'Protest with intervention');
});

test('thrown projectiles are stones, not shelling; order restored is no territory; "off X" is a place', () => {
  const evs = eventsOf('On 3 June 2021, smugglers assaulted two customs officers in Seme-Podji (Seme-Podji, Oueme). The smugglers threw projectiles at them. Police reinforcements took control of the situation.');
  assert.ok(evs.every((e) => e.event_type !== 'Explosions/Remote violence'));
  assert.ok(evs.every((e) => e.sub_event_type !== 'Government regains territory'));
  const [p] = eventsOf('On 3 June 2021, pirates fired on a cargo ship off Togo.');
  assert.notEqual(p.actor2, 'Military Forces of Togo');
});

test('protest: police sent "to disperse the crowd" tell of a gathering even when its own verb is misspelt', () => {
  const [e] = eventsOf('On 3 June 2021, supporters of a dismissed chief gatherd outside the prefecture in Nikki (Nikki, Borgou) to contest the decision. Police intervened to disperse the crowd.');
  assert.equal(e.sub_event_type, 'Protest with intervention');
});

test('actors: a rebel group\'s own "security forces" are the group; owners of a house shot at are civilians', () => {
  const [e] = eventsOf('On 3 June 2021, HTS security forces detained a camp manager in the countryside of Idleb.');
  assert.equal(e.actor1, 'Hayat Tahrir al Sham');
  assert.equal(e.sub_event_type, 'Abduction/forced disappearance');
  const [h] = eventsOf('On 3 June 2021, armed men fired at two houses belonging to police officers in Tlacotepec, Puebla. No injuries were reported.');
  assert.equal(h.event_type, 'Violence against civilians');
  // a force's own vehicle is no private property
  const [v] = eventsOf('On 3 June 2021, militants fired at a patrol vehicle belonging to the army near Kidal.');
  assert.equal(v.event_type, 'Battles');
});

test('protest: arson or looting the crowd protests about is its grievance, not its violence', () => {
  const evs = eventsOf('On 3 June 2021, teachers staged a protest in Badin town (Badin, Sindh) demanding the arrest of men who set fire to a school.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Peaceful protest']);
  const ws = eventsOf('On 3 June 2021, residents protested on a highway near Machiques (Zulia) to demand the release of two men arrested after a lorry was looted.');
  assert.deepEqual(ws.map((e) => e.sub_event_type), ['Peaceful protest']);
  // the demonstrators' own stones stay theirs
  const [v] = eventsOf('On 3 June 2021, police fired on demonstrators who pelted stones at them in Pulwama (J&K).');
  assert.notEqual(v.sub_event_type, 'Peaceful protest');
  const [d] = eventsOf('On 3 June 2021, farmers demonstrated against a land decision in Gamia (Bembereke, Borgou). Two official vehicles were damaged.');
  assert.equal(d.sub_event_type, 'Violent demonstration');
});
