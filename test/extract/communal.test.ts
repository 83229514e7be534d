// Community parties (farmers, herders, villagers, families, peoples) as ACLED codes them (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

test('communal: property destroyed by a community is a communal militia\'s act, by anyone else an armed group\'s', () => {
  const [e] = eventsOf('Property destruction: On 3 May 2021, crop farmers of Zongo tore down the fences of a cattle pen in Bagou (Gogounou, Alibori).');
  assert.equal(e.sub_event_type, 'Looting/property destruction');
  assert.deepEqual([e.inter1, e.inter2], [4, 7]);
  const [f] = eventsOf('On 3 May 2021, five members of a family burned the granary of a neighbour in Bagou (Gogounou, Alibori).');
  assert.equal(f.sub_event_type, 'Looting/property destruction');
  assert.equal(f.inter1, 4);
  // people who are no community: never civilians as the perpetrators
  const [g] = eventsOf('On 3 May 2021, four men destroyed a ballot box in Bagou (Gogounou, Alibori).');
  assert.equal(g.sub_event_type, 'Looting/property destruction');
  assert.equal(g.inter1, 3);
});

test('communal: a brawl between farmers and herders without guns or deaths is mob violence between rioters', () => {
  const [e] = eventsOf('On 4 March 2021, cattle herders and crop farmers from Zogbo fought in Bagou (Gogounou, Alibori) over a trampled field. Two men were hurt.');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 5]);
  // one people fighting among themselves
  const [o] = eventsOf('On 4 March 2021, a number of Fulani fought each other at a well in Bagou (Gogounou, Alibori). One man was hurt.');
  assert.equal(o.sub_event_type, 'Mob violence');
  assert.deepEqual([o.inter1, o.inter2], [5, 5]);
});

test('communal: a lethal or armed fight between communities is a battle between communal militias', () => {
  const [e] = eventsOf('On 4 March 2021, cattle herders and villagers of Zogbo clashed in Bagou (Gogounou, Alibori) over a trampled field. Three people were killed.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [4, 4]);
  // guns named in the next sentence
  const [g] = eventsOf('On 4 March 2021, cattle herders and crop farmers clashed in Bagou (Gogounou, Alibori). Several farmers were hurt by gunshots.');
  assert.equal(g.event_type, 'Battles');
  // named militias are armed groups whatever the toll
  const [m] = eventsOf('On 4 March 2021, two clan militias clashed near Bagou (Gogounou, Alibori). Two men were hurt.');
  assert.equal(m.event_type, 'Battles');
});

test('communal: believers, a sect or a secret society are a community: a mob when they beat people, rioters when they brawl', () => {
  const [a] = eventsOf('On 24 January 2021, about fifteen members of the Celestial Light sect attacked and injured two women in Bagou (Gogounou, Alibori).');
  assert.equal(a.sub_event_type, 'Mob violence');
  assert.deepEqual([a.inter1, a.inter2], [5, 7]);
  const [b] = eventsOf('On 19 May 2021, Sunnis and Tijanis clashed over a sermon in Bagou (Gogounou, Alibori). Nobody was hurt.');
  assert.equal(b.sub_event_type, 'Mob violence');
  assert.deepEqual([b.inter1, b.inter2], [5, 5]);
  // a faith in the singular is an adjective: the rioters are the side
  const [c] = eventsOf('On 19 May 2021, police fought Muslim rioters outside a mosque at Bagou (Gogounou, Alibori).');
  assert.deepEqual([c.inter1, c.inter2], [5, 1]);
});

test('communal: a community\'s members who shoot or hack at people are its militia, not an unidentified armed group', () => {
  const [e] = eventsOf('On 24 May 2021, crop farmers opened fire on a pastoralist and wounded him near Bagou (Gogounou, Alibori).');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.deepEqual([e.inter1, e.inter2], [4, 7]);
  // unknown men stay an unidentified armed group
  const [u] = eventsOf('On 24 May 2021, unknown men opened fire on a pastoralist and wounded him near Bagou (Gogounou, Alibori).');
  assert.equal(u.inter1, 3);
});

test('communal: civilians are never a side of a battle: villagers who fight are a communal militia, anyone else an armed group', () => {
  const [e] = eventsOf('On 2 February 2021, armed villagers and gendarmes clashed at Bagou (Gogounou, Alibori). Four people were hit by gunshots.');
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.inter1, 4);
  const [u] = eventsOf('On 3 May 2021, two armed people shot at policemen who tried to stop them in Bagou (Gogounou, Alibori).');
  assert.equal(u.event_type, 'Battles');
  assert.deepEqual([u.inter1, u.inter2], [3, 1]);
});

