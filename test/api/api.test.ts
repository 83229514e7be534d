import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testServer } from './helpers.ts';
import type { SitrepEvent } from '../../src/core/types.ts';

type Page = { events: SitrepEvent[]; next_cursor: string | null };

test('GET /api/events lists every event newest first with a cursor', async () => {
  const { app, store } = await testServer();
  const first = await app.inject('/api/events?limit=4');
  assert.equal(first.statusCode, 200);
  const p1 = first.json() as Page;
  assert.equal(p1.events.length, 4);
  assert.ok(p1.next_cursor, 'a second page exists');
  const dates = p1.events.map((e) => e.event_date);
  assert.deepEqual(dates, [...dates].sort().reverse());
  const p2 = (await app.inject(`/api/events?limit=4&cursor=${encodeURIComponent(p1.next_cursor!)}`)).json() as Page;
  assert.equal(p2.events.length, 2);
  assert.equal(p2.next_cursor, null);
  const ids = new Set([...p1.events, ...p2.events].map((e) => e.event_id));
  assert.equal(ids.size, 6, 'paging visits each event once');
  await app.close();
  await store.close();
});

test('GET /api/events applies every filter', async () => {
  const { app, store } = await testServer();
  const ids = async (qs: string) => ((await app.inject(`/api/events?${qs}`)).json() as Page).events.map((e) => e.event_id).sort();
  assert.deepEqual(await ids('country=Sudan'), ['ev-omdurman-clash']);
  assert.deepEqual(await ids('event_type=Protests'), ['ev-dhaka-march']);
  assert.deepEqual(await ids('sub_event_type=Air%2Fdrone%20strike'), ['ev-shaddadi-drone']);
  assert.deepEqual(await ids('from=2024-08-12&to=2024-08-13'), ['ev-deir-rockets', 'ev-kherson-shelling']);
  assert.deepEqual(await ids('admin1=Kherson'), ['ev-kherson-shelling']);
  assert.deepEqual(await ids('min_confidence=0.85'), ['ev-deir-rockets', 'ev-kherson-shelling']);
  assert.deepEqual(await ids('actor=Rapid%20Support'), ['ev-omdurman-clash']);
  // bbox around eastern Syria only
  assert.deepEqual(await ids('bbox=39,34,42,37'), ['ev-deir-rockets', 'ev-shaddadi-drone']);
  assert.deepEqual(await ids('q=quotas'), ['ev-dhaka-march']);
  assert.deepEqual(await ids('origin=acled'), []);
  await app.close();
  await store.close();
});

test('GET /api/events as GeoJSON and CSV', async () => {
  const { app, store } = await testServer();
  const geo = await app.inject('/api/events?format=geojson&country=Ukraine');
  assert.equal(geo.statusCode, 200);
  assert.match(String(geo.headers['content-type']), /geo\+json/);
  const fc = geo.json();
  assert.equal(fc.type, 'FeatureCollection');
  assert.deepEqual(fc.features[0].geometry, { type: 'Point', coordinates: [32.617, 46.635] });
  const csv = await app.inject('/api/events?format=csv&limit=2');
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  const lines = csv.body.trim().split('\n');
  assert.ok(/event_date/.test(lines[0]) && /fatalities/.test(lines[0]), 'ACLED header row');
  assert.equal(lines.length, 3);
  assert.ok(csv.headers['x-next-cursor'], 'csv pages carry the next cursor in a header');
  await app.close();
  await store.close();
});

test('GET /api/events/:id returns documents, evidence and merge explanation; 404 when unknown', async () => {
  const { app, store } = await testServer();
  const r = await app.inject('/api/events/ev-kherson-shelling');
  assert.equal(r.statusCode, 200);
  const d = r.json();
  assert.equal(d.event.event_id, 'ev-kherson-shelling');
  assert.equal(d.documents.length, 1);
  const doc = d.documents[0];
  const fat = doc.evidence.find((e: { field: string }) => e.field === 'fatalities');
  assert.equal(doc.text.slice(fat.start, fat.end), 'killing two civilians');
  assert.ok(Array.isArray(d.merge));
  const missing = await app.inject('/api/events/nope');
  assert.equal(missing.statusCode, 404);
  assert.deepEqual(Object.keys(missing.json()).sort(), ['error', 'message']);
  await app.close();
  await store.close();
});

