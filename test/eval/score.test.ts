import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreDocument, summarize, matches, holds, haversineKm } from '../../src/eval/score.ts';
import type { GoldDocument } from '../../src/eval/gold.ts';
import type { SitrepEvent } from '../../src/core/types.ts';

const TEXT = 'Rebels shelled the town of Kidal on Monday. Officials said they would retaliate if attacked.';

function ev(over: Partial<SitrepEvent>): SitrepEvent {
  return {
    event_id: 'e1', event_date: '2024-05-06', date_range: ['2024-05-06', '2024-05-06'], time_precision: 1,
    disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Rebels (Mali)', actor2: null, assoc_actor_1: '', assoc_actor_2: '', inter1: 2, inter2: 0, interaction: 20,
    affiliation1: null, affiliation2: null, country: 'Mali', admin1: 'Kidal', admin2: '', location: 'Kidal',
    latitude: 18.44, longitude: 1.41, geo_precision: 1, fatalities: 0, injuries: null, weapons: ['artillery'],
    source: 'Test', attribution: [], notes: 'Rebels shelled Kidal.', cameo: '195', plover: 'ASSAULT/aerial',
    confidence: 0.8, evidence: [{ field: 'event_type', start: 7, end: 14, text: 'shelled' }], sources_count: 1, ...over,
  };
}

const gold: GoldDocument = {
  id: 'd1', published: '2024-05-07', text: TEXT, no_event_sentences: ['would retaliate if attacked'],
  events: [{
    label: 'shelling', required: true, event_type: 'Explosions/Remote violence', sub_event_type: ['Shelling/artillery/missile attack'],
    date_range: ['2024-05-06', '2024-05-06'], actor1_any: ['rebel'], country: 'Mali', near: { lat: 18.44, lon: 1.41, km: 25 },
    fatalities: 0, injuries: null, weapons_any: ['artillery'],
  }],
};

test('haversine is about 111 km per degree of latitude', () => {
  assert.ok(Math.abs(haversineKm(0, 0, 1, 0) - 111.2) < 0.5);
});

test('a correct prediction matches with every field right', () => {
  const s = scoreDocument(gold, [ev({})]);
  assert.equal(s.matchedRequired, 1);
  assert.equal(s.falsePositives.length, 0);
  assert.ok(Object.values(s.matched[0].fields).every(Boolean));
});

test('date within one day of the range still matches, two days does not', () => {
  assert.ok(matches(gold.events[0], ev({ event_date: '2024-05-07' })));
  assert.ok(!matches(gold.events[0], ev({ event_date: '2024-05-08' })));
});

test('a point outside `near` does not match', () => {
  assert.ok(!matches(gold.events[0], ev({ latitude: 12.6, longitude: -8.0 })));
});

test('each gold event takes one prediction; a duplicate is a false positive', () => {
  const s = scoreDocument(gold, [ev({}), ev({ event_id: 'e2', fatalities: 3 })]);
  assert.equal(s.correctPredictions, 1);
  assert.equal(s.falsePositives.length, 1);
  assert.equal(s.falsePositives[0].reason, 'duplicate of a matched event');
  // the better-agreeing prediction wins the match
  assert.equal(s.matched[0].pred.event_id, 'e1');
});

test('an event whose evidence lies only in a no-event sentence is a false positive', () => {
  const start = TEXT.indexOf('retaliate');
  const p = ev({ event_id: 'x', evidence: [{ field: 'event_type', start, end: start + 9, text: 'retaliate' }] });
  const s = scoreDocument(gold, [p]);
  assert.equal(s.correctPredictions, 0);
  assert.equal(s.falsePositives[0].reason, 'from a no-event sentence');
  assert.equal(s.misses.length, 1);
});

test('background events are not counted', () => {
  const s = scoreDocument(gold, [ev({}), ev({ event_id: 'b', modality: 'background', event_type: 'Battles' })]);
  assert.equal(s.predicted, 1);
  assert.equal(s.falsePositives.length, 0);
});

test('injuries null in gold requires null or absent', () => {
  assert.ok(holds('injuries', gold.events[0], ev({ injuries: null })));
  assert.ok(!holds('injuries', gold.events[0], ev({ injuries: 2 })));
});

test('summary computes recall, precision and best-candidate field accuracy', () => {
  const s1 = scoreDocument(gold, [ev({})]);
  const s2 = scoreDocument({ ...gold, id: 'd2' }, [ev({ event_type: 'Battles', sub_event_type: 'Armed clash' })]);
  const sum = summarize([s1, s2]);
  assert.equal(sum.recall, 0.5);
  assert.equal(sum.precision, 0.5);
  assert.equal(sum.fields_best.event_type.accuracy, 0.5);
  assert.equal(sum.fields.event_type.accuracy, 1);
  assert.ok(sum.reliability.length > 0);
});
