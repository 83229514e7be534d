// End-to-end over reports written for these tests (invented incidents, real places and groups).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, segment } from '../../src/extract/index.ts';
import { SUB_EVENT_TYPES } from '../../src/core/taxonomy.ts';
import type { SitrepEvent } from '../../src/core/types.ts';

const REPORT = [
  'Iran-backed militia fighters fired rockets at a US base in Syria on Monday, the second such attack this week.',
  'According to Reuters, citing two US officials, the rockets landed near the perimeter and caused no damage.',
  'The rockets were of the Katyusha type, the officials said.',
  'Washington has so far refrained from retaliation against the groups, and officials said they would not strike Iran.',
  'In a separate incident, a drone attack on a base in Iraq last week wounded four US service members, the Pentagon said on Monday.',
  'About 2,500 US troops are deployed in Iraq.',
].join(' ');

function check(e: SitrepEvent): void {
  assert.ok(SUB_EVENT_TYPES[e.event_type].includes(e.sub_event_type));
  assert.match(e.event_date, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(e.date_range[0] <= e.event_date && e.event_date <= e.date_range[1]);
  assert.ok([1, 2, 3].includes(e.time_precision) && [1, 2, 3].includes(e.geo_precision));
  assert.ok(e.inter1 >= 0 && e.inter1 <= 8 && e.inter2 >= 0 && e.inter2 <= 8);
  assert.equal(typeof e.notes, 'string');
  assert.ok(e.notes.length > 10);
  assert.ok(e.evidence.length > 0);
  assert.ok(Number.isInteger(e.fatalities) && e.fatalities >= 0);
}

test('pipeline: a seed-like report yields the two asserted incidents and nothing from the no-event sentences', () => {
  const r = extract({ id: 'p1', text: REPORT, published: '2024-06-11', source: 'Fixture Wire' });
  for (const e of r.events) check(e);
  const asserted = r.events.filter((e) => e.modality !== 'background');
  assert.equal(asserted.length, 2, JSON.stringify(asserted.map((e) => e.notes)));
  const [rockets, drone] = asserted;
  assert.equal(rockets.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(rockets.event_date, '2024-06-10');
  assert.match(rockets.actor1 ?? '', /Iran-backed/);
  assert.equal(rockets.affiliation1, 'Iran');
  assert.match(rockets.actor2 ?? '', /United States/);
  assert.equal(rockets.inter2, 8);
  assert.ok(rockets.weapons.includes('rocket (Katyusha)'));
  assert.deepEqual(rockets.attribution[0], { claim_by: 'two US officials', via: 'Reuters' });
  assert.equal(rockets.source, 'Reuters; Fixture Wire');
  assert.equal(rockets.country, 'Syria');
  assert.equal(drone.sub_event_type, 'Air/drone strike');
  assert.deepEqual(drone.date_range, ['2024-06-03', '2024-06-09']);
  assert.equal(drone.time_precision, 2);
  assert.equal(drone.injuries, 4);
  assert.equal(drone.fatalities, 0);
  assert.equal(drone.country, 'Iraq');
  // nothing comes from the refrained / would-not / standing-state sentences
  const noEvent = ['refrained', 'are deployed'];
  for (const e of r.events) for (const ev of e.evidence) {
    const sentence = segment(REPORT).find((s) => s.start <= ev.start && ev.end <= s.end)!;
    for (const n of noEvent) assert.ok(!sentence.text.includes(n), `evidence from a no-event sentence: ${sentence.text}`);
  }
});

test('pipeline: ids are stable across runs', () => {
  const a = extract({ id: 'p1', text: REPORT, published: '2024-06-11' }).events.map((e) => e.event_id);
  const b = extract({ id: 'p1', text: REPORT, published: '2024-06-11' }).events.map((e) => e.event_id);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length);
});

test('pipeline: ACLED-style notes', () => {
  const r = extract({ id: 'n', text: 'On 3 June 2024, clashes erupted between Al Shabaab militants and Somali army forces near Afgooye (Lower Shabelle). 4 fatalities.', published: '2024-06-05' });
  assert.equal(r.events.length, 1);
  const e = r.events[0];
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.equal(e.fatalities, 4);
  assert.equal(e.event_date, '2024-06-03');
  assert.deepEqual([e.inter1, e.inter2], [2, 1]);
  const p = extract({ id: 'q', text: 'On 2 June 2024, around 300 teachers protested in Nairobi (Nairobi) demanding unpaid salaries. [size=around 300]', published: '2024-06-05' }).events;
  assert.equal(p.length, 1);
  assert.equal(p[0].sub_event_type, 'Peaceful protest');
  assert.equal(p[0].inter1, 6);
  const t = extract({ id: 't', text: 'Property destruction: On 1 June 2024, unidentified gunmen burned a school in a village of Tillaberi.', published: '2024-06-05' }).events;
  assert.equal(t.length, 1);
  assert.equal(t[0].sub_event_type, 'Looting/property destruction');
});

test('pipeline: without a published date a relative date is not silently wrong', () => {
  const r = extract({ id: 'u', text: 'Gunmen killed three farmers in central Mali on Tuesday.' });
  for (const e of r.events) assert.ok(e.time_precision === 3 || r.warnings.length > 0);
});

test('pipeline: non-English text gives a warning and no events', () => {
  const r = extract({ id: 'es', text: 'El ejército atacó la ciudad el martes y murieron cinco personas en los enfrentamientos con los rebeldes del norte.', published: '2024-06-05' });
  assert.equal(r.events.length, 0);
  assert.ok(r.warnings.some((w) => /unsupported language/.test(w)));
});

test('pipeline: any input finishes in bounded time', () => {
  const inputs = [
    'a'.repeat(1_000_000),
    ','.repeat(10_000) + ' attack',
    'killed '.repeat(20_000),
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65535)).join(''),
    '<div>'.repeat(20_000) + 'Gunmen attacked a village in Mali on 3 June 2024.' + '</div>'.repeat(20_000),
    'On 3 June 2024, ' + 'militants attacked, '.repeat(3000) + 'in Mali.',
  ];
  for (const text of inputs) {
    const t0 = Date.now();
    const r = extract({ id: 'x', text, published: '2024-06-05' });
    assert.ok(Array.isArray(r.events));
    assert.ok(Date.now() - t0 < 8000, `took ${Date.now() - t0} ms on input starting ${JSON.stringify(text.slice(0, 20))}`);
  }
});

test('pipeline: a full date opening the sentence frames its clause; a reporting verb hands the event back to its own date', () => {
  const a = extract({ id: 'p-open', text: 'On 8 May 2022, traders protested in Monday Market against new taxes in Kano.', published: '2022-05-20' });
  assert.deepEqual(a.events.map((e) => e.event_date), ['2022-05-08']);
  const b = extract({ id: 'p-open2', text: 'On 12 May 2022, police said gunmen killed two farmers on Sunday in Kaduna.', published: '2022-05-13' });
  assert.deepEqual(b.events.map((e) => e.event_date), ['2022-05-08']);
});
