// "<a day or month> last year": the year phrase after a date written without a year is its year, not
// the year nearest the publication. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/extract/dates.ts';
import { segment } from '../../src/extract/segment.ts';
import { extract } from '../../src/extract/index.ts';

const datesOf = (text: string, published = '2022-05-13') => {
  const doc = { id: 'd', text, published };
  return findDates(doc, segment(text)).mentions.map((m) => `${m.text}=${m.date}/${m.precision}`);
};

test('year phrase: a day or month followed by "last year" or "this year" takes that year', () => {
  assert.deepEqual(datesOf('Police detained him on June 3 last year in Harare.'), ['June 3 last year=2021-06-03/1']);
  assert.deepEqual(datesOf('He was held at the end of June last year.'), ['the end of June last year=2021-06-25/3']);
  assert.deepEqual(datesOf('Soldiers raided the town in early March this year.'), ['early March this year=2022-03-05/3']);
  assert.deepEqual(datesOf('The trial opened on Aug. 10 last year.'), ['Aug. 10 last year=2021-08-10/1']);
  // a day written before the month keeps its day too
  assert.deepEqual(datesOf('Police detained him on 3 June last year in Harare.'), ['3 June last year=2021-06-03/1']);
  assert.deepEqual(datesOf('Police detained him in June last year.'), ['June last year=2021-06-15/3']);
});

test('year phrase: a date with its own year, or a weekday, is left as it was', () => {
  assert.deepEqual(datesOf('Police detained him on June 3, 2019 last year.').slice(0, 1), ['June 3, 2019=2019-06-03/1']);
  assert.equal(datesOf('Police detained him on Monday last year.')[0], 'on Monday=2022-05-09/1');
});

test('year phrase: the act is dated to the day of last year, not to the same day this year', () => {
  const text = 'Gunmen abducted the teacher Grace Okafor in Lokoja on March 3 last year. Her family paid a ransom. She was freed a month later. The police made no arrests. The school reopened.';
  const ev = extract({ id: 'a', text, published: '2022-05-13' }).events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
  assert.equal(ev?.event_date, '2021-03-03');
});

test('year phrase: in a brief, an act named with an earlier year ("the 2022 protests") is history, not the note\'s event', () => {
  const evs = extract({ id: 'b', text: 'A court in Tehran sentenced a rapper to death on Tuesday for his role in the 2022 protests.', published: '2024-05-15' }).events;
  assert.deepEqual(evs.filter((e) => e.modality === 'asserted').map((e) => e.sub_event_type), []);
});
