// The CLI contract of ../shared/spec/EVENT.md: output shape, exit codes, one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUB_EVENT_TYPES, EVENT_TYPES } from '../../src/core/taxonomy.ts';

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));

function sitrep(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const REPORT = `Gunmen attacked a police checkpoint near Maiduguri on Monday, killing three officers, officials said.
Residents said the army would respond if the attacks continued.`;

test('--help lists the commands', () => {
  const r = sitrep(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['extract', 'eval']) assert.match(r.out, new RegExp(`\\b${c}\\b`));
});

test('extract prints one JSON object with documents, events and legal field values', () => {
  const f = join(tmp, 'report.txt');
  writeFileSync(f, REPORT);
  const r = sitrep(['extract', f, '--published', '2024-06-12']);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out);
  assert.equal(out.documents.length, 1);
  assert.equal(out.documents[0].id, 'report.txt');
  assert.ok(Array.isArray(out.documents[0].mentions));
  for (const e of out.documents[0].events) {
    assert.ok(EVENT_TYPES.includes(e.event_type));
    assert.ok(SUB_EVENT_TYPES[e.event_type as keyof typeof SUB_EVENT_TYPES].includes(e.sub_event_type));
    assert.match(e.event_date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok([1, 2, 3].includes(e.time_precision));
    assert.ok(Number.isInteger(e.fatalities) && e.fatalities >= 0);
  }
});

test('jsonl input gives one event per line with doc_id', () => {
  const f = join(tmp, 'batch.jsonl');
  writeFileSync(f, JSON.stringify({ id: 'a1', text: REPORT, published: '2024-06-12' }) + '\n');
  const r = sitrep(['extract', f, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  for (const line of r.out.trim().split('\n').filter(Boolean)) assert.equal(JSON.parse(line).doc_id, 'a1');
});

test('stdin works as input', () => {
  const r = sitrep(['extract', '-', '--published', '2024-06-12'], REPORT);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).documents.length, 1);
});

test('a missing file is a one-line error and exit 2', () => {
  const r = sitrep(['extract', join(tmp, 'nope.txt')]);
  assert.equal(r.code, 2);
  assert.equal(r.err.trim().split('\n').length, 1);
  assert.match(r.err, /no such file/);
  assert.equal(r.out, '');
});

test('a binary file is a one-line error and exit 2', () => {
  const f = join(tmp, 'junk.bin');
  writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 255, 254]));
  const r = sitrep(['extract', f]);
  assert.equal(r.code, 2);
  assert.match(r.err, /binary/);
});

test('an invalid --published is a one-line error and exit 2', () => {
  const f = join(tmp, 'r.txt');
  writeFileSync(f, REPORT);
  for (const bad of ['2024-02-30', 'yesterday', '13/08/2024']) {
    const r = sitrep(['extract', f, '--published', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--published/);
  }
});

test('an empty file gives zero events and exit 0', () => {
  const f = join(tmp, 'empty.txt');
  writeFileSync(f, '');
  const r = sitrep(['extract', f]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).documents[0].events, []);
});

test('an unknown flag or command exits 2', () => {
  assert.equal(sitrep(['extract', '--frobnicate', 'x']).code, 2);
  assert.equal(sitrep(['frobnicate']).code, 2);
});
