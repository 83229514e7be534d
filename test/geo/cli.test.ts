import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/sitrep.js', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
const KEYS = ['doc_id', 'start', 'end', 'text', 'name', 'latitude', 'longitude', 'country', 'admin1', 'geo_precision', 'geonameid'];

test('sitrep geocode prints one place mention a line in the spec shape', () => {
  const text = 'Rockets hit the outskirts of Kirkuk, Iraq, on Monday.';
  const r = run(['geocode', '-'], text);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  for (const l of lines) {
    assert.deepEqual(Object.keys(l), KEYS);
    assert.equal(text.slice(l.start, l.end), l.text);
    assert.equal(l.doc_id, 'stdin');
  }
  assert.equal(lines[0].text, 'Kirkuk');
  assert.equal(lines[0].geo_precision, 2);
  assert.equal(typeof lines[0].geonameid, 'number');
  assert.equal(lines[1].country, 'Iraq');
  assert.equal(lines[1].geonameid, null);
});

test('sitrep geocode reads .jsonl documents and names them by id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, [JSON.stringify({ id: 'a1', text: 'Protests in Khartoum.' }), 'not json', JSON.stringify({ id: 'b2', text: 'Nothing here.' })].join('\n'));
  const r = run(['geocode', file]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.doc_id, l.name]), [['a1', 'Khartoum']]);
  assert.match(r.stderr, /skipped/);
});

test('sitrep geocode rejects bad input with exit 2 and one line', () => {
  const r = run(['geocode', '/nonexistent/file.txt']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  const f = run(['geocode', '-', '--format', 'xml'], 'x');
  assert.equal(f.status, 2);
  const d = run(['geocode', '-', '--published', '2024-02-30'], 'x');
  assert.equal(d.status, 2);
});
