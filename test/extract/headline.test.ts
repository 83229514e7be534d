// An article's headline names its subject: an event whose trigger is of a class the headline states
// ranks above the news told around it (a protest, the arrest of suspects). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { headlineClasses } from '../../src/extract/headline.ts';

const BODY = [
  'Hundreds of residents protested outside the police headquarters in Kaduna on 9 June 2021, demanding the release of a kidnapped teacher.',
  'The teacher, a local union organiser, was seized by armed men from her home in Zaria on 2 June 2021.',
  'Her family said they had received no ransom demand.',
  'The union has called for a strike next week.',
  'Police said they were searching the forests near the town.',
].join(' ');

const byType = (title?: string) => {
  const events = extract({ id: 'h', text: BODY, published: '2021-06-10', title }).events;
  const protest = events.find((e) => e.event_type === 'Protests');
  const abduction = events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
  assert.ok(protest && abduction, events.map((e) => e.sub_event_type).join(', '));
  return { protest, abduction };
};

test('headline: an abduction the headline tells outranks the protest told around it', () => {
  const plain = byType();
  const titled = byType('Gunmen abduct union organiser in Zaria');
  assert.ok(titled.abduction.confidence > plain.abduction.confidence, `${titled.abduction.confidence} > ${plain.abduction.confidence}`);
  // (no bonus for the protest; with a headline that tells no gathering it ranks lower still:
  // protest-aside.test.ts)
  assert.ok(titled.protest.confidence <= plain.protest.confidence, `${titled.protest.confidence} <= ${plain.protest.confidence}`);
  assert.ok(titled.abduction.confidence > titled.protest.confidence, `${titled.abduction.confidence} > ${titled.protest.confidence}`);
});

test('headline: arrests and protests in a headline are news around an act, no echo', () => {
  assert.deepEqual([...headlineClasses('Gunmen abduct union organiser in Zaria')], ['abduct']);
  assert.equal(headlineClasses('Residents protest as police arrest two suspects').size, 0);
  assert.equal(headlineClasses(undefined).size, 0);
});

test('headline: a brief (five sentences or fewer) is not ranked by its title', () => {
  const text = 'Armed men kidnapped a trader in Zaria on 2 June 2021. Residents protested in Kaduna on 3 June 2021.';
  const a = extract({ id: 'b', text, published: '2021-06-04' }).events.map((e) => e.confidence);
  const b = extract({ id: 'b', text, published: '2021-06-04', title: 'Trader kidnapped in Zaria' }).events.map((e) => e.confidence);
  assert.deepEqual(b, a);
});

test('headline: an arrest the headline tells alone is the subject; one that follows up a crime is not', () => {
  assert.deepEqual([...headlineClasses('Police detain two union organisers in Kaduna')], ['arrest']);
  assert.deepEqual([...headlineClasses('Two more held over killing of trader in Kaduna')], ['kill']);
  assert.equal(headlineClasses('Two suspects detained in Kaduna').size, 0);
  assert.equal(headlineClasses('Man held in connection with disappearance of teenager').size, 0);
  // another act in the headline is the subject, not the arrest
  assert.deepEqual([...headlineClasses('Gunmen abduct organiser as police arrest her brother')], ['abduct']);
});

test('headline line: a first line set off from the body restates it and codes no event of its own', () => {
  const body = [
    'Malian army drones struck a market and a fuel depot in Kidal on Sunday, killing four civilians, residents said.',
    'The army said it had targeted a rebel command post.',
    'Rebel spokesmen said the raids hit no fighters.',
    'Aid groups called for restraint.',
  ];
  const e = extract({ id: 't', published: '2024-07-10', text: ['Army air raids hit rebel-held Kidal', '', ...body].join('\n') }).events;
  assert.deepEqual(e.map((x) => `${x.sub_event_type} ${x.event_date}`), ['Air/drone strike 2024-07-07']);
  const g = extract({ id: 't', published: '2024-07-10', text: ['Rebels take village west of Goma as fighting spreads', '', 'M23 rebels seized the village of Kibati north of Goma on Monday after a day of clashes with the army, local officials said.', 'Thousands of residents fled towards the city.', 'The army said it had pushed the rebels back from the airport road.', 'The UN said it was alarmed by the fighting.'].join('\n') }).events;
  assert.equal(g.filter((x) => x.event_type === 'Battles').length, 1, g.map((x) => `${x.sub_event_type} ${x.event_date}`).join(', '));
  // an act the headline alone tells is kept
  const only = extract({ id: 't', published: '2024-07-10', text: ['Soldiers clash with rebels near Gao', '', ...body].join('\n') }).events;
  assert.ok(only.some((x) => x.event_type === 'Battles'), only.map((x) => x.sub_event_type).join(', '));
});

test('headline: a state\'s seizure of a person is the act a headline calls an arrest, though the body says abducted', () => {
  const text = [
    'The poet posted on 20 June 2021 that armed men were breaking down his door.',
    'Within minutes he was abducted by soldiers of the presidential guard.',
    'His lawyer said the men wore no uniform.',
    'Police later arrested two of his friends who had gathered outside the barracks.',
    'Rights groups condemned the detention.',
  ].join(' ');
  const events = extract({ id: 'h', text, published: '2021-07-02', title: 'Writers rally after violent arrest of poet over a post' }).events;
  const top = [...events].filter((e) => e.modality !== 'background').sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(top?.sub_event_type, 'Abduction/forced disappearance', events.map((e) => `${e.sub_event_type} ${e.confidence}`).join(', '));
  assert.equal(top.event_date, '2021-06-20');
});

test('headline: the acts a person reported on, covered or criticized are no act of the headline', () => {
  assert.deepEqual([...headlineClasses('Editor detained after reporting on killings of farmers in the north')], ['arrest']);
  assert.deepEqual([...headlineClasses('Cameraman charged for covering protests outside parliament')], ['arrest']);
  assert.deepEqual([...headlineClasses('Blogger jailed over story about police shootings')], ['arrest']);
  // a news site that reports its own office raided tells the raid
  assert.ok(headlineClasses('News website reports its office raided by police').has('attack'));
  assert.ok(headlineClasses('Reporter shot dead while covering clashes').has('kill'));
});
