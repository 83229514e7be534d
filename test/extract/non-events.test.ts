// Words that name no act of the report: a disaster's deaths, a standing detention, a name that holds a
// trigger word, a participle used as an adjective, a legal fight, fighting halted or given up, a raid
// that is how an arrest was made. The violent sense of the same words still yields its event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf, eventsOf } from './events-of.ts';

const asserted = assertedOf;

test('a fire, a flood or a crash that kills is no attack; a blaze set by gunmen stays one', () => {
  assert.equal(asserted('A fire in a crowded market in Kano killed 12 people on Sunday.').length, 0);
  assert.equal(asserted('Flash floods in northern Kenya killed nine herders on Sunday.').length, 0);
  assert.equal(asserted('A bus crash near Kaduna killed 15 passengers on Monday.').length, 0);
  assert.equal(asserted('The blaze, which broke out at a textile factory in Karachi on Tuesday, killed 40 workers.').length, 0);
  assert.equal(asserted('Three guests died in a fire at a hotel in Mogadishu on Friday.').length, 0);
  const arson = asserted('Gunmen set fire to a market in Jos, and the blaze killed 12 traders on Sunday.');
  assert.equal(arson.length, 1);
  assert.equal(arson[0].fatalities, 12);
});

test('years in detention and a detention centre are no arrest; an arrest made on the day is', () => {
  assert.equal(asserted('The blogger was released on Monday after two years in detention.').length, 0);
  assert.equal(asserted('Lawyers visited the detention centre in Juba on Monday.').length, 0);
  assert.equal(asserted('Police took the blogger into detention in Juba on Monday.')[0]?.sub_event_type, 'Arrests');
});

test('a trigger word inside a name is no act: "Downing Street", "a Plan to End Violence Against Women"', () => {
  assert.equal(asserted('The prime minister held talks at Downing Street with the Irish premier on Tuesday.').length, 0);
  assert.equal(asserted('The senator said on Monday that the party backs the National Plan to End Violence Against Women.').length, 0);
  // the word in its own sense, capitalised at the start of a sentence or in a title-case headline, still counts
  assert.equal(asserted('Downing of the drone over Aden was confirmed by the coalition on Monday.').length, 1);
  assert.equal(asserted('Gunmen Attack Police Post In Gusau, Killing Two Officers').length >= 1, true);
});

test('a participle used as an adjective names an earlier act: "rescued 20 kidnapped students"', () => {
  const rescue = eventsOf('Police rescued 20 kidnapped students in Kaduna on Monday.');
  assert.equal(rescue.filter((e) => e.modality === 'asserted' && e.sub_event_type === 'Abduction/forced disappearance').length, 0);
  assert.equal(asserted('Residents returned to the destroyed houses in Bakhmut on Tuesday.').length, 0);
  assert.equal(asserted('Officials displayed the seized weapons in Gao on Friday.').length, 0);
  // the verb itself is the act; "an armed clash" is no participle; a killing's participle is how the killing is learnt
  assert.equal(asserted('Bandits kidnapped 20 students in Kaduna on Monday.')[0]?.sub_event_type, 'Abduction/forced disappearance');
  assert.equal(asserted('On Monday, there was an armed clash between soldiers and rebels near Kidal.')[0]?.event_type, 'Battles');
  assert.equal(asserted('On Monday, the beheaded body of a farmer was found near Mocimboa da Praia.').length, 1);
});

test('fighting extradition or charges is a legal fight, not a battle', () => {
  assert.equal(asserted('The publisher has been fighting extradition from Britain for four years.').length, 0);
  assert.equal(asserted('The former governor is battling corruption charges in a court in Abuja.').length, 0);
});

test('fighting halted, ceased or given up is no battle; fighting that a truce ended is not either', () => {
  assert.equal(asserted('Armenia and Azerbaijan agreed on Monday to halt the fighting in Nagorno-Karabakh.').length, 0);
  assert.equal(asserted('The two militias agreed to a truce on Monday to end the fighting in Zawiya.').filter((e) => e.event_type === 'Battles').length, 0);
  const gaveUp = asserted('Two local commanders gave up fighting and surrendered to the army in Faryab on Sunday.');
  assert.equal(gaveUp.filter((e) => e.event_type === 'Battles' || e.event_type === 'Riots').length, 0);
  // police who move in to stop a fight report the fight
  assert.equal(asserted('Police moved in to stop the clashes between two rival groups in Jos on Monday.').length >= 1, true);
});

test('a police or security raid in which people were arrested is how the arrests were made', () => {
  for (const kind of ['police', 'security']) {
    const evs = asserted(`Six activists were arrested during a ${kind} raid on a media centre in Damascus on Monday.`);
    assert.deepEqual(evs.map((e) => e.sub_event_type), ['Arrests'], kind);
  }
});

test('a travel ban lifted is no event', () => {
  assert.equal(asserted('The president lifted a travel ban on Chadian citizens on Tuesday.').length, 0);
});

test('a gas or boiler explosion, or a volcano\'s, is no bombing; a bomb blast still is', () => {
  assert.equal(asserted('A gas explosion at a restaurant in Nairobi killed five diners on Sunday.').length, 0);
  assert.equal(asserted('A boiler explosion at a garment factory in Dhaka killed eight workers on Sunday.').length, 0);
  assert.equal(asserted('Villagers fled the explosion of the volcano near Goma on Sunday.').length, 0);
  assert.equal(asserted('A bomb explosion at a market in Maiduguri killed five traders on Sunday.')[0]?.event_type, 'Explosions/Remote violence');
});

test('promised, threatened or feared acts are not reported acts', () => {
  assert.equal(asserted('The visit prompted criticism and promises of protests in London on Tuesday.').length, 0);
  assert.equal(asserted('Residents left the town on Monday for fear of fresh clashes between the militias.').filter((e) => e.event_type === 'Battles').length, 0);
  assert.equal(asserted('Workers were mobilised under threat of arrest in Khorezm on Monday.').filter((e) => e.sub_event_type === 'Arrests').length, 0);
});

test('a gathering of elders is a meeting; an envoy summoned "to protest" is a state\'s complaint', () => {
  assert.equal(asserted('The minister rejected a large gathering of prominent tribal elders in Kandahar on Monday.').length, 0);
  assert.equal(asserted('The ambassador was summoned on Monday to protest the incident at the border.').length, 0);
  assert.equal(asserted('Hundreds of students gathered in Kandahar on Monday to protest the arrests.')[0]?.event_type, 'Protests');
});

test('the battle against a crisis and attacks or shelling halted are no fight', () => {
  assert.equal(asserted('Rich nations must fund the battle against the global water crisis, the forum said on Saturday.').length, 0);
  assert.equal(asserted('The two sides agreed on Monday to halt the shelling of Donetsk.').length, 0);
});
