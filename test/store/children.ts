// Helpers for the tests that run ingest workers as child processes (crash and concurrency tests).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SitrepStore } from '../../src/store/index.ts';
import { mkDoc } from './helpers.ts';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'ingest-child.ts');

export function incidentDocs(incidents: number, reports: number, prefix = 'c') {
  const docs = [];
  for (let r = 0; r < reports; r++) {
    for (let i = 0; i < incidents; i++) {
      const day = `2024-07-${String(1 + (i % 27)).padStart(2, '0')}`;
      docs.push(mkDoc(`${prefix}-${i}-${r}`, [{ event_date: day, date_range: [day, day], latitude: 10 + i, longitude: 20, admin2: `District ${i}`, location: `Town ${i}`, fatalities: r + i }], { source: `Outlet ${r}` }));
    }
  }
  return docs;
}

export function runChild(args: string[], opts: { killAfterAcks?: number } = {}): Promise<{ acks: [string, string][]; code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: [string, string][] = [];
    let buf = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /^ack (\S+) (\S+)$/.exec(line);
        if (m) {
          acks.push([m[1], m[2]]);
          if (opts.killAfterAcks && acks.length === opts.killAfterAcks) child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ acks, code, signal, stderr });
    });
  });
}

/** every stored document is whole: all its extractions (one per EVENT line) exist and each belongs to an event whose
 * sources_count matches its documents */
export async function assertConsistent(store: SitrepStore) {
  const db = store.db;
  const docs = await db.selectFrom('documents').select(['id', 'text', 'status']).execute();
  for (const d of docs) {
    // the fake extractor's events are the EVENT lines of the text; failed documents have none
    const reportsPerDoc = d.status === 'coded' ? d.text.split('\n').filter((l) => l.startsWith('EVENT ')).length : 0;
    const ex = await db.selectFrom('extractions').select('id').where('doc_id', '=', d.id).execute();
    assert.equal(ex.length, reportsPerDoc, `document ${d.id} has all its extractions`);
    const src = await db.selectFrom('event_sources').select('event_id').where('doc_id', '=', d.id).execute();
    assert.equal(src.length, reportsPerDoc, `document ${d.id} is attached to an event`);
  }
  const events = await db.selectFrom('events').select(['event_id', 'sources_count']).where('origin', '=', 'sitrep').execute();
  for (const e of events) {
    const n = await db.selectFrom('event_sources').select('doc_id').distinct().where('event_id', '=', e.event_id).execute();
    assert.ok(n.length > 0, `event ${e.event_id} has sources`);
    assert.equal(Number(e.sources_count), n.length, `event ${e.event_id} sources_count`);
  }
  return { documents: docs.length, events: events.length };
}

