import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { clauses } from '../../src/extract/builder.ts';
import { findCues, modalityOf } from '../../src/extract/modality.ts';
import { eventsOf } from './events-of.ts';

/** the asserted events of an invented sentence */
const ev = (t: string) => eventsOf(t).filter((e) => e.modality === 'asserted');

function mod(text: string, word: string): string {
  const s = segment(text)[0];
  const t = findTriggers(s).find((x) => x.text.toLowerCase().includes(word))!;
  assert.ok(t, `no trigger "${word}" in: ${text}`);
  return modalityOf(s, clauses(s), findCues(s), t).modality;
}

test('modality: asserted reports stay asserted', () => {
  assert.equal(mod('On 9 May 2020, about 200 workers protested in Tunis.', 'protested'), 'asserted');
  assert.equal(mod('Gunmen killed three villagers on Monday.', 'killed'), 'asserted');
  assert.equal(mod('Health workers gathered to protest against low pay.', 'protest'), 'asserted');
});

test('modality: negation', () => {
  assert.equal(mod('The government has so far refrained from a wider retaliation.', 'retaliation'), 'negated');
  assert.equal(mod('No clashes were taking place in the town.', 'clashes'), 'negated');
  assert.equal(mod('The rockets failed to strike the base they were aimed at.', 'strike'), 'negated');
  assert.equal(mod('The group denied attacking the convoy.', 'attacking'), 'negated');
});

test('modality: hypothetical, conditional and purpose', () => {
  assert.equal(mod('Biden said Iran would refrain from striking Israel.', 'striking'), 'negated');
  assert.equal(mod('The militia threatened to attack the base if talks failed.', 'attack'), 'hypothetical');
  assert.equal(mod('France first sent troops into Mali to combat the jihadist groups.', 'combat'), 'hypothetical');
});

test('modality: future and background', () => {
  assert.equal(mod('Unions will hold a protest next week.', 'protest'), 'future');
  assert.equal(mod('The signal was sent over the recent killing of a commander.', 'killing'), 'background');
  assert.equal(mod('The group once controlled territory and raided towns.', 'raided'), 'background');
});

test('modality: a background word that modifies the victim does not scope over the verb', () => {
  assert.equal(mod('A former village councillor was shot dead by gunmen on Monday.', 'shot dead'), 'asserted');
  assert.equal(mod('The previous attack on the base killed two guards.', 'attack'), 'background');
});

test('modality: "former" before a person names an office, not a past event', () => {
  const [e] = eventsOf('On 3 May 2021, backers of the former minister rallied outside the gendarmerie at Kandi (Kandi, Alibori), calling for his release.');
  assert.equal(e?.event_type, 'Protests');
  assert.equal(e?.modality, 'asserted');
});

test('modality: violence that forces stand by to head off or avert has not happened', () => {
  assert.equal(mod('Troops stayed on alert in the district to head off more violence after the vote.', 'violence'), 'hypothetical');
  assert.equal(mod('Police were deployed to forestall violence at the rally.', 'violence'), 'hypothetical');
  assert.equal(mod('Soldiers moved in to avert an attack on the depot.', 'attack'), 'hypothetical');
  assert.equal(mod('Gunmen attacked the depot on Monday.', 'attacked'), 'asserted');
});

test('modality: "there have been several attacks" sums up the past, no event of the report', () => {
  assert.equal(mod('There have been several attacks on the road in recent months.', 'attacks'), 'background');
  assert.equal(mod('There had been two attacks on the village before the army arrived.', 'attacks'), 'background');
});

test('modality: the act a verb of asking, opposing or accusing asks for is not reported as done', () => {
  assert.equal(mod('The ministers demanded the immediate withdrawal of foreign troops from the valley.', 'withdrawal'), 'hypothetical');
  assert.equal(mod('The opposition party opposed the deployment of soldiers to the islands.', 'deployment'), 'hypothetical');
  assert.equal(mod('Shopkeepers accused them of looting the market stalls.', 'looting'), 'hypothetical');
  // (what forces act to end is under way: "moved in to end the protest")
  assert.equal(mod('Soldiers moved in to end the protest outside the palace.', 'protest'), 'asserted');
  assert.equal(mod('The army is preparing a major offensive against the rebels.', 'offensive'), 'hypothetical');
  // (a verb of its own after the demand is an act told: "protesters demanding X clashed with police")
  assert.equal(mod('Protesters demanding higher wages clashed with police in the square.', 'clashed'), 'asserted');
  // (nor is an act the demand is about once more words stand between: "demanded justice for the killing")
  assert.equal(mod('Relatives demanded justice for the killing of the trader.', 'killing'), 'asserted');
});

test('modality: the act a retaliation or a reprisal answers is its backdrop', () => {
  assert.equal(mod('The raid was carried out in revenge for the killing of two herders.', 'killing'), 'background');
  assert.equal(mod('Youths burned the station in reprisal for the arrest of their leader.', 'arrest'), 'background');
});

test('modality: a participle adjunct takes the modality of the verb it hangs on', () => {
  assert.deepEqual(ev('Armed gangs have for years raided farms in the district, kidnapping herders for ransom.'), []);
  assert.equal(ev('Armed men raided a farm near the river on Tuesday, kidnapping two herders.').length, 1);
});

test('modality: a toll in the tens of thousands is a war\'s, told as background', () => {
  assert.deepEqual(ev('The accords ended the war, in which about 80,000 people were killed, but many suspects are still at large.'), []);
  assert.deepEqual(ev('The civil war, which killed 150,000 people, ended in 2003.'), []);
  assert.equal(ev('Gunmen killed 12 people in a raid on the village on Tuesday.')[0]?.fatalities, 12);
  assert.equal(ev('About 1,200 people were killed in the massacre in the town on Tuesday.')[0]?.fatalities, 1200);
});
