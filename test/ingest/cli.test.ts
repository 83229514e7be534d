// The ingest/import/export/compare commands end to end, in child processes, against temp databases.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { cli, fixture, run, serve, tempDir, article } from './helpers.ts';
import { ACLED_COLUMNS } from '../../src/ingest/interop/formats.ts';

const tmp = tempDir();
after(() => tmp.cleanup());
const FAST = { SITREP_NO_GEOCODER: '1' };

const REPORT = 'Gunmen attacked a police post in Gao on Monday, killing two officers, local officials said. The attackers fled on motorbikes.';

const srv = await serve((req, res) => {
  if (req.url === '/report') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(article('Police post attacked in Gao', `${REPORT}\nResidents said the town was calm on Tuesday morning after the attack.`, '<meta property="article:published_time" content="2024-06-11">'));
  } else if (req.url === '/loop') {
    res.writeHead(302, { location: '/loop' });
    res.end();
  } else {
    res.writeHead(404);
    res.end();
  }
});
after(() => srv.close());

test('sitrep ingest: files, a folder and a URL in one batch; bad inputs listed, exit 0, summary line', async () => {
  const dir = join(tmp.dir, 'reports');
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), REPORT);
  writeFileSync(join(dir, 'nested', 'b.jsonl'), `${JSON.stringify({ id: 'b1', text: 'Protesters marched in Nairobi on Tuesday against the finance bill; police fired tear gas.', published: '2024-06-25' })}\n{broken\n`);
  writeFileSync(join(dir, 'nested', 'fr.txt'), "Des hommes armés ont attaqué un poste de police à Gao lundi, tuant deux agents, selon des responsables locaux.");
  const db = join(tmp.dir, 'ingest.db');
  const r = await cli(['ingest', dir, `${srv.base}/report`, `${srv.base}/loop`, join(tmp.dir, 'missing.txt'), '--db', db, '--published', '2024-06-12', '--allow-private-networks', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.read, 4);
  assert.equal(s.new, 3, r.stderr);
  assert.equal(s.unsupported, 1);
  assert.ok(s.events_created >= 2, `events: ${s.events_created}`);
  assert.match(r.stderr, /b\.jsonl:2: invalid JSON/);
  assert.match(r.stderr, /skipped http:\/\/127\.0\.0\.1:\d+\/loop: redirect loop/);
  assert.match(r.stderr, /missing\.txt: no such file/);
  assert.match(r.stderr, /4 documents read: 3 new, 0 duplicate, 1 unsupported language \(fr: 1\)/);
  // again: everything is a duplicate, the URL is not even fetched twice
  const again = await run(['ingest', dir, `${srv.base}/report`, '--db', db, '--allow-private-networks', '--json'], FAST);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).duplicate, 4);
  assert.equal(JSON.parse(again.stdout).new, 0);
});

test('sitrep ingest - reads JSONL (or one report) from standard input', async () => {
  const db = join(tmp.dir, 'stdin-ingest.db');
  const input = `${JSON.stringify({ id: 's1', text: REPORT, published: '2024-06-11', source: 'Stdin Wire' })}\n{broken\n`;
  const r = await cli(['ingest', '-', '--db', db, '--json'], FAST, input);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual([JSON.parse(r.stdout).new, JSON.parse(r.stdout).skipped.length], [1, 1]);
  assert.match(r.stderr, /stdin\.jsonl:2: invalid JSON/);
});

test('sitrep ingest: the SSRF guard refuses the local server without the flag; all inputs bad → exit 2', async () => {
  const r = await run(['ingest', `${srv.base}/report`, 'http://2130706433/', '--db', join(tmp.dir, 'guard.db')], FAST);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /refused 127\.0\.0\.1:\d+/);
  assert.match(r.stderr, /nothing ingested/);
  const bad = await run(['ingest', '--db', join(tmp.dir, 'guard.db')], FAST);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /give at least one/);
  const date = await run(['ingest', 'x.txt', '--published', '2024-02-30'], FAST);
  assert.equal(date.status, 2);
  assert.match(date.stderr, /invalid --published/);
});

test('sitrep import + export: ACLED CSV in, ACLED/GeoJSON/JSONL out, filters, bad rows reported', async () => {
  const db = join(tmp.dir, 'interop.db');
  const imp = await cli(['import', 'acled', fixture('acled_current.csv'), '--db', db]);
  assert.equal(imp.status, 0, imp.stderr);
  assert.match(imp.stderr, /8 rows read, 4 imported as acled events/);
  assert.match(imp.stderr, /bad row at line 5: event_date "31 February 2023"/);
  assert.equal((await run(['import', 'gdelt', fixture('gdelt.export.CSV'), '--db', db])).status, 0);
  assert.equal((await run(['import', 'ucdp', fixture('ucdp_ged.csv'), '--db', db])).status, 0);

  const csv = await cli(['export', 'acled', '--db', db, '--origin', 'acled', '--from', '2023-04-01', '--to', '2023-05-31']);
  assert.equal(csv.status, 0, csv.stderr);
  const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), [...ACLED_COLUMNS]);
  assert.deepEqual(rows.map((r) => r.event_id_cnty).sort(), ['TST102', 'TST103', 'TST107']);

  const geo = await run(['export', 'geojson', '--db', db, '--event-type', 'Battles']);
  const fc = JSON.parse(geo.stdout);
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(fc.features.length >= 3);
  for (const f of fc.features) {
    assert.equal(f.properties.event_type, 'Battles');
    assert.deepEqual(f.geometry.coordinates, [f.properties.longitude, f.properties.latitude]);
  }
  const jl = await run(['export', 'jsonl', '--db', db, '--country', 'Kenya']);
  const lines = jl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((e) => e.event_id).sort(), ['gdelt:1100000003', 'gdelt:1100000007']);

  const bad = await run(['export', 'xml', '--db', db]);
  assert.equal(bad.status, 2);
  assert.equal((await run(['export', 'acled', '--db', db, '--from', '2024-13-01'])).status, 2);
  assert.equal((await run(['export', 'acled', '--db', db, '--event-type', 'Picnics'])).status, 2);
  const notCsv = await run(['import', 'acled', fixture('ucdp_ged.csv'), '--db', db]);
  assert.equal(notCsv.status, 2);
  assert.match(notCsv.stderr, /not an ACLED CSV header/);
  assert.equal((await run(['import', 'acled', join(tmp.dir, 'none.csv'), '--db', db])).status, 2);
  assert.equal((await run(['import', 'cameo', fixture('ucdp_ged.csv'), '--db', db])).status, 2);
});

test('sitrep import from stdin, and a file of only bad rows exits 2 without touching stored events', async () => {
  const db = join(tmp.dir, 'stdin.db');
  const header = 'event_id_cnty,event_date,event_type,sub_event_type,country,fatalities\n';
  const ok = await cli(['import', 'acled', '-', '--db', db], {}, `${header}ZZZ1,2024-01-02,Riots,Mob violence,Kenya,0\n`);
  assert.equal(ok.status, 0, ok.stderr);
  const bad = await cli(['import', 'acled', '-', '--db', db], {}, `${header}ZZZ1,not a date,Riots,Mob violence,Kenya,0\nZZZ2,2024-01-02,Riots,Picnic,Kenya,0\n`);
  assert.equal(bad.status, 2);
  const out = await run(['export', 'jsonl', '--db', db]);
  const events = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(events.length, 1);
  assert.equal(events[0].event_date, '2024-01-02', 'the stored event was not overwritten by the bad row');
});
