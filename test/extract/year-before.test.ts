// A year-less day told as done cannot lie after publication: it is that day a year before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const run = (text: string, published: string) => extract({ id: 'y', text, published }).events;

test('year-before: a past act dated a few days after publication, with no year written, is the year before', () => {
  const [e] = run('On 6 May, unknown gunmen shot dead a trader near Segbana (Segbana, Alibori).', '2022-05-03');
  assert.ok(e, 'the act is kept');
  assert.deepEqual(e.date_range, ['2021-05-06', '2021-05-06']);
});

test('year-before: plans and dates with a year written stay out', () => {
  assert.equal(run('On 6 May, unknown gunmen will march on Segbana (Segbana, Alibori).', '2022-05-03').length, 0);
  assert.equal(run('On 6 May 2022, unknown gunmen shot dead a trader near Segbana (Segbana, Alibori).', '2022-05-03').length, 0);
});

test('year-before: a day written with its weekday, that weekday, just after a lagging publication date, is kept', () => {
  // 19 February 2022 was a Saturday; 19 February 2021 was not
  const [e] = run('Soldiers detained a community doctor in Bayugan on Saturday, February 19, her brother said.', '2022-02-18');
  assert.ok(e, 'the act is kept');
  assert.equal(e.event_date, '2022-02-19');
  // a weekday that does not fit the day, or a day far after publication, is read the year before
  assert.equal(run('Soldiers detained a community doctor in Bayugan on Sunday, February 19, her brother said.', '2022-02-18')[0]?.event_date, '2021-02-19');
  assert.equal(run('Soldiers detained a community doctor in Bayugan on Saturday, March 19, her brother said.', '2022-02-18')[0]?.event_date, '2021-03-19');
});
