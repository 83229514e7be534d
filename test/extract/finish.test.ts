import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codesFor, ploverOf, eventId, hex8 } from '../../src/extract/finish.ts';
import { extract } from '../../src/extract/index.ts';
import { eventsOf } from './events-of.ts';
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

test('hex8 writes a 32-bit hash as toString(16) padded to 8 digits does', () => {
  const xs = [0, 1, 15, 16, 255, 0x7fffffff, 0x80000000, 0xffffffff, -1, -2147483648, 0x0abcdef0];
  let x = 0x811c9dc5;
  for (let i = 0; i < 20000; i++) xs.push((x = Math.imul(x ^ i, 0x01000193)));
  for (const v of xs) assert.equal(hex8(v), (v >>> 0).toString(16).padStart(8, '0'), String(v));
});

test('finish: a peaceful protest or an arrest carries no deaths; a toll told with it is its grievance\'s', () => {
  const [p] = eventsOf('On 6 May 2021, about 20 relatives of a man who died in a road accident rallied outside the court in Kandi (Alibori) demanding justice.');
  assert.equal(p.sub_event_type, 'Peaceful protest');
  assert.equal(p.fatalities, 0);
});
