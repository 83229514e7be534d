// ACLED CSV → import → store → export → the same rows (for every column the source has; dates
// compared as dates, numbers as numbers, "NA" as empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { openStore } from '../../src/store/index.ts';
import { importReferenceStream } from '../../src/ingest/interop/import.ts';
import { writeEvents } from '../../src/ingest/interop/stream-out.ts';
import { ACLED_COLUMNS } from '../../src/ingest/interop/formats.ts';
import { parseRefDate } from '../../src/ingest/interop/reference.ts';
import { fixture, tempDir } from './helpers.ts';

const INTER_LABEL: Record<string, string> = {
  'state forces': '1', 'rebel group': '2', 'rebel groups': '2', 'political militia': '3', 'political militias': '3',
  'identity militia': '4', 'identity militias': '4', rioters: '5', protesters: '6', civilians: '7', 'external/other forces': '8',
};

/** sitrep keeps inter as the ACLED code: a label in the source ("Protesters") is compared as its code */
const norm = (col: string, v: string | undefined, row?: Record<string, string>): string => {
  const s = (v ?? '').trim();
  if (s === 'NA') return (col === 'inter2' ? '0' : '');
  if ((col === 'inter1' || col === 'inter2') && INTER_LABEL[s.toLowerCase()]) return INTER_LABEL[s.toLowerCase()];
  if (col === 'interaction' && row && !/^\d+$/.test(s)) {
    const a = Number(norm('inter1', row.inter1));
    const b = Number(norm('inter2', row.inter2));
    return String(b ? Math.min(a, b) * 10 + Math.max(a, b) : a * 10);
  }
  if (col === 'event_date') return parseRefDate(s) ?? `bad:${s}`;
  if (['latitude', 'longitude', 'fatalities', 'inter1', 'inter2', 'interaction', 'iso', 'time_precision', 'geo_precision', 'year', 'timestamp'].includes(col) && s !== '' && Number.isFinite(Number(s))) {
    return String(Number(s));
  }
  return s;
};

async function roundTrip(file: string, dir: string) {
  const store = await openStore(join(dir, 'rt.db'));
  try {
    const report = await importReferenceStream('acled', createReadStream(file), store);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c) => chunks.push(c));
    await writeEvents(store.iterateEvents({ origin: 'acled' }), 'acled', out);
    const exported = parse(Buffer.concat(chunks).toString('utf8'), { columns: true }) as Record<string, string>[];
    const original = parse(readFileSync(file, 'utf8'), { columns: true, relax_column_count: true, bom: true }) as Record<string, string>[];
    return { report, exported, original };
  } finally {
    await store.close();
  }
}

function compareRows(original: Record<string, string>[], exported: Record<string, string>[], valid: (r: Record<string, string>) => boolean) {
  const byId = new Map(exported.map((r) => [r.event_id_cnty || `#${r.event_date}|${r.notes}`, r]));
  const shared = ACLED_COLUMNS.filter((c) => c in original[0]);
  let compared = 0;
  for (const o of original.filter(valid)) {
    const e = byId.get(o.event_id_cnty || `#${parseRefDate(o.event_date)}|${o.notes}`);
    assert.ok(e, `row ${o.event_id_cnty || o.data_id} was exported`);
    for (const c of shared) assert.equal(norm(c, e[c], e), norm(c, o[c], o), `${o.event_id_cnty || o.data_id}.${c}`);
    compared++;
  }
  return compared;
}

test('round trip, invented fixture (current schema): valid rows come back the same', async () => {
  const t = tempDir();
  try {
    const { report, exported, original } = await roundTrip(fixture('acled_current.csv'), t.dir);
    assert.equal(report.stored, 4);
    assert.deepEqual(Object.keys(exported[0]), [...ACLED_COLUMNS], 'the export has ACLED’s column order');
    const bad = new Set(['TST104', 'TST105', 'TST106', 'TST108']);
    assert.equal(compareRows(original, exported, (r) => !bad.has(r.event_id_cnty)), 4);
    assert.equal(exported.length, 4);
  } finally {
    t.cleanup();
  }
});

test('round trip, real ACLED exports (2020 and current schema)', async (t) => {
  const dir = new URL('../../../shared/eval/acled/', import.meta.url);
  const files = ['acled_joshmerfeld_benin_2009_2022.csv', 'acled_global_2020_dev.csv'].map((f) => new URL(f, dir).pathname);
  if (!files.every(existsSync)) return t.skip('../shared/eval/acled is not present');
  const tmp = tempDir();
  try {
    for (const [i, f] of files.entries()) {
      const sub = join(tmp.dir, String(i));
      (await import('node:fs')).mkdirSync(sub);
      const { report, exported, original } = await roundTrip(f, sub);
      assert.equal(report.badCount, 0);
      assert.equal(exported.length, original.length);
      assert.equal(compareRows(original, exported, () => true), original.length);
    }
  } finally {
    tmp.cleanup();
  }
});
