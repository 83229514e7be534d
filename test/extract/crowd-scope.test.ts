// A crowd's gathering beside the arrest it protests, background adverbs that date another verb,
// the people hurt in a passive phrase as no doer, a route's end as no scene, and two ethnic
// militias as two sides. All sentences invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { clauses } from '../../src/extract/builder.ts';
import { findCues, modalityOf } from '../../src/extract/modality.ts';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';
import { eventsOf } from './events-of.ts';

const geocoder = loadGeocoder();
const trig = (s: string) => findTriggers(segment(s)[0]).map((t) => t.text);
const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type} / ${e.modality}`);
function mod(text: string, word: string): string {
  const s = segment(text)[0];
  const ts = findTriggers(s);
  const t = ts.find((x) => x.text.toLowerCase().includes(word));
  assert.ok(t, `no trigger "${word}" in: ${text}`);
  return modalityOf(s, clauses(s), findCues(s), t, ts).modality;
}

test('a crowd named as gathering keeps its weak protest word beside a strong trigger', () => {
  assert.ok(trig('Demonstrators assembled outside the court and called for the release of jailed students.').includes('assembled'));
  assert.ok(trig('Teachers held a large rally against the arrest of a union leader.').includes('rally'));
  assert.ok(trig('A vigil was organised for the students who were detained last week.').includes('vigil'));
  // (a demand alone still gives way: it names what a crowd told elsewhere says)
  assert.ok(!trig('The families demanded the release of the men who were arrested.').includes('demanded'));
  assert.deepEqual(kinds('On 9 June 2021, demonstrators gathered outside the town hall in Sidon and called for the release of students arrested during earlier rallies.'), ['Protests / Peaceful protest / asserted']);
  assert.deepEqual(kinds('On 9 June 2021, teachers held a rally in Lahore against the arrest of a union leader.'), ['Protests / Peaceful protest / asserted']);
});

test('a background adverb in a relative clause or an aside dates its own verb, not the trigger', () => {
  assert.equal(mod('About 30 people who previously worked at the mill staged a protest in Multan.', 'protest'), 'asserted');
  assert.equal(mod('Three farmers were wounded when a mine, previously laid by an armed group, went off near the village.', 'went off'), 'asserted');
  assert.equal(mod('Militants shelled the town they had once controlled.', 'shelled'), 'asserted');
  // the adverb on the trigger itself, or on a verb the trigger is coordinated with, still scopes over it
  assert.equal(mod('The group once controlled the area and raided towns.', 'raided'), 'background');
  assert.equal(mod('The mayor had previously been attacked in his office.', 'attacked'), 'background');
  // (an earlier act chained to it stays background: "arrested after being attacked")
  assert.equal(mod('The suspect had earlier been detained, and had previously been jailed after being assaulted by guards.', 'assaulted'), 'background');
});

test('people hurt in a passive phrase are not the doer of a later act in the sentence', () => {
  const [e] = eventsOf('On 9 June 2021, three farmers were wounded when a mine, planted by an unknown armed group, exploded near Nawa in Daraa.');
  assert.equal(e.sub_event_type, 'Remote explosive/landmine/IED');
  assert.match(e.actor1 ?? '', /^Unidentified Armed Group/);
  assert.match(e.actor2 ?? '', /^Civilians/);
  // (in a fight the dead are a side)
  const [c] = eventsOf('On 9 June 2021, two gunmen were killed in a clash with soldiers near Gao.');
  assert.equal(c.sub_event_type, 'Armed clash');
});

test('a toll coordinated inside a protest\'s cause clause is the cause\'s', () => {
  const [e] = eventsOf('On 9 June 2021, a group of farmers demonstrated in Kandi. The women demanded that the quarry shut after a road washed out and a boy died.');
  assert.equal(e.sub_event_type, 'Peaceful protest');
  assert.equal(e.fatalities, 0);
});

test('the end of a route is not the scene of the act', () => {
  const evs = extract({ id: 't', text: 'On 9 June 2021, about 60 traders marched in Ouidah to demand the market reopen. After a meeting with the prefect, the demonstrators blocked the road to Cotonou.', published: '2021-06-10' }, { geocoder }).events;
  assert.deepEqual(evs.map((e) => e.location), ['Ouidah']);
});

test('two ethnic militias of one country are two sides, not one actor', () => {
  const [e] = eventsOf('On 2 June 2021, three Dendi and two Fulani armed with clubs clashed over a debt at a market in Kandi. Four persons were wounded and a shop damaged.');
  assert.match(e.actor1 ?? '', /^Dendi/);
  assert.match(e.actor2 ?? '', /^Fulani/);
});

test('a later gathering in the sentence is a reference or the purpose of the first, not a second protest', () => {
  const evs = (text: string) => extract({ id: 't', text, published: '2021-06-10' }, { geocoder }).events.map((e) => e.event_type);
  assert.deepEqual(evs('On 3 June 2021, some 20 residents held a protest in Grodno in solidarity with the ongoing protest of miners in Brest.'), ['Protests']);
  assert.deepEqual(evs('On 3 June 2021, protesters blocked the road outside the central mosque in Sidon, in anger at the death of a student, shot by police during a demonstration in Tyre.'), ['Protests']);
  assert.deepEqual(evs('On 3 June 2021, a convoy of cars set out from Sidon to Tyre in a car protest, to protest against fuel prices.'), ['Protests']);
  // two gatherings told as two acts stay two
  assert.equal(evs('On 3 June 2021, workers protested in Grodno and students protested in Brest.').length, 2);
});

test('"the first day of protests" refers back to the protest told before', () => {
  const s = segment('It was the first day of protests over the decision.')[0];
  assert.ok(findTriggers(s).some((t) => /protests/.test(t.text) && t.anaphoric));
});
