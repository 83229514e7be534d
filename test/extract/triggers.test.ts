import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { classify, type TypeContext } from '../../src/extract/classify.ts';
import { eventsOf } from './events-of.ts';

const trig = (s: string) => findTriggers(segment(s)[0]).map((t) => `${t.text}:${t.cls}${t.anaphoric ? '*' : ''}`);

test('triggers: phrases map to classes; weak ones yield to strong ones', () => {
  assert.deepEqual(trig('Clashes erupted between the army and rebels.'), ['Clashes:clash']);
  // the police action words are protest triggers that only ever refine a protest
  assert.deepEqual(trig('Police fired tear gas to disperse protesters who gathered.'), ['fired:attack', 'tear gas:protest', 'disperse:protest']);
  assert.deepEqual(trig('Hundreds gathered outside the ministry.'), ['gathered:protest']);
  assert.deepEqual(trig('Gunmen abducted two aid workers.'), ['abducted:abduct']);
});

test('triggers: a hyphenated compound is one word: "sitting in front of" is no sit-in', () => {
  assert.deepEqual(trig('Gunmen shot a man who was sitting in front of his house.'), ['shot:kill']);
  assert.deepEqual(trig('The police moved families from the protection site in the north.'), []);
  assert.deepEqual(trig('Teachers staged a sit-in at the ministry.'), ['staged a sit-in:protest']);
});

test('triggers: a definite noun phrase is anaphoric', () => {
  assert.deepEqual(trig('The attack wounded a passer-by.'), ['attack:attack*']);
  assert.deepEqual(trig('It was their second attack in a week.'), ['attack:attack*']);
  assert.deepEqual(trig('Officials described the incident.'), ['incident:anaphor*']);
  // ("after that": a singular demonstrative before a plural noun is a pronoun, not its determiner)
  assert.deepEqual(trig('One herder died, and after that clashes spread to the next village.'), ['clashes:clash']);
});

const ctx = (over: Partial<TypeContext>): TypeContext => ({
  cls: 'attack', modes: [], civilianVictims: false, armedVictims: false, protestContext: false, intervention: false,
  excessiveForce: false, protesterViolence: false, territorialObject: false, ...over,
});

