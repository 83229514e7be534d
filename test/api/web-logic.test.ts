// The dashboard's pure logic (URL state, clustering, evidence runs, day series), run in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiQuery, formatState, parseState, sameServerFilters } from '../../web/src/state.ts';
import { clusterLabel, clusterPoints, project, radiusFor, type Point } from '../../web/src/cluster.ts';
import { dayKey, dayKeysOf, indexesInRange } from '../../web/src/brush.ts';
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

test('the brush keeps the events whose day lies in the range, both ends included', () => {
  const events = [{ event_date: '2024-08-13' }, { event_date: '2024-08-05' }, { event_date: '2024-09-01' }, { event_date: 'not a date' }, { event_date: '' }, { event_date: '2024-08-11' }];
  const keys = dayKeysOf(events);
  assert.deepEqual([...keys], [20240813, 20240805, 20240901, -1, -1, 20240811]);
  assert.deepEqual([...indexesInRange(keys, '2024-08-05', '2024-08-11')], [1, 5]);
  assert.deepEqual([...indexesInRange(keys, '2024-08-11', '2024-08-31')], [0, 5]);
  assert.deepEqual([...indexesInRange(keys, '2024-09-02', '2024-12-31')], []);
  // a malformed brush selects nothing rather than everything
  assert.deepEqual([...indexesInRange(keys, 'junk', '2024-12-31')], []);
  assert.equal(dayKey('1999-12-31'), 19991231);
  assert.equal(dayKey('2024-1-5'), -1);
  // same answer as comparing the ISO strings, on random days
  let seed = 3;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const day = () => new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 4000) * 86400000).toISOString().slice(0, 10);
  const many = Array.from({ length: 500 }, () => ({ event_date: day() }));
  for (let t = 0; t < 20; t++) {
    const [a, b] = [day(), day()].sort();
    const expected = many.flatMap((e, i) => (e.event_date >= a && e.event_date <= b ? [i] : []));
    assert.deepEqual([...indexesInRange(dayKeysOf(many), a, b)], expected);
  }
});

test('cluster labels are counts up to 999, then thousands', () => {
  assert.equal(clusterLabel(2), '2');
  assert.equal(clusterLabel(999), '999');
  assert.equal(clusterLabel(1499), '1k');
  assert.equal(clusterLabel(12600), '13k');
});

test('the dashboard bundle counts as built only when it is newer than every source', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, utimesSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { webBuilt } = await import('../../src/api/web-build.ts');
  const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  try {
    const web = join(root, 'web');
    const dist = join(web, 'dist');
    mkdirSync(join(web, 'src', 'deep'), { recursive: true });
    writeFileSync(join(web, 'src', 'deep', 'a.ts'), 'x');
    assert.equal(webBuilt(dist, web), false, 'no bundle yet');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    const t = Date.now() / 1000;
    utimesSync(join(web, 'src', 'deep', 'a.ts'), t - 100, t - 100);
    utimesSync(join(dist, 'index.html'), t - 50, t - 50);
    assert.equal(webBuilt(dist, web), true, 'bundle newer than the sources');
    utimesSync(join(web, 'src', 'deep', 'a.ts'), t - 10, t - 10);
    assert.equal(webBuilt(dist, web), false, 'a source edited after the build');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
