// What demonstrators protest about is no event of the protest (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type}`);

test('grievance: a violent act named as what a protest is against is not coded', () => {
  assert.deepEqual(kinds('On 4 June 2021, teachers protested in Kandi (Alibori) against the abduction of a colleague.'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 4 June 2021, about 200 residents held a sit-in in Kandi (Alibori), condemning an attack on a health centre.'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 4 June 2021, traders demonstrated in Kandi (Alibori) in protest of the killing of a driver.'), ['Protests / Peaceful protest']);
});

test('grievance: the demonstrators\' own violence, told with a verb, is still the riot', () => {
  assert.deepEqual(kinds('On 4 June 2021, protesters in Kandi (Alibori) attacked the police station over the arrest of a youth leader.'), ['Riots / Violent demonstration']);
});

test('references: riots named after "after the ... and" are earlier unrest, not a riot of this report', () => {
  const k = kinds('On 4 June 2021, police arrested 12 youths in Kandi (Alibori) after the recent protests and riots over fuel prices.');
  assert.ok(!k.some((x) => x.startsWith('Riots')), k.join(', '));
  assert.equal(k.length, 1);
});

test('grievance: "due to ... attacks", a modifier before the noun, a coordinated noun', () => {
  assert.deepEqual(kinds('On 5 June 2021, villagers in Kandi (Alibori) demonstrated to demand more patrols, due to rising banditry and attacks by gunmen.'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 5 June 2021, farmers protested in Kandi (Alibori) after a bandit attack on their granaries.'), ['Protests / Peaceful protest']);
});

test('grievance: a killing told in an "after" clause of a protest is its cause; its dead are not the protest\'s', () => {
  const tolls = (text: string) => eventsOf(text).map((e) => `${e.sub_event_type}: ${e.fatalities}`);
  assert.deepEqual(tolls('On 6 June 2021, residents of Kandi (Alibori) demonstrated after a gas explosion killed nine people at a market.'), ['Peaceful protest: 0']);
  assert.deepEqual(tolls('On 6 June 2021, about 80 moto-taxi drivers marched in Parakou (Borgou) after a fellow rider was killed on the Kandi road.'), ['Peaceful protest: 0']);
  assert.deepEqual(tolls('On 6 June 2021, families of inmates protested in Natitingou (Atacora) after 12 inmates were killed by guards the night before.'), ['Peaceful protest: 0']);
});

test('grievance: the crowd\'s own deed after "after", and a toll told on its own, still count', () => {
  // the demonstrators are the agent of the clause: their act, not a cause
  const k = kinds('On 6 June 2021, police fired tear gas at demonstrators in Kandi (Alibori) after protesters attacked the town hall.');
  assert.ok(k.some((x) => x.startsWith('Riots') || x.startsWith('Protests')), k.join(', '));
  // a protest whose own sentence tells its dead, with no cause clause
  const e = eventsOf('On 6 June 2021, soldiers shot dead three protesters during a march in Kandi (Alibori).');
  assert.equal(e[0]?.fatalities, 3);
});

test('grievance: a harm told in a "who" clause on the people who then protest is who they are, not an act of the note', () => {
  assert.deepEqual(kinds('On 4 June 2021, relatives of a trader who was shot dead by unknown gunmen held a protest outside the police station in Kandi (Alibori).'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 4 June 2021, mothers who say their sons have been abducted by a militia continued their sit-in in Kandi (Alibori).'), ['Protests / Peaceful protest']);
  // (the main verb after a clause that has closed is the act: "a chief who is also a councillor attacked the rally")
  assert.ok(kinds('On 4 June 2021, a village chief who is also a councillor attacked a rally of farmers in Kandi (Alibori) who were protesting against land sales.').length >= 1);
});
