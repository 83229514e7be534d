// The dashboard's pure logic (URL state, clustering, evidence runs, day series), run in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiQuery, formatState, parseState, sameServerFilters } from '../../web/src/state.ts';
import { clusterPoints, project, radiusFor, type Point } from '../../web/src/cluster.ts';
import { categoryOf, splitRuns } from '../../web/src/highlight.ts';
import { dailySeries, MAX_DAYS } from '../../web/src/series.ts';

test('view state round-trips through the URL hash and drops junk', () => {
  const s = { from: '2024-08-01', country: 'Syria', event_type: 'Battles', min_confidence: 0.5, q: 'a&b=c', brush: ['2024-08-03', '2024-08-05'] as [string, string], event: 'ev 1' };
  assert.deepEqual(parseState(formatState(s)), s);
  assert.deepEqual(parseState('#from=yesterday&min_confidence=7&brush=2024-08-05..2024-08-01&country='), {});
  assert.equal(formatState({}), '');
  assert.equal(apiQuery({ country: 'Syria', brush: ['2024-01-01', '2024-01-02'], event: 'x' }, { limit: 5 }), 'country=Syria&limit=5');
  assert.ok(sameServerFilters({ country: 'A', brush: ['2024-01-01', '2024-01-02'] }, { country: 'A' }));
  assert.ok(!sameServerFilters({ country: 'A' }, { country: 'B' }));
});

test('projection matches Web Mercator at known points', () => {
  assert.deepEqual(project(0, 0, 0), [128, 128]);
  const [x, y] = project(85.05112878, 180, 1);
  assert.ok(Math.abs(x - 512) < 1e-6 && Math.abs(y) < 1e-3);
});

test('grid clustering merges nearby points, keeps far ones apart, and counts everything', () => {
  const pts: Point[] = [];
  for (let i = 0; i < 50; i++) pts.push({ lat: 35 + i * 0.001, lon: 40 + i * 0.001, i, fatalities: 1, type: i < 30 ? 'Battles' : 'Riots' });
  pts.push({ lat: -30, lon: -60, i: 50, fatalities: 9, type: 'Protests' });
  const low = clusterPoints(pts, 3);
  assert.equal(low.length, 2);
  const big = low.find((c) => c.count === 50)!;
  assert.equal(big.type, 'Battles');
  assert.equal(big.fatalities, 50);
  assert.deepEqual(low.find((c) => c.count === 1)!.members, [50]);
  const high = clusterPoints(pts, 18);
  assert.ok(high.length > 10, 'zooming in splits the cluster');
  assert.equal(high.reduce((n, c) => n + c.count, 0), 51);
  assert.ok(radiusFor(100) > radiusFor(0));
  assert.ok(radiusFor(1e9, 1e9) <= 24);
});

test('evidence runs cover the text exactly, innermost field first, and ignore bad spans', () => {
  const text = 'Gunmen killed six at Kano.';
  const runs = splitRuns(text, [
    { field: 'fatalities', start: 7, end: 25 },
    { field: 'location', start: 21, end: 25 },
    { field: 'actor1', start: 0, end: 6 },
    { field: 'bogus', start: 20, end: 999 },
    { field: 'empty', start: 3, end: 3 },
  ]);
  assert.equal(runs.map((r) => r.text).join(''), text);
  assert.deepEqual(runs.map((r) => [r.text, r.fields]), [
    ['Gunmen', ['actor1']],
    [' ', []],
    ['killed six at ', ['fatalities']],
    ['Kano', ['location', 'fatalities']],
    ['.', []],
  ]);
  assert.equal(categoryOf('actor2'), 'actor');
  assert.equal(categoryOf('admin1'), 'place');
  assert.equal(categoryOf('event_date'), 'date');
  assert.equal(categoryOf('weapons'), 'weapon');
  assert.equal(categoryOf('injuries'), 'casualties');
});

test('day series fill gaps with zeros and cap absurd ranges', () => {
  const s = dailySeries([
    { key: '2024-08-01', event_type: 'Battles', count: 2, fatalities: 0 },
    { key: '2024-08-03', event_type: 'Riots', count: 1, fatalities: 0 },
    { key: '2024-08-03', event_type: 'Battles', count: 1, fatalities: 0 },
  ]);
  assert.equal(s.xs.length, 3);
  assert.deepEqual(s.types, ['Battles', 'Riots']);
  assert.deepEqual(s.counts, [[2, 0, 1], [0, 0, 1]]);
  const wide = dailySeries([{ key: '0001-01-01', event_type: 'Riots', count: 1, fatalities: 0 }, { key: '2024-01-01', event_type: 'Riots', count: 1, fatalities: 0 }]);
  assert.equal(wide.xs.length, MAX_DAYS);
});