test('GET /api/aggregates groups by day, country and actor pair', async () => {
  const { app, store } = await testServer();
  const byCountry = (await app.inject('/api/aggregates?by=country')).json();
  const syria = byCountry.rows.filter((r: { key: string }) => r.key === 'Syria').reduce((n: number, r: { count: number }) => n + r.count, 0);
  assert.equal(syria, 3);
  const byDay = (await app.inject('/api/aggregates?by=day&event_type=Battles')).json();
  assert.deepEqual(byDay.rows.map((r: { key: string; fatalities: number }) => [r.key, r.fatalities]), [['2024-08-10', 11]]);
  const pairs = (await app.inject('/api/aggregates?by=actor_pair&country=Sudan')).json();
  assert.equal(pairs.rows.length, 1);
  assert.match(pairs.rows[0].key, /Rapid Support Forces/);
  assert.equal((await app.inject('/api/aggregates?by=year')).statusCode, 400);
  assert.equal((await app.inject('/api/aggregates')).statusCode, 400);
  await app.close();
  await store.close();
});

test('GET /api/alerts compares the latest period with the previous one', async () => {
  const { app, store } = await testServer();
  const r = await app.inject('/api/alerts');
  assert.equal(r.statusCode, 200);
  const a = r.json();
  assert.equal(a.now, '2024-08-13', 'now defaults to the newest event day');
  const week = a.windows.find((w: { name: string }) => w.name === '7d');
  assert.deepEqual(week.current, { from: '2024-08-07', to: '2024-08-13' });
  const syria = week.countries.find((c: { key: string }) => c.key === 'Syria');
  assert.equal(syria.current.count, 3);
  assert.ok(syria.flags.includes('repeat') && syria.escalation);
  const day = a.windows.find((w: { name: string }) => w.name === '24h');
  assert.deepEqual(day.countries.map((c: { key: string }) => c.key), ['Syria', 'Ukraine']);
  const later = (await app.inject('/api/alerts?now=2024-08-20')).json();
  const quiet = later.windows.find((w: { name: string }) => w.name === '7d').countries.find((c: { key: string }) => c.key === 'Syria');
  assert.ok(quiet.flags.includes('falling') && !quiet.escalation);
  assert.equal((await app.inject('/api/alerts?now=2024-02-30')).statusCode, 400);
  await app.close();
  await store.close();
});

test('OpenAPI document and offline docs page', async () => {
  const { app, store } = await testServer();
  const spec = (await app.inject('/api/openapi.json')).json();
  assert.equal(spec.openapi, '3.0.3');
  for (const p of ['/api/events', '/api/events/{id}', '/api/aggregates', '/api/alerts', '/api/documents']) assert.ok(spec.paths[p], p);
  const page = await app.inject('/api/docs');
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-type']), /text\/html/);
  assert.match(page.body, /GET \/api\/events/);
  assert.doesNotMatch(page.body, /<script/i);
  assert.doesNotMatch(page.body, /https?:\/\/(?!localhost)/, 'no external resources');
  await app.close();
  await store.close();
});

test('identical reads are served from the micro-cache until a write clears it', async () => {
  const { app, store } = await testServer({ apiToken: 'tok' });
  const url = '/api/events?country=Sudan';
  const first = await app.inject(url);
  const second = await app.inject(url);
  assert.equal(first.headers['x-cache'], 'MISS');
  assert.equal(second.headers['x-cache'], 'HIT');
  assert.equal(second.body, first.body);
  const edit = await app.inject({ method: 'PATCH', url: '/api/events/ev-omdurman-clash', payload: { fatalities: 13 }, headers: { authorization: 'Bearer tok' } });
  assert.equal(edit.statusCode, 200);
  const after = await app.inject(url);
  assert.equal(after.headers['x-cache'], 'MISS', 'a write clears the cache');
  assert.equal((after.json() as Page).events[0].fatalities, 13);
  const { app: nocache } = await testServer({ store, cacheTtlMs: 0 });
  await nocache.inject(url);
  assert.equal((await nocache.inject(url)).headers['x-cache'], 'MISS');
  await nocache.close();
  await app.close();
  await store.close();
});
