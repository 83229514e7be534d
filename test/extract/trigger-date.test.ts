// Which of a sentence's dates an act takes (src/extract/dates/trigger-date.ts). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';
import { extract } from '../../src/extract/index.ts';

const arrest = (text: string) => {
  const e = eventsOf(text, '2021-06-10').find((x) => x.sub_event_type === 'Arrests');
  assert.ok(e, 'an arrest is coded');
  return e;
};

test('trigger date: an act told in a ", who ..." clause does not take the main clause\'s date', () => {
  // the court's Friday (4 June) is not the day of the detention
  assert.notEqual(arrest('The editor, who was detained by soldiers in Gao, was freed by a military court on Friday.').event_date, '2021-06-04');
  // a date opening the sentence frames it whole, its relative clauses too
  assert.equal(arrest('On Friday, soldiers in Gao detained the editor, who was then taken to the barracks.').event_date, '2021-06-04');
  // a date inside the relative clause is its own
  assert.equal(arrest('The editor, who was detained by soldiers in Gao on Friday, was freed by a military court.').event_date, '2021-06-04');
  // without the relative clause the date is the act's
  assert.equal(arrest('The editor was detained by soldiers in Gao on Friday.').event_date, '2021-06-04');
});

test('trigger date: "the deadliest since April" is a yardstick, not the date of the act it names', () => {
  const text = [
    'A missile struck a market in Kramatorsk on Monday, killing four people, officials said.',
    'The strike on Kramatorsk was the deadliest in the city since April, local officials said.',
    'Rescuers searched the rubble through the night.',
    'The governor declared a day of mourning.',
  ].join(' ');
  const e = extract({ id: 't', published: '2024-07-16', text }).events;
  assert.ok(!e.some((x) => x.event_date.startsWith('2024-04')), e.map((x) => `${x.sub_event_type} ${x.event_date}`).join(', '));
  // "since" read as the act's start is untouched: "clashes since Monday" keeps Monday in reach
  const c = extract({ id: 't', published: '2024-07-16', text: 'Clashes between the army and rebels near Kidal have killed 12 people since Monday, officials said.' }).events;
  assert.equal(c[0]?.event_date, '2024-07-15');
});

test('trigger date: a tally counted "since" an older date is not dated to the day the count starts', () => {
  // the count runs from March to the report: no one arrest of it happened in March
  assert.ok(!arrest('Police have detained more than 900 students in Kano since the vote in March, a rights group said.').event_date.startsWith('2021-03'));
  assert.ok(!arrest('Hundreds of lawyers have been arrested in Lagos since the strike began on 2 February 2021.').event_date.startsWith('2021-02'));
  // one act told with its date keeps it
  assert.equal(arrest('Police detained the student leader in Kano in March, a rights group said.').event_date.slice(0, 7), '2021-03');
  // a count since a day of the past week is of those days
  assert.equal(arrest('Dozens of traders have been detained in Kano since Saturday, a rights group said.').event_date, '2021-06-05');
});

test('trigger date: a count\'s cutoff ("as of 2 June") or a document\'s day ("a 4 June statement") is no act\'s date', () => {
  assert.notEqual(arrest('Soldiers detained the editor in Kano, a rights group said in a 4 June statement.').event_date, '2021-06-04');
  assert.notEqual(arrest('As of 2 June, soldiers had detained 40 traders in Kano, the group said.').event_date, '2021-06-02');
  assert.notEqual(arrest('Soldiers detained the editor in Kano over his 4 June story on the army.').event_date, '2021-06-04');
  // nor the date a later act without its own date carries on from
  const text = 'On 1 June, soldiers detained a trader in Kano. In a 4 June statement, the army defended the move. Soldiers also shot dead a student in Zaria.';
  const shot = extract({ id: 't', published: '2021-06-10', text }).events.find((e) => e.sub_event_type === 'Attack');
  assert.equal(shot?.event_date, '2021-06-01');
});
