import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const run = (text: string) => extract({ id: 'c', text, published: '2024-06-12' }).events;

test('coreference: "the attack" and a follow-up sentence add to the first event', () => {
  const ev = run('Gunmen attacked a bus near Bamako in Mali on Monday, killing four passengers. The attack also wounded a driver, police said.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].fatalities, 4);
});

test('coreference: a second mention with a named weapon refines a generic attack', () => {
  const ev = run('Militants attacked an army post in Niger on Tuesday. The militants fired mortars at the post.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].sub_event_type, 'Shelling/artillery/missile attack');
});

test('coreference: two strikes on two different days stay two events', () => {
  const ev = run('An airstrike hit a market in Yemen on Monday. A separate airstrike hit a farm in Yemen on 3 June 2024.');
  assert.equal(ev.length, 2);
  assert.notEqual(ev[0].event_date, ev[1].event_date);
});

test('coreference: an incident mentioned only as "the incident" never makes an event', () => {
  assert.equal(run('Officials are investigating the incident.').length, 0);
});

test('coreference: two strikes in two places in one sentence are two events', () => {
  const text = 'Russian missiles hit Kharkiv and Odesa on Thursday, killing one person in each city, officials said.';
  // a stand-in geocoder: the two cities, in different provinces
  const city = (name: string, admin1: string, lat: number, lon: number) => {
    const start = text.indexOf(name);
    return { kind: 'place' as const, sentence: 0, start, end: start + name.length, text: name, name, latitude: lat, longitude: lon, country: 'Ukraine', admin1, feature: 'city' as const, geo_precision: 1 as const, score: 0.9 };
  };
  const geocoder = { findPlaces: () => [city('Kharkiv', 'Kharkiv', 49.98, 36.25), city('Odesa', 'Odesa', 46.48, 30.72)] };
  const ev = extract({ id: 's', text, published: '2024-08-02' }, { geocoder });
  assert.deepEqual(ev.events.map((e) => e.location).sort(), ['Kharkiv', 'Odesa']);
  assert.ok(ev.events.every((e) => e.fatalities === 1 && e.sub_event_type === 'Shelling/artillery/missile attack'));
  assert.notEqual(ev.events[0].event_id, ev.events[1].event_id);
});

test('coreference: an undated note\'s gathering or harm with a doer and a toll is its event; a demand is not', () => {
  const one = (text: string) => extract({ id: 'u', text, published: '2020-02-01' }).events;
  const [p] = one('Several hundred market traders gathered outside the town hall of Kandi to oppose a new stall levy.');
  assert.equal(p?.sub_event_type, 'Peaceful protest');
  const [h] = one('Cattle herders wounded three villagers near Kandi.');
  assert.equal(h?.event_type, 'Violence against civilians');
  assert.equal(one('The union of market traders demanded the repeal of the new stall levy.').length, 0);
  // with a date in the note, a weak trigger still needs its own
  assert.equal(one('On 3 January 2020, the mayor spoke in Kandi. Several hundred market traders gathered outside the town hall.').length, 0);
});

test('coreference: huts burned in the course of an attack are part of the attack, not a riot', () => {
  const ev = run('On 10 June 2024, some Fulani pastoralists attacked farming hamlets outside Bagou (Gogounou, Alibori). The pastoralists burned dozens of huts. Several people were wounded.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].event_type, 'Violence against civilians');
  assert.equal(ev[0].sub_event_type, 'Attack');
});

test('coreference: a killing told later with its own day dates the undated attack it follows up', () => {
  const text = 'Gunmen stormed the village of Kuru near Jos, residents said. Two farmers were killed there on Saturday, according to a local chief. ' +
    'Police said they had deployed more officers. The state governor condemned the violence. Schools in the area were closed.';
  const events = extract({ id: 'k', text, published: '2021-03-11' }).events;
  assert.equal(events.length, 1);
  assert.equal(events[0].event_date, '2021-03-06');
  // a month-wide date told in the follow-up does not replace the article's day
  const vague = text.replace('there on Saturday', 'there last year');
  assert.equal(extract({ id: 'k', text: vague, published: '2021-03-11' }).events[0].event_date, '2021-03-11');
});

test('coreference: "the second day of protests" is the series the report tells, not a second protest', async () => {
  const { eventsOf } = await import('./events-of.ts');
  const evs = eventsOf('On 3 June 2021, in Tucuman, residents banged pots in protest against a new curfew. It was the second day of protests, after similar rallies in the province the week before.');
  assert.equal(evs.filter((e) => e.event_type === 'Protests').length, 1, JSON.stringify(evs.map((e) => [e.event_type, e.event_date])));
  assert.ok(evs[0].evidence.some((v) => v.field === 'coreference' && v.text === 'protests'));
});

test('coreference: "the fighting" after a brawl or a riot refers back to it, not a second fight', () => {
  const ev = extract({ id: 'f', text: 'On 4 March 2023, supporters of two parties clashed with sticks in Kandi. The fighting left three wounded.', published: '2023-03-06' }).events;
  assert.equal(ev.length, 1);
  assert.equal(ev[0].sub_event_type, 'Mob violence');
});

test('coreference: a demand told after a note\'s event is what its people said, not a protest of the day it names', () => {
  const one = (text: string) => extract({ id: 'd', text, published: '2023-02-10' }).events;
  const k = one('On 2 February 2023, gunmen kidnapped a trader in Kandi. They demanded a ransom of 5 million CFA francs before freeing him on 6 February.');
  assert.deepEqual(k.map((e) => e.sub_event_type), ['Abduction/forced disappearance']);
  const p = one('On 2 February 2023, bakers gathered outside the town hall in Kandi over flour prices. The bakers demanded that the shops open on Sunday.');
  assert.deepEqual(p.map((e) => e.event_date), ['2023-02-02']);
});

test('coreference: in a note, "the attack" in a later sentence refers back even where its sentence names another day', () => {
  const one = (text: string) => extract({ id: 'a', text, published: '2022-06-10' }).events;
  assert.equal(one('On 3 June 2022, militants ambushed an army patrol near Kandi, killing two soldiers. The group claimed responsibility but said the attack took place on 1 June.').length, 1);
  assert.equal(one('On 3 June 2022, militants ambushed an army patrol near Kandi, killing two soldiers. In a video released on 7 June, the group claimed responsibility for the attack.').length, 1);
});

test('coreference: in a note, an act retold with the same words is the same act, whatever its later sentence\'s actors suggest', () => {
  const ev = extract({ id: 'r', text: 'On 7 May 2021, near Kandi, two trucks of a cotton company were set on fire by a group of armed men. The men threatened the drivers with guns before setting the vehicles on fire.', published: '2021-05-10' }).events;
  assert.equal(ev.length, 1);
});

test('coreference: "a retaliation for the killing of X on 6 March" names the note\'s act as an answer; the killing answered is its cause', () => {
  const ev = extract({ id: 'q', text: 'On 8 March 2021, farmers attacked a herders camp near Kandi (Alibori), killing four people. The shooting was a retaliation for the killing of a farmer on March 6.', published: '2021-03-12' }).events;
  assert.deepEqual(ev.filter((e) => e.modality !== 'background').map((e) => e.event_date), ['2021-03-08']);
});
