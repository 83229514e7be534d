import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeDecision, fuse, fuseFatalities, haversineKm } from '../../src/store/merge.ts';
import { mkEvent } from './helpers.ts';

test('haversine: Riverton to a point 0.1° north is about 11 km', () => {
  const km = haversineKm(35, 40, 35.1, 40);
  assert.ok(km > 10.5 && km < 11.5, String(km));
});

test('mergeDecision: same incident reported twice merges and explains why', () => {
  const d = mergeDecision(mkEvent({ fatalities: 3 }), mkEvent({ fatalities: 2, latitude: 35.05 }));
  assert.equal(d.merge, true);
  for (const f of ['event_type', 'sub_event_type', 'event_date', 'country', 'admin1', 'admin2', 'location', 'coordinates', 'actor1']) {
    assert.ok(d.agreed.includes(f), `agreed should include ${f}: ${d.agreed}`);
  }
  assert.ok(!d.agreed.includes('fatalities'));
  assert.ok(d.reasons.length >= 4);
});

test('mergeDecision: different event type never merges', () => {
  const d = mergeDecision(mkEvent(), mkEvent({ event_type: 'Battles', sub_event_type: 'Armed clash' }));
  assert.equal(d.merge, false);
  assert.match(d.reasons[0], /event types differ/);
});

test('mergeDecision: ±1 day merges, 2 days apart does not (point dates)', () => {
  assert.equal(mergeDecision(mkEvent({ event_date: '2024-08-14', date_range: ['2024-08-14', '2024-08-14'] }), mkEvent()).merge, true);
  assert.equal(mergeDecision(mkEvent({ event_date: '2024-08-15', date_range: ['2024-08-15', '2024-08-15'] }), mkEvent()).merge, false);
});

test('mergeDecision: overlapping week ranges merge; month-wide ranges do not prove overlap', () => {
  const week = mkEvent({ event_date: '2024-08-08', date_range: ['2024-08-05', '2024-08-11'], time_precision: 2 });
  const inWeek = mkEvent({ event_date: '2024-08-10', date_range: ['2024-08-10', '2024-08-10'] });
  assert.equal(mergeDecision(week, inWeek).merge, true);
  assert.ok(mergeDecision(week, inWeek).agreed.includes('date_range'));
  const month = mkEvent({ event_date: '2024-08-16', date_range: ['2024-08-01', '2024-08-31'], time_precision: 3 });
  assert.equal(mergeDecision(month, inWeek).merge, false);
});

test('mergeDecision: place within 25 km merges, 40 km apart in another district does not', () => {
  assert.equal(mergeDecision(mkEvent({ latitude: 35.2, location: 'Hilltown' }), mkEvent()).merge, true); // ~22 km
  const far = mkEvent({ latitude: 35.36, admin2: 'Other District', location: 'Farville' }); // ~40 km
  const d = mergeDecision(far, mkEvent());
  assert.equal(d.merge, false);
  assert.ok(d.reasons.some((r) => /km apart/.test(r)));
});

test('mergeDecision: same admin2 merges even when coordinates are far or missing', () => {
  const a = mkEvent({ latitude: null, longitude: null, location: 'Riverside District', geo_precision: 2 });
  assert.equal(mergeDecision(a, mkEvent()).merge, true);
  const sameDistrictFar = mkEvent({ latitude: 35.5, location: 'Edge Village' });
  assert.equal(mergeDecision(sameDistrictFar, mkEvent()).merge, true);
  // same admin2 name in a different admin1 is a different district
  const otherProvince = mkEvent({ latitude: 35.5, location: 'Edge Village', admin1: 'South Province' });
  assert.equal(mergeDecision(otherProvince, mkEvent()).merge, false);
});

test('mergeDecision: different countries never merge', () => {
  assert.equal(mergeDecision(mkEvent({ country: 'Otherland' }), mkEvent()).merge, false);
});

test('mergeDecision: actors compatible when unnamed, equal or swapped; conflicting actors do not merge', () => {
  const base = mkEvent({ actor1: 'Group A', actor2: 'Group B' });
  assert.equal(mergeDecision(mkEvent({ actor1: 'Group A', actor2: null }), base).merge, true);
  assert.equal(mergeDecision(mkEvent({ actor1: null, actor2: null }), base).merge, true);
  const swapped = mergeDecision(mkEvent({ actor1: 'Group B', actor2: 'Group A' }), base);
  assert.equal(swapped.merge, true);
  assert.ok(swapped.agreed.includes('actors (swapped)'));
  assert.equal(mergeDecision(mkEvent({ actor1: 'Group C', actor2: 'Group B' }), base).merge, false);
  assert.equal(mergeDecision(mkEvent({ actor1: 'group a', actor2: 'GROUP B' }), base).merge, true, 'case-insensitive');
});

test('fuseFatalities: highest figure, unless a lone outlier among three or more sources', () => {
  assert.equal(fuseFatalities([]), 0);
  assert.equal(fuseFatalities([3]), 3);
  assert.equal(fuseFatalities([3, 5]), 5);
  assert.equal(fuseFatalities([2, 100]), 100, 'two sources: cannot tell which is the outlier, take the highest');
  assert.equal(fuseFatalities([4, 5, 60]), 5, 'one figure far above two agreeing ones is not credible');
  assert.equal(fuseFatalities([4, 12, 15]), 15, 'a rising count is credible');
  assert.equal(fuseFatalities([5, 5, 14]), 14, 'within +10 of the next is credible');
  assert.equal(fuseFatalities([-1, NaN, 2]), 2);
});

test('fuse: unions sources/weapons/attribution, picks the most precise date and place, anchor identity', () => {
  const a = mkEvent({ event_id: 'a', notes: 'first', source: 'Wire A', weapons: ['artillery'], geo_precision: 2, location: 'Riverside District', latitude: 35.1,
    attribution: [{ claim_by: 'officials', via: 'Wire A' }], time_precision: 2, event_date: '2024-08-14', date_range: ['2024-08-12', '2024-08-18'], injuries: null, confidence: 0.6 });
  const b = mkEvent({ event_id: 'b', notes: 'second', source: 'Wire B; Wire A', weapons: ['artillery', 'missile'], geo_precision: 1, location: 'Riverton',
    attribution: [{ claim_by: 'officials', via: 'Wire A' }, { claim_by: null, via: 'Wire B' }], fatalities: 7, injuries: 3, confidence: 0.9 });
  const f = fuse([a, b]);
  assert.equal(f.event_id, 'a');
  assert.equal(f.notes, 'first');
  assert.equal(f.location, 'Riverton');
  assert.equal(f.geo_precision, 1);
  assert.equal(f.event_date, '2024-08-13');
  assert.equal(f.time_precision, 1);
  assert.deepEqual(f.date_range, ['2024-08-13', '2024-08-13']);
  assert.equal(f.source, 'Wire A; Wire B');
  assert.deepEqual(f.weapons, ['artillery', 'missile']);
  assert.equal(f.attribution.length, 2);
  assert.equal(f.fatalities, 7);
  assert.equal(f.injuries, 3);
  assert.equal(f.confidence, 0.9);
  assert.equal(f.sources_count, 2);
});
