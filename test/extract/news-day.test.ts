// An article's lead names its news day; a later act told without a date of its own takes that day,
// not the publication day. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { newsDay } from '../../src/extract/dates/news-day.ts';
import type { DateMention } from '../../src/core/types.ts';

const ARTICLE = [
  'The lawyer Amina Okoro was on her way home from the courthouse in Kaduna on Tuesday afternoon.',
  'Her colleagues said she had been receiving threats for months.',
  'The bar association called for calm and asked the governor to speak.',
  'Her family said they had not heard from her since then.',
  'Relatives say the lawyer had refused to drop a land case against a local businessman.',
  'Gunmen abducted the lawyer near the market gate, a neighbour said.',
  'The bar association has called a meeting for next week.',
].join(' ');

test('news day: an undated abduction far down an article takes the lead\'s day', () => {
  const { events } = extract({ id: 't', text: ARTICLE, published: '2021-05-13' });
  const abd = events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
  assert.ok(abd, JSON.stringify(events.map((e) => e.sub_event_type)));
  assert.equal(abd.event_date, '2021-05-11');
});

test('news day: a lead date more than a week before publication is history, not the news day', () => {
  const old = ARTICLE.replace('on Tuesday afternoon', 'on 2 March');
  const { events } = extract({ id: 't', text: old, published: '2021-05-13' });
  const abd = events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
  assert.ok(abd);
  assert.equal(abd.event_date, '2021-05-13');
});

const m = (sentence: number, date: string, precision: 1 | 2 | 3 = 1): DateMention =>
  ({ kind: 'date', sentence, start: sentence * 10, end: sentence * 10 + 5, text: 'x', date, range: [date, date], precision });

test('news day: the first day-precise lead date within the week before publication', () => {
  assert.equal(newsDay([m(0, '2021-05-01'), m(1, '2021-05-11'), m(2, '2021-05-12')], '2021-05-13')?.date, '2021-05-11');
  assert.equal(newsDay([m(1, '2021-05-10', 3)], '2021-05-13'), undefined);
  assert.equal(newsDay([m(3, '2021-05-12')], '2021-05-13'), undefined);
  assert.equal(newsDay([m(0, '2021-05-14')], '2021-05-13'), undefined);
  assert.equal(newsDay([m(0, '2021-05-12')], undefined), undefined);
});
