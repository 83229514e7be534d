// "the West" and "Western governments" as the political bloc: Western Europe's point, not a
// province named Western (Sri Lanka, Ghana) nor a small town called West.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm } from '../../src/geo/index.ts';
import { geo } from './resolve-spans.ts';

/** every whole-word occurrence of the names, resolved as gold spans */
function resolve(text: string, names: string[]) {
  const spans = [...text.matchAll(new RegExp(`\\b(?:${names.join('|')})\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length, name: m[0] }));
  return geo.resolveSpans({ id: 't', text }, spans).map((r, i) => ({ name: spans[i].name, r }));
}

const nearWesternEurope = (r: { latitude: number; longitude: number } | null) => !!r && distanceKm(r.latitude, r.longitude, 50.21, 7.42) < 161;

test('"the West" and "Western" before a bloc noun name the political West', () => {
  const text = 'Ties between Minsk and the West cooled again this spring, and Western governments recalled two envoys. The West\'s answer came a week later.';
  for (const { name, r } of resolve(text, ['West', 'Western'])) assert.ok(nearWesternEurope(r), `${name}: ${r?.name}, ${r?.country_code}`);
});

test('a province named Western and the West of a country keep their own sense', () => {
  const text = 'Cholera cases rose in the provinces of Central, Eastern and Western, the ministry in Lusaka said.';
  const [{ r }] = resolve(text, ['Western']);
  assert.ok(r?.feature === 'admin1' && !nearWesternEurope(r), `${r?.name}`);
  const t2 = 'Storms battered the West of Ireland overnight.';
  const [{ r: w }] = resolve(t2, ['West']);
  assert.ok(!nearWesternEurope(w), `${w?.name}`);
});
