import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { actorInter, actorName, findActors } from '../../src/extract/actors.ts';
import { extract } from '../../src/extract/index.ts';
import { eventsOf } from './events-of.ts';

const actorsOf = (s: string) => findActors(segment(s)[0]).actors;

test('actors: sponsor patterns give an affiliation', () => {
  const [a] = actorsOf('Iran-backed militia forces fired rockets.');
  assert.equal(a.affiliation, 'Iran');
  assert.match(actorName(a, 'Syria'), /Iran-backed Militia \(Syria\)/);
  const [b] = actorsOf('Some pro-Iranian militias moved in.');
  assert.equal(b.affiliation, 'Iran');
  const [c] = actorsOf('Al-Qaeda-linked militants attacked.');
  assert.equal(c.affiliation, 'Al Qaeda');
});

test('actors: demonym or country before a state-force word gives its country; abroad is inter 8', () => {
  const acts = actorsOf('Israeli forces and US service members met Turkish army forces near a US airbase.');
  const names = acts.map((a) => actorName(a, 'Syria'));
  assert.ok(names.includes('Military Forces of Israel'));
  assert.ok(names.includes('Military Forces of the United States'));
  assert.ok(names.includes('Military Forces of Turkey'));
  const us = acts.find((a) => a.country === 'United States')!;
  assert.equal(actorInter(us, 'Syria'), 8);
  assert.equal(actorInter(us, 'United States'), 1);
});

test('actors: prefixed words need a country ("positions" alone is no actor)', () => {
  assert.equal(actorsOf('They shelled positions near the river.').length, 0);
  assert.equal(actorsOf('They shelled Ukrainian positions near the river.').length, 1);
});

test('actors: named groups with inter codes; a role word after a group joins it', () => {
  const acts = actorsOf('JNIM militants and the Houthis clashed with the SDF while protesters watched.');
  assert.deepEqual(acts.map((a) => [a.id, a.inter]), [['jnim', 2], ['houthi', 1], ['sdf', 2], ['protesters', 6]]);
  assert.equal(acts[0].text, 'JNIM militants');
});

test('actors: short acronyms match only in capitals', () => {
  assert.equal(actorsOf('it is what it is').length, 0);
  assert.equal(actorsOf('IS fighters attacked').length, 1);
});

test('actors: Afghanistan\'s NDS is a state force', () => {
  const s = segment('Two NDS members were shot dead by gunmen in Herat.')[0];
  const nds = findActors(s).actors.find((a) => a.id === 'nds-af');
  assert.ok(nds);
  assert.equal(nds!.inter, 1);
});

test('actors: interrogators, security services and secret police are state forces', () => {
  for (const s of ['Interrogators beat the detained lawyer.', 'The security services detained a blogger.', 'Secret police followed the writer home.', 'Intelligence officers questioned the poet for hours.']) {
    const [a] = actorsOf(s);
    assert.ok(a, s);
    assert.equal(actorInter(a, 'Belarus'), 1, s);
    assert.equal(actorName(a, 'Belarus'), 'Police Forces of Belarus', s);
  }
});

test('actors: "RSF" in a sentence about the press is Reporters Without Borders, no armed group', () => {
  const ids = (text: string) => findActors(segment(text)[0]).actors.map((a) => a.id);
  assert.ok(!ids('Police detained two journalists in Douala on Monday, RSF said.').includes('rsf'));
  assert.ok(ids('RSF fighters detained two journalists in Nyala on Monday.').includes('rsf'));
  assert.ok(ids('The RSF shelled a market in Khartoum on Monday.').includes('rsf'));
});

test('actors: the US dollar is a currency, not the United States acting', () => {
  const e = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, rioters protesting against the soaring US dollar exchange rate blocked roads in Tripoli (North, Lebanon).' }).events;
  assert.ok(e.length > 0);
  assert.ok(e.every((x) => !/United States/.test(x.actor2 ?? '')), e.map((x) => x.actor2).join(', '));
});

test('actors: settlers in the West Bank are Settlers (Israel), a political militia; a state\'s bulldozers are its forces', () => {
  const evs = (t: string) => extract({ id: 't', text: t, published: '2021-06-10' }).events;
  const [burn] = evs('On 8 June 2021, settlers set fire to an olive grove near the village of Burin, south of Nablus.');
  assert.equal(burn.actor1, 'Settlers (Israel)');
  assert.equal(burn.inter1, 3);
  const [razed] = evs('On 8 June 2021, Israeli bulldozers demolished two Palestinian homes near Hebron.');
  assert.equal(razed.actor1, 'Military Forces of Israel');
});

test('actors: air defences are state forces; "Air Defence" inside a unit name is not', () => {
  const actorsOf = (t: string) => findActors(segment(t)[0]).actors.map((a) => a.id);
  assert.deepEqual(actorsOf('Air defences shot down four drones over the city.'), ['military']);
  assert.ok(!actorsOf('Gunmen of the 12th Air Defence Brigade stormed a house.').includes('military'));
});

test('actors: troopers are state forces ("troopers of the state rifles baton charged traders")', () => {
  const [e] = extract({ id: 't', text: 'On 3 May 2021, the troopers of the state rifles baton charged traders at the main market in Agartala (West Tripura, Tripura) for flouting the lockdown.', published: '2021-06-10' }).events;
  assert.equal(e?.event_type, 'Violence against civilians');
  assert.equal(e?.inter1, 1);
});

test('actors: a community named by its place after "in the" is where, not who', () => {
  const [e] = eventsOf('On 4 June 2021, in Duque de Caxias, Rio de Janeiro, Military Police officers carried out an operation against drug trafficking in the Vila Nova community.');
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.inter1, 1);
  // members of a named community are still its people
  const [m] = eventsOf('On 4 June 2021, gunmen killed three members of the Tuareg community in Menaka.');
  assert.equal(m.event_type, 'Violence against civilians');
  assert.equal(m.inter2, 7);
});

test('actors: people taken for civilians are no side of a battle, second side included', () => {
  const [e] = eventsOf('On 4 June 2021, in Niteroi, Rio de Janeiro, the Military Police carried out an operation against drug trafficking. An intense shoot-out broke out and a man was killed.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [1, 3]);
  // communal militias fought communal militias
  const [c] = eventsOf('On 4 June 2021, clan militias exchanged gunfire near Galkayo (Mudug). A man from one of the clans was killed during the fighting.');
  assert.equal(c.event_type, 'Battles');
  assert.notEqual(c.inter2, 7);
});
