// What every event that leaves the extractor, the store or the API must satisfy (../shared/spec/EVENT.md):
// used by the bad-input tests so that "did not crash" is never the only thing checked.
import assert from 'node:assert/strict';
import { SUB_EVENT_TYPES, disorderTypeOf, interactionCode } from '../../src/core/taxonomy.ts';
import type { EventType, SitrepEvent } from '../../src/core/types.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDay(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = DAY.exec(s);
  if (!m) return false;
  // setUTCFullYear: Date.UTC maps years 0-99 to 1900-1999
  const d = new Date(0);
  d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const isCount = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** asserts the event record is sound; `text` (the document) checks the evidence offsets */
export function checkEvent(e: SitrepEvent, text?: string, opts: { reference?: boolean } = {}): void {
  const where = `event ${e.event_id}`;
  assert.equal(typeof e.event_id, 'string', `${where}: event_id`);
  assert.ok(e.event_id.length > 0);
  assert.ok(isRealDay(e.event_date), `${where}: event_date ${e.event_date}`);
  assert.ok(Array.isArray(e.date_range) && isRealDay(e.date_range[0]) && isRealDay(e.date_range[1]), `${where}: date_range ${e.date_range}`);
  assert.ok(e.date_range[0] <= e.event_date && e.event_date <= e.date_range[1], `${where}: event_date outside date_range`);
  assert.ok([1, 2, 3].includes(e.time_precision), `${where}: time_precision`);
  const subs = SUB_EVENT_TYPES[e.event_type as EventType];
  assert.ok(subs, `${where}: event_type ${e.event_type}`);
  assert.ok(subs.includes(e.sub_event_type), `${where}: sub_event_type ${e.sub_event_type} for ${e.event_type}`);
  assert.equal(e.disorder_type, disorderTypeOf(e.event_type), `${where}: disorder_type`);
  for (const k of ['inter1', 'inter2'] as const) assert.ok(Number.isInteger(e[k]) && e[k] >= 0 && e[k] <= 8, `${where}: ${k}`);
  // reference imports keep the data set's own interaction code (ACLED revised some by hand)
  if (!opts.reference) assert.equal(e.interaction, interactionCode(e.inter1, e.inter2), `${where}: interaction`);
  else assert.ok(Number.isInteger(e.interaction) && e.interaction >= 0 && e.interaction <= 88, `${where}: interaction ${e.interaction}`);
  assert.ok(isCount(e.fatalities), `${where}: fatalities ${e.fatalities}`);
  assert.ok(e.injuries === null || isCount(e.injuries), `${where}: injuries ${e.injuries}`);
  assert.ok([1, 2, 3].includes(e.geo_precision), `${where}: geo_precision`);
  if (e.latitude !== null) assert.ok(Number.isFinite(e.latitude) && Math.abs(e.latitude) <= 90, `${where}: latitude`);
  if (e.longitude !== null) assert.ok(Number.isFinite(e.longitude) && Math.abs(e.longitude) <= 180, `${where}: longitude`);
  assert.ok(typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1, `${where}: confidence ${e.confidence}`);
  assert.ok(Array.isArray(e.weapons) && e.weapons.every((w) => typeof w === 'string'), `${where}: weapons`);
  for (const k of ['country', 'admin1', 'admin2', 'location', 'source', 'notes', 'assoc_actor_1', 'assoc_actor_2', 'cameo', 'plover'] as const) {
    assert.equal(typeof e[k], 'string', `${where}: ${k}`);
  }
  assert.ok(Array.isArray(e.attribution), `${where}: attribution`);
  assert.ok(Array.isArray(e.evidence), `${where}: evidence`);
  if (text !== undefined) {
    for (const ev of e.evidence) {
      assert.ok(ev.start >= 0 && ev.start <= ev.end && ev.end <= text.length, `${where}: evidence ${ev.field} [${ev.start},${ev.end}) outside the text`);
      assert.equal(text.slice(ev.start, ev.end), ev.text, `${where}: evidence ${ev.field} text differs from the document at its offsets`);
    }
  }
  // a record that fails to serialize cannot be stored or served
  assert.doesNotThrow(() => JSON.stringify(e));
}
