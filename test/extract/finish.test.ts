import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codesFor, ploverOf, eventId } from '../../src/extract/finish.ts';
import { extract } from '../../src/extract/index.ts';
import { SUB_EVENT_TYPES, EVENT_TYPES, disorderTypeOf, interactionCode } from '../../src/core/taxonomy.ts';

test('finish: CAMEO and PLOVER codes come from the mapping tables', () => {
  assert.deepEqual(codesFor('Air/drone strike'), { cameo: '195', plover: 'ASSAULT/aerial' });
  assert.equal(codesFor('Peaceful protest').plover, 'PROTEST/demo');
  assert.equal(codesFor('Arrests').plover, 'COERCE/arrest');
  assert.equal(ploverOf('1831'), 'ASSAULT/suicide-attack');
  for (const t of EVENT_TYPES) for (const sub of SUB_EVENT_TYPES[t]) assert.ok(codesFor(sub).cameo, `no CAMEO code for ${sub}`);
});

test('finish: event ids are stable and distinct', () => {
  assert.equal(eventId('d', 10, 'Attack'), eventId('d', 10, 'Attack'));
  assert.notEqual(eventId('d', 10, 'Attack'), eventId('d', 11, 'Attack'));
});

test('finish: every field of an event has a legal value', () => {
  const r = extract({ id: 'f', text: 'On 3 May 2024, Boko Haram militants killed five farmers near Maiduguri in Nigeria.', published: '2024-05-05', source: 'Fixture Wire' });
  assert.equal(r.events.length, 1);
  const e = r.events[0];
  assert.equal(e.event_type, 'Violence against civilians');
  assert.equal(e.disorder_type, disorderTypeOf(e.event_type));
  assert.ok(SUB_EVENT_TYPES[e.event_type].includes(e.sub_event_type));
  assert.equal(e.event_date, '2024-05-03');
  assert.equal(e.time_precision, 1);
  assert.equal(e.fatalities, 5);
  assert.equal(e.injuries, null);
  assert.equal(e.inter1, 2);
  assert.equal(e.inter2, 7);
  assert.equal(e.interaction, interactionCode(2, 7));
  assert.equal(e.country, 'Nigeria');
  assert.equal(e.source, 'Fixture Wire');
  assert.equal(e.sources_count, 1);
  assert.ok(e.confidence > 0 && e.confidence <= 1);
  assert.ok(!e.notes.includes('killed five farmers near Maiduguri'), 'notes must not copy the sentence');
  for (const ev of e.evidence) assert.equal(r.events[0].evidence.length > 0 && ev.text, 'On 3 May 2024, Boko Haram militants killed five farmers near Maiduguri in Nigeria.'.slice(ev.start, ev.end));
  const fields = new Set(e.evidence.map((x) => x.field));
  for (const f of ['event_type', 'actor1', 'fatalities', 'event_date']) assert.ok(fields.has(f), `no evidence for ${f}`);
});