test('classify: the weapon decides the remote-violence sub-type', () => {
  assert.equal(classify(ctx({ modes: ['air'] }))!.sub_event_type, 'Air/drone strike');
  assert.equal(classify(ctx({ modes: ['shell'] }))!.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(classify(ctx({ cls: 'explosion' }))!.sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(classify(ctx({ cls: 'explosion', modes: ['suicide'] }))!.sub_event_type, 'Suicide bomb');
  assert.equal(classify(ctx({ modes: ['shell', 'small'], targetInter: 1 }))!.sub_event_type, 'Armed clash');
});

test('classify: actors decide between clash, attack on civilians and mob', () => {
  assert.equal(classify(ctx({ agentInter: 2, targetInter: 1 }))!.sub_event_type, 'Armed clash');
  assert.equal(classify(ctx({ agentInter: 3, targetInter: 7 }))!.event_type, 'Violence against civilians');
  // a crowd of civilians is a mob; one or two individuals are an (unidentified) attacker
  assert.equal(classify(ctx({ cls: 'kill', agentInter: 7, targetInter: 7, agentCollective: true }))!.sub_event_type, 'Mob violence');
  assert.equal(classify(ctx({ cls: 'kill', agentInter: 7, targetInter: 7 }))!.sub_event_type, 'Attack');
  assert.equal(classify(ctx({ cls: 'attack', agentInter: 7, targetInter: 7, agentCollective: true, modes: ['small'] }))!.sub_event_type, 'Attack');
  assert.equal(classify(ctx({ cls: 'arrest', agentInter: 2 }))!.sub_event_type, 'Abduction/forced disappearance');
  assert.equal(classify(ctx({ cls: 'arrest', agentInter: 1 }))!.sub_event_type, 'Arrests');
});

test('classify: protests with intervention, excessive force and violence', () => {
  assert.equal(classify(ctx({ cls: 'protest' }))!.sub_event_type, 'Peaceful protest');
  assert.equal(classify(ctx({ cls: 'protest', intervention: true }))!.sub_event_type, 'Protest with intervention');
  assert.equal(classify(ctx({ cls: 'protest', excessiveForce: true }))!.sub_event_type, 'Excessive force against protesters');
  assert.equal(classify(ctx({ cls: 'protest', protesterViolence: true }))!.sub_event_type, 'Violent demonstration');
});

test('classify: territory', () => {
  assert.equal(classify(ctx({ cls: 'seize', territorialObject: true, agentInter: 2 }))!.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal(classify(ctx({ cls: 'regain', agentInter: 1 }))!.sub_event_type, 'Government regains territory');
});

test('triggers: "looted funds" and "stolen public money" are corruption, not looting', () => {
  const ids = (t: string) => findTriggers(segment(t)[0]).map((x) => x.cls);
  assert.ok(!ids('Protesters demanded the return of looted funds.').includes('loot'));
  assert.ok(ids('Gunmen looted shops in the market.').includes('loot'));
});

test('triggers: "riot police" and "riot gear" name the forces and kit that answer a riot, not a riot', () => {
  assert.deepEqual(trig('Riot police pushed the marchers back from the bridge.').filter((t) => t.endsWith(':riot')), []);
  assert.deepEqual(trig('Officers in riot gear lined the avenue.').filter((t) => t.endsWith(':riot')), []);
  assert.deepEqual(trig('A riot broke out near the stadium.'), ['riot:riot']);
});

test('triggers: "blocked" told of a website, an account or a deal is no road blockade', () => {
  assert.deepEqual(trig('The streaming platform is blocked across the country.').filter((t) => t.endsWith(':protest')), []);
  assert.deepEqual(trig('The ministry blocked the transfer of the funds.').filter((t) => t.endsWith(':protest')), []);
  assert.deepEqual(trig('Taxi drivers blocked the ring road for hours.').filter((t) => t.endsWith(':protest')), ['blocked:protest']);
  // a state that cuts people off from a website or the internet: a strategic development
  assert.deepEqual(trig('The authorities blocked access to an opposition news site.'), ['blocked access:displace']);
});

test('triggers: what an "anti-" unit or law is against is no act', () => {
  assert.deepEqual(trig('The governor sent an anti-kidnapping squad to the forest.'), []);
  assert.deepEqual(trig('Critics of the anti-protest law gathered outside parliament.').filter((t) => t.startsWith('protest')), []);
  assert.deepEqual(trig('Gunmen kidnapped a nurse near the anti-kidnapping unit base.'), ['kidnapped:abduct']);
});

test('triggers: a state\'s or an army\'s "strikes" are military strikes, a strike of workers is a protest', () => {
  const cls = (t: string) => findTriggers(segment(t)[0]).map((x) => `${x.text}:${x.cls}${x.weak ? ' weak' : ''}`);
  assert.deepEqual(cls('Israeli strikes on a school in the camp killed nine people.'), ['strikes:air', 'killed:kill']);
  assert.deepEqual(cls('Overnight Russian strikes damaged a power plant near the city.'), ['strikes:air']);
  assert.deepEqual(cls('Coalition strikes hit a depot outside the port.'), ['strikes:air']);
  assert.deepEqual(cls('Kenyan doctors began a strike over unpaid salaries.'), ['strike:protest']);
});

test('events: "Israeli strikes ... killed" is an air strike by Israel\'s forces, not an unknown group\'s attack', () => {
  const [e] = eventsOf('Israeli strikes on a school in the camp of Nuseirat killed nine people on Tuesday.');
  assert.equal(e.sub_event_type, 'Air/drone strike');
  assert.match(e.actor1 ?? '', /Israel/);
});

test('triggers: "set alight" is a burning, "exchanged artillery with" a fight', () => {
  assert.deepEqual(trig('The car was set alight by a crowd.'), ['set alight:riot']);
  assert.deepEqual(eventsOf('On 3 May 2021, the army exchanged artillery with rebels near Kandi (Alibori).').map((e) => e.sub_event_type), ['Armed clash']);
});
