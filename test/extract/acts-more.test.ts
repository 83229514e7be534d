// Acts told through a relative clause, police blows on people who were not protesting, arms
// caches, and operations with a toll. All sentences invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { isPassive } from '../../src/extract/draft-context.ts';
import { findActors } from '../../src/extract/actors.ts';
import { attachActors, clauses } from '../../src/extract/builder.ts';
import { eventsOf } from './events-of.ts';

const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type}`);

test('a progressive is active: "were burning tyres" has a doer', () => {
  const s = segment('Police dispersed about 150 people who were burning tyres on the road.')[0];
  const t = findTriggers(s).find((x) => /burning/.test(x.text))!;
  assert.ok(t);
  assert.equal(isPassive(s, t), false);
  const p = segment('Two shops were burned by the crowd.')[0];
  assert.equal(isPassive(p, findTriggers(p).find((x) => /burned/.test(x.text))!), true);
});

test('the actor before "who" does the act of the relative clause', () => {
  const s = segment('Police in Valencia dispersed about 150 people who were burning tyres on a main road.')[0];
  const triggers = findTriggers(s);
  const a = { s, actors: findActors(s).actors, weapons: [], triggers, casualties: [], clause: clauses(s) };
  const t = triggers.find((x) => /burning/.test(x.text))!;
  assert.equal(attachActors(a, t).agent?.text, 'people');
});

test('police blows on people who were not protesting are an attack on civilians', () => {
  assert.deepEqual(kinds('On 9 June 2021, police baton-charged vendors at the central market in Patna for breaking curfew rules.'), ['Violence against civilians / Attack']);
  // at a protest the same words refine the protest
  assert.deepEqual(kinds('On 9 June 2021, police baton-charged students who were protesting against fee hikes in Patna.'), ['Protests / Protest with intervention']);
});

test('a cache of arms found by the authorities disrupts their use; taken by rebels it is their loot', () => {
  assert.deepEqual(kinds('On 9 June 2021, police in Larissa discovered a large cache of explosives hidden in a barn.'), ['Strategic developments / Disrupted weapons use']);
  assert.ok(!kinds('On 9 June 2021, militants seized a cache of weapons after overrunning an army post near Gao.').includes('Strategic developments / Disrupted weapons use'));
});

test('an operation is a fight when it has a toll', () => {
  assert.deepEqual(kinds('On 9 June 2021, an army operation near Samarra in Salahuddin left four IS militants dead.'), ['Battles / Armed clash']);
  assert.deepEqual(kinds('On 9 June 2021, a clearing operation in the hills of Kunar killed six Taliban fighters.'), ['Battles / Armed clash']);
  // no toll, no enemy: no event; nor an operation of another kind
  assert.deepEqual(kinds('On 9 June 2021, a security operation was put in place in Baghdad for the visit.'), []);
  assert.deepEqual(kinds('On 9 June 2021, a rescue operation in Mosul recovered four bodies from the rubble.'), []);
});

test('forms of protest and of a crowd turning on the police are read', () => {
  assert.deepEqual(kinds('On 9 June 2021, in Recife, Pernambuco, residents banged pots against the governor during his speech.'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 9 June 2021, a group of nurses booed the health minister during a hospital visit in Chisinau.'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 9 June 2021, residents made a bakery in Soweto close its doors after a worker fell ill. Police at the scene dispersed the crowd.'), ['Protests / Protest with intervention']);
  assert.deepEqual(kinds('On 9 June 2021, several locals who broke the curfew turned violent in a district of Lima.').map((k) => k.split(' / ')[0]), ['Riots']);
});

test('a vigilante is no vigil, military strikes are no stoppage of work, vigilante justice is no group', () => {
  // (before: "vigil" inside "vigilante" and "its strikes" read as protest cues turned these into demonstrations)
  const subs = (text: string) => eventsOf(text).map((e) => e.sub_event_type);
  assert.ok(!subs('On 9 June 2021, gunmen burned several houses in Kala and drove away cattle, a vigilante commander said.').includes('Violent demonstration'));
  assert.ok(!subs('On 9 June 2021, the army said its units had repelled three assaults near Siversk. The ministry said its strikes had hit only military targets.').includes('Violent demonstration'));
  // a stoppage of work still makes a gathering a protest
  assert.deepEqual(subs('On 9 June 2021, teachers on strike gathered outside the ministry in Cotonou.'), ['Peaceful protest']);
  assert.ok(!eventsOf('On 9 June 2021, a crowd in Nikki demanded vigilante justice for a suspect held at the police station. The crowd threw stones at the officers.').some((e) => /Militia/.test(e.actor1 ?? '')));
});

test('an article\'s backdrop: raids that carried out arrests, a case named by its protests, habits and running tolls', () => {
  const subs = (text: string) => eventsOf(text).map((e) => `${e.sub_event_type} ${e.modality}`);
  // the raids are how the arrests were made
  assert.deepEqual(subs('On 9 June 2021, police arrested eight students in raids on their dormitories in Minsk.'), ['Arrests asserted']);
  // people held in connection with past protests: no protest of the day
  assert.ok(!subs('On 9 June 2021, dozens of people remained in jail in connection with the nationwide protests of last winter.').some((k) => k.startsWith('Peaceful protest')));
  // "have for years raided", "has killed tens of thousands": the backdrop of the news
  assert.ok(!subs('Armed gangs have for years raided villages in the region, taking residents for ransom.').some((k) => k.endsWith('asserted')));
  assert.ok(!subs('The conflict and the rivalry between the two groups have killed tens of thousands of people since 2009.').some((k) => k.endsWith('asserted')));
});

test('a state\'s demand, boycott or lodged protest is diplomacy, not a demonstration', () => {
  assert.deepEqual(kinds('On 9 June 2021, Brazil demanded that Paraguay return the seized trucks.'), []);
  assert.deepEqual(kinds('On 9 June 2021, foreign ministers of the bloc demanded the withdrawal of the troops.').filter((k) => k.startsWith('Protests')), []);
  assert.deepEqual(kinds('On 9 June 2021, Chile lodged an official protest with Peru over the border incident.'), []);
  // a state that mobilizes calls up its forces
  assert.deepEqual(kinds('On 9 June 2021, Chile mobilized army reservists near the northern border.'), ['Strategic developments / Change to group/activity']);
  // a crowd's demand stays a protest
  assert.deepEqual(kinds('On 9 June 2021, hundreds of nurses demanded higher pay outside the ministry in Lima.'), ['Protests / Peaceful protest']);
});

test('a bomb defused or dismantled is a disrupted weapon, not a blast', () => {
  assert.deepEqual(kinds('Police bomb experts defused a roadside bomb hidden near a school in the town on Friday.'), ['Strategic developments / Disrupted weapons use']);
  assert.deepEqual(kinds('Army engineers dismantled an improvised explosive device on the highway on Friday.'), ['Strategic developments / Disrupted weapons use']);
  // a blast told beside the defusing stays a blast
  assert.ok(kinds('A roadside bomb exploded near a school on Friday, and police defused a second device nearby.').includes('Explosions/Remote violence / Remote explosive/landmine/IED'));
});

test('a projectile that lands is a strike; troops that land are a deployment', () => {
  assert.deepEqual(kinds('A rocket landed in an empty lot near the border town on Sunday.'), ['Explosions/Remote violence / Shelling/artillery/missile attack']);
  assert.deepEqual(kinds('Two mortar shells landed near the governor\'s office on Sunday, damaging a wall.'), ['Explosions/Remote violence / Shelling/artillery/missile attack']);
  assert.ok(!kinds('Paratroopers landed near the airport on Sunday.').some((k) => k.startsWith('Explosions')));
});

test('a plot or an attempt foiled is no fight', () => {
  assert.deepEqual(kinds('Police said on Sunday they had foiled a plot to bomb a church in the capital.'), []);
  assert.deepEqual(kinds('Troops foiled an attack on their base on Sunday, killing three militants.'), ['Battles / Armed clash']);
});
