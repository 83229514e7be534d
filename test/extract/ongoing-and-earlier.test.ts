// A war told as a running state, an accusation, and days counted back from the story's day
// ("A day earlier, ...") in articles (invented reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { findDates } from '../../src/extract/dates.ts';
import { sentencesOf, docOf } from './helpers.ts';

const asserted = (text: string, published = '2024-06-06') => extract({ id: 't', text, published }).events.filter((e) => e.modality === 'asserted');

test('ongoing: "has been fighting X since April 2023" / "for months" is the state of a war, not an event', () => {
  assert.deepEqual(asserted('The army has been fighting the RSF since April 2023.'), []);
  assert.deepEqual(asserted('The army has been battling M23 rebels in North Kivu for months.'), []);
  // (a fight told as done stays an event)
  assert.equal(asserted('The army fought the RSF in Omdurman on Tuesday.').length, 1);
});

test('accusation: "accused the paramilitary of committing a massacre" tells a claim, not the act', () => {
  assert.deepEqual(asserted('The army accused the paramilitary of committing a massacre in the village.'), []);
});

const ARTICLE = [
  'LAGOS (Reuters) - Gunmen killed five people in an attack on a village in Kaduna state on Wednesday, police said.',
  'The attackers arrived on motorcycles and opened fire on residents, a police spokesman said.',
  'The state government condemned the killings.',
  'Kaduna has seen a surge in violence this year, with attacks on farming villages almost every week and little help from the army.',
  'A day earlier, an airstrike on a market in Zaria killed 12 people, residents said.',
].join('\n\n');

test('counted back: "A day earlier" opening a later paragraph is the day before the story\'s day', () => {
  const days = asserted(ARTICLE).map((e) => `${e.event_type}@${e.event_date}`).sort();
  assert.deepEqual(days, ['Explosions/Remote violence@2024-06-04', 'Violence against civilians@2024-06-05']);
});

test('counted back: "two days earlier" from the last day told; "two days before the vote" is not a chained day', () => {
  const chained = (text: string) => findDates(docOf(text, '2021-06-10'), sentencesOf(text), { chain: true }).mentions.map((m) => `${m.text}: ${m.date}`);
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nTwo days earlier, they had threatened him.'), ['on 3 March 2021: 2021-03-03', 'Two days earlier: 2021-03-01']);
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nThe day before, police had warned him.'), ['on 3 March 2021: 2021-03-03', 'The day before: 2021-03-02']);
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nIt happened two days before the vote.'), ['on 3 March 2021: 2021-03-03']);
});

test('ongoing: "Fighting between X and Y has displaced thousands since November" is a war\'s running state', () => {
  assert.deepEqual(asserted('Fighting between the army and the Arakan Army in Rakhine state has displaced thousands of people since November.'), []);
  // (the same words told of one day stay the fight)
  assert.equal(asserted('Fighting between the army and the Arakan Army in Rakhine state displaced thousands of people on Monday.').length, 1);
});
