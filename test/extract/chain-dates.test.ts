// Days told from the story's last date ("two days later", "the following day", "that night"):
// src/extract/dates/chain.ts. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/extract/dates.ts';
import { extract } from '../../src/extract/index.ts';
import { sentencesOf, docOf } from './helpers.ts';

const chained = (text: string, chain = true) =>
  findDates(docOf(text, '2021-06-10'), sentencesOf(text), { chain }).mentions.map((m) => `${m.text}: ${m.date} p${m.precision}`);

test('chained days: read from the last date told before them', () => {
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nTwo days later, they shot him.'), ['on 3 March 2021: 2021-03-03 p1', 'Two days later: 2021-03-05 p1']);
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nThe following day, police found his car.'), ['on 3 March 2021: 2021-03-03 p1', 'The following day: 2021-03-04 p1']);
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nThey shot him that night.'), ['on 3 March 2021: 2021-03-03 p1', 'that night: 2021-03-03 p1']);
  assert.deepEqual(chained('Troops fired on marchers on Monday, two days after soldiers beat a student the previous day.'), ['on Monday: 2021-06-07 p1', 'the previous day: 2021-06-06 p1']);
  // a week later is about a week: precision 2
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nA week later, they freed him.'), ['on 3 March 2021: 2021-03-03 p1', 'A week later: 2021-03-10 p2']);
});

test('chained days: nothing to read from, or only a month, or too far back: no date', () => {
  assert.deepEqual(chained('Two days later, they shot him.'), []);
  assert.deepEqual(chained('Gunmen seized a pastor near Jos in March 2021.\nTwo days later, they shot him.'), ['March 2021: 2021-03-16 p3']);
  assert.deepEqual(chained('The town was calm.\nIts market was open.\nIts school was too.\nGunmen seized a pastor near Jos on 3 March 2021.\nHis church prayed.\nHis family waited.\nTheir town mourned.\nThey shot him two days later.'), ['on 3 March 2021: 2021-03-03 p1']);
  // (opening a sentence, it goes on from the day the article's lead told, however far back)
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nHis church prayed.\nHis family waited.\nTheir town mourned.\nTwo days later, they shot him.'), ['on 3 March 2021: 2021-03-03 p1', 'Two days later: 2021-03-05 p1']);
  // (and only when asked: coded notes keep their follow-ups in their event)
  assert.deepEqual(chained('Gunmen seized a pastor near Jos on 3 March 2021.\nTwo days later, they shot him.', false), ['on 3 March 2021: 2021-03-03 p1']);
});

test('chained days: an article\'s act told "two days later" takes the day after its story\'s date, not the publication\'s', () => {
  const text = [
    'Gunmen abducted a pastor near Jos on 3 March 2021, his church said.',
    'Two days later, soldiers raided a camp near Bokkos and arrested four suspects.',
    'The church appealed for the pastor to be freed.',
    'Police said they were searching the forests near the town.',
    'The state governor condemned the abduction.',
  ].join(' ');
  const arrest = extract({ id: 'c', text, published: '2021-06-10' }).events.find((e) => e.sub_event_type === 'Arrests');
  assert.equal(arrest?.event_date, '2021-03-05');
});

test('trigger date: a date after a relative pronoun is its clause\'s, when a nearer date is the act\'s', () => {
  const text = 'Police fired tear gas in Bamenda on Friday, as students marched against a curfew that soldiers imposed on 2 June 2021.';
  const dates = extract({ id: 'r', text, published: '2021-06-10' }).events.map((e) => e.event_date);
  assert.ok(!dates.includes('2021-06-02'), dates.join(', '));
});
