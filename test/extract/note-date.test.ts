// A coded note's date line ("14 March." alone before the story) dates the note, even when a story
// sentence names another day after its verb. Invented notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { noteDateLine, framedByDateLine } from '../../src/extract/dates/note-date.ts';
import { segment } from '../../src/extract/segment.ts';
import type { DateMention } from '../../src/core/types.ts';

const at = (text: string, published: string) => extract({ id: 't', text, published }).events;

test('note date line: a later date after the verb is a detail, the note keeps its date line', () => {
  const text = '14 March. Farmers blocked the road into Natitingou with logs to demand that the flood relief promised in February 2021 be paid. Police reopened it by evening.';
  const asserted = at(text, '2021-03-20').filter((e) => e.modality === 'asserted');
  assert.equal(asserted.length, 1, JSON.stringify(asserted.map((e) => e.event_date)));
  assert.equal(asserted[0].event_date, '2021-03-14');
});

test('note date line: an earlier unrest named by a noun keeps its own day as background', () => {
  const text = '9 July. Traders in Djougou barricaded the market road to protest the jailing of the organisers of the riots at the end of May. Tyres were set alight.';
  const events = at(text, '2021-07-12');
  const asserted = events.filter((e) => e.modality === 'asserted');
  assert.deepEqual(asserted.map((e) => e.event_date), ['2021-07-09']);
  assert.ok(events.every((e) => e.modality === 'asserted' || e.event_date < '2021-07-01'));
});

test('note date line: only a sentence that is nothing but a date counts', () => {
  const date = (text: string, start: number, end: number): DateMention => ({ kind: 'date', sentence: 0, start, end, text: text.slice(start, end), date: '2021-03-14', range: ['2021-03-14', '2021-03-14'], precision: 1 });
  const line = '14 March (or around). Farmers blocked a road.';
  assert.ok(noteDateLine(segment(line), [date(line, 0, 8)]));
  const story = '14 March, farmers blocked a road. Police came.';
  assert.equal(noteDateLine(segment(story), [date(story, 0, 8)]), undefined);
  const lone = '14 March.';
  assert.equal(noteDateLine(segment(lone), [date(lone, 0, 8)]), undefined);
});

test('note date line: a later date is framed, a definite noun\'s is its own, a missing date is framed', () => {
  const d = (start: number): DateMention => ({ kind: 'date', sentence: 1, start, end: start + 5, text: 'April', date: '2021-04-15', range: ['2021-04-01', '2021-04-30'], precision: 3 });
  const line = d(0);
  assert.equal(framedByDateLine(line, d(80), { start: 20 }), true);
  assert.equal(framedByDateLine(line, d(10), { start: 20 }), false);
  assert.equal(framedByDateLine(line, d(80), { start: 20, anaphoric: true }), false);
  assert.equal(framedByDateLine(line, undefined, { start: 20, anaphoric: true }), true);
  assert.equal(framedByDateLine(undefined, undefined, { start: 20 }), false);
});
