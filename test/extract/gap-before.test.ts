// "A week after gunmen killed 12 villagers, residents held a vigil on Sunday": the act after
// "N days/weeks after" came that long before the sentence's day. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gapBefore } from '../../src/extract/dates/gap-before.ts';
import { segment } from '../../src/extract/segment.ts';
import { eventsOf } from './events-of.ts';
import type { DateMention } from '../../src/core/types.ts';

test('gap before: the act after "a week after" is dated a week before the vigil', () => {
  const events = eventsOf('A week after gunmen killed nine herders near the river, villagers held a vigil in the market on Sunday.', '2021-06-15');
  const kill = events.find((e) => e.event_type === 'Violence against civilians');
  const vigil = events.find((e) => e.event_type === 'Protests');
  assert.equal(vigil?.event_date, '2021-06-13');
  assert.equal(kill?.event_date, '2021-06-06');
  assert.deepEqual(kill?.date_range, ['2021-06-03', '2021-06-09']);
});

test('gap before: only an act inside the "N days after" phrase moves, and only before a day-precise date told after it', () => {
  const text = 'Two days after rebels shelled the camp, aid workers left on Friday.';
  const [s] = segment(text);
  const friday: DateMention = { kind: 'date', sentence: 0, start: text.indexOf('on Friday'), end: text.indexOf('on Friday') + 9, text: 'on Friday', date: '2021-06-11', range: ['2021-06-11', '2021-06-11'], precision: 1 };
  const moved = gapBefore(text, s, { start: text.indexOf('shelled') }, friday);
  assert.equal(moved?.date, '2021-06-09');
  assert.deepEqual(moved?.range, ['2021-06-08', '2021-06-10']);
  // the main clause's act keeps its date
  assert.equal(gapBefore(text, s, { start: text.indexOf('left') }, friday), undefined);
  // a month-wide date is no day to count back from
  assert.equal(gapBefore(text, s, { start: text.indexOf('shelled') }, { ...friday, precision: 3 }), undefined);
});