test('communal: people named by their village are its community: their raid is a communal militia\'s attack', () => {
  const [e] = eventsOf('On 7 May 2021, people from Zogbo killed five herders near Bagou (Gogounou, Alibori).');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.deepEqual([e.inter1, e.inter2], [4, 7]);
  const [f] = eventsOf('On 29 January 2021, people from Garou attacked two pastoralists near Bagou (Gogounou, Alibori) and wounded one of them.');
  assert.equal(f.inter1, 4);
  // people from a country are not a village community
  const [g] = eventsOf('On 29 January 2021, men from Nigeria attacked two pastoralists near Bagou (Gogounou, Alibori) and wounded one of them.');
  assert.notEqual(g.inter1, 4);
});

test('communal: sides named with their villages, or fighting each other beside a toll of people, are still a brawl', () => {
  const [e] = eventsOf('On 12 May 2021, some crop farmers from Zogbo and herders from Bagou clashed outside Kandi (Kandi, Alibori). A farmer was badly hurt.');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 5]);
  const [f] = eventsOf('On 27 May 2021, several Fulani herders fought among themselves at the livestock market of Kandi (Kandi, Alibori). Three men were hurt in the brawl.');
  assert.equal(f.sub_event_type, 'Mob violence');
  assert.deepEqual([f.inter1, f.inter2], [5, 5]);
});

test('communal: armed members of a community are its militia on either side of a fight with the state', () => {
  for (const text of [
    'On 2 March 2021, gendarmes clashed with armed villagers near Segbana, Benin.',
    'On 2 March 2021, armed residents and soldiers clashed near Segbana, Benin.',
  ]) {
    const [e] = eventsOf(text);
    assert.equal(e.event_type, 'Battles', text);
    assert.deepEqual([e.inter1, e.inter2].sort(), [1, 4], text);
  }
});

test('communal: one herder killed by gunmen is a civilian victim, not a tribal militia in a battle', () => {
  const [e] = eventsOf('On 14 April 2021, unknown gunmen shot dead a herder near Segbana (Segbana, Alibori).');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.deepEqual([e.inter1, e.inter2], [3, 7]);
});

test('communal: herders killed or kidnapped by gunmen, no arms of theirs named, are civilians; armed herders stay a militia', () => {
  const [e] = eventsOf('On 15 April 2021, unknown gunmen shot dead two herders near Segbana (Segbana, Alibori).');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.equal(e.inter2, 7);
  const [k] = eventsOf('On 15 April 2021, soldiers killed two armed herders near Segbana (Segbana, Alibori).');
  assert.equal(k.event_type, 'Battles');
  assert.equal(k.inter2, 4);
});

test('communal: "inter-clan violence erupted" is a fight of two communities\' militias, whoever the dead were', () => {
  for (const text of [
    'On 3 May 2021, inter-clan violence erupted in Galkayo (Mudug), leaving at least five people dead.',
    'On 3 May 2021, communal violence broke out in the village of Kouande (Atacora) after the murder of a herder. Four people were killed in the fighting.',
  ]) {
    const [e] = eventsOf(text);
    assert.equal(e.sub_event_type, 'Armed clash', text);
    assert.deepEqual([e.inter1, e.inter2], [4, 4], text);
  }
  // (violence named as the backdrop or a risk tells no act)
  assert.deepEqual(eventsOf('On 3 May 2021, the governor warned that the dispute could lead to communal violence in Kouande (Atacora).'), []);
});
