import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { ACLED_COLUMNS, eventToGeoJSONFeature, eventsToCsvRows, toCsv, toGeoJSON, csvHeader } from '../../src/ingest/interop/formats.ts';
import { writeEvents } from '../../src/ingest/interop/stream-out.ts';
import { PassThrough } from 'node:stream';
import { event } from './helpers.ts';

test('ACLED CSV: the current export header, one row per event, RFC 4180 quoting', () => {
  const e = event({ event_id: 'acled:BEN9', actor1: 'Group "X", the first', notes: 'line one\nline two', inter2: 7, interaction: 17, country: 'Benin' });
  const csv = toCsv([e, event({ event_id: 'abc', latitude: null, longitude: null, actor2: null })]);
  const rows = parse(csv) as string[][];
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  assert.equal(rows.length, 3);
  const r = Object.fromEntries(rows[0].map((c, i) => [c, rows[1][i]]));
  assert.equal(r.event_id_cnty, 'BEN9', 'the import prefix is not part of the ACLED id');
  assert.equal(r.actor1, 'Group "X", the first');
  assert.equal(r.notes, 'line one\nline two');
  assert.equal(r.year, '2024');
  assert.equal(r.iso, '204');
  assert.equal(r.region, 'Western Africa');
  assert.equal(r.civilian_targeting, 'Civilian targeting');
  const r2 = Object.fromEntries(rows[0].map((c, i) => [c, rows[2][i]]));
  assert.equal(r2.latitude, '');
  assert.equal(r2.actor2, '');
  assert.equal(r2.civilian_targeting, '');
});

test('ACLED CSV: values kept from an import (extra) are written back; --extended adds sitrep columns', () => {
  const e = event({ extra: { admin3: 'Ward 4', source_scale: 'National', tags: 'crowd size=no report', timestamp: '1700000000', region: 'South-Eastern Asia' } });
  const [row] = eventsToCsvRows([e]);
  const r = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, row[i]]));
  assert.equal(r.admin3, 'Ward 4');
  assert.equal(r.region, 'South-Eastern Asia');
  assert.equal(r.timestamp, '1700000000');
  const ext = csvHeader({ extended: true });
  assert.ok(ext.length > ACLED_COLUMNS.length && ext.includes('confidence'));
  assert.equal(eventsToCsvRows([e], { extended: true })[0].length, ext.length);
});

test('GeoJSON: RFC 7946 [longitude, latitude], null geometry without coordinates', () => {
  const f = eventToGeoJSONFeature(event({ latitude: 14.4843, longitude: -4.1827 }));
  assert.equal(f.type, 'Feature');
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [-4.1827, 14.4843] });
  assert.equal(f.properties.event_type, 'Battles');
  assert.equal(eventToGeoJSONFeature(event({ latitude: null, longitude: null })).geometry, null);
  const fc = toGeoJSON([event(), event({ event_id: 'e2' })]);
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 2);
});

test('streaming writer: the GeoJSON it streams parses, and equals toGeoJSON', async () => {
  const events = [event(), event({ event_id: 'e2', latitude: null, longitude: null }), event({ event_id: 'e3', notes: '"quoted", \u2028 odd' })];
  for (const fmt of ['geojson', 'acled', 'jsonl'] as const) {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c) => chunks.push(c));
    const n = await writeEvents(events, fmt, out);
    assert.equal(n, 3);
    const text = Buffer.concat(chunks).toString('utf8');
    if (fmt === 'geojson') assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(toGeoJSON(events))));
    if (fmt === 'acled') assert.equal(text, toCsv(events));
    if (fmt === 'jsonl') assert.deepEqual(text.trim().split('\n').map((l) => JSON.parse(l).event_id), ['e1', 'e2', 'e3']);
  }
  // an empty export is still a valid document
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c) => chunks.push(c));
  await writeEvents([], 'geojson', out);
  assert.deepEqual(JSON.parse(Buffer.concat(chunks).toString()), { type: 'FeatureCollection', features: [] });
});
