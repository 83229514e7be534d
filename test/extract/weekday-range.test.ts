// "the night of Saturday to Sunday": a range of weekdays ends on the first end weekday after its
// start (invented sentences; published on a Wednesday).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/extract/dates.ts';
import { segment } from '../../src/extract/segment.ts';

const ranges = (text: string) => findDates({ id: 'd', text, published: '2024-05-15' }, segment(text)).mentions.map((m) => m.range.join('..'));

test('weekday range: the end weekday follows its start', () => {
  assert.deepEqual(ranges('A drone strike hit a house in Idlib on the night of Saturday to Sunday.'), ['2024-05-11..2024-05-12']);
  assert.deepEqual(ranges('Clashes continued from Saturday to Monday.'), ['2024-05-11..2024-05-13']);
});
