// Shared fixtures for the store tests: invented events, a fake extractor, and one database per
// dialect (a temp SQLite file; a fresh PostgreSQL database when SITREP_TEST_PG is set).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Document, Extraction, SitrepEvent } from '../../src/core/types.ts';

export function mkEvent(o: Partial<SitrepEvent> = {}): SitrepEvent {
  const date = o.event_date ?? '2024-08-13';
  return {
    event_id: 'evt-1', event_date: date, date_range: [date, date], time_precision: 1,
    disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Testland', actor2: null, assoc_actor_1: '', assoc_actor_2: '', inter1: 1, inter2: 0, interaction: 10,
    affiliation1: null, affiliation2: null, country: 'Testland', admin1: 'North Province', admin2: 'Riverside District',
    location: 'Riverton', latitude: 35.0, longitude: 40.0, geo_precision: 1, fatalities: 2, injuries: null,
    weapons: ['artillery'], source: 'Test Wire', attribution: [], notes: 'Artillery shelling hit Riverton.', cameo: '194',
    plover: 'ASSAULT/artillery', confidence: 0.8, evidence: [{ field: 'event_type', start: 0, end: 8, text: 'shelling' }], sources_count: 1,
    ...o,
  };
}

/** a document whose text carries its events: one line `EVENT {json}` per event (fake extractor input) */
export function mkDoc(id: string, events: Partial<SitrepEvent>[], extra: Partial<Document> = {}): Document {
  const lines = [`Report ${id}: invented test report.`, ...events.map((e) => `EVENT ${JSON.stringify(e)}`)];
  return { id, text: lines.join('\n'), published: '2024-08-14', source: 'Test Wire', ...extra };
}

/** reads the EVENT lines back; event ids are doc-scoped like the real extractor's */
export function fakeExtract(doc: Document): Extraction {
  const events = doc.text.split('\n').filter((l) => l.startsWith('EVENT ')).map((l, i) => {
    const partial = JSON.parse(l.slice(6)) as Partial<SitrepEvent>;
    return mkEvent({ event_id: `${doc.id}-e${i}`, source: doc.source ?? 'Test Wire', ...partial });
  });
  return { id: doc.id, events, mentions: [], warnings: [] };
}

export interface TestDb {
  name: 'sqlite' | 'postgres';
  target: string;
  cleanup(): Promise<void>;
}

export async function sqliteDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { name: 'sqlite', target: join(dir, 'test.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** a fresh database on the SITREP_TEST_PG server (created and dropped by the test) */
export async function postgresDb(): Promise<TestDb | null> {
  const base = process.env.SITREP_TEST_PG;
  if (!base) return null;
  const pg = (await import('pg')).default;
  const name = `sitrep_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    target: url.toString(),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await c.end();
    },
  };
}

export const PG_SKIP = 'SITREP_TEST_PG not set: PostgreSQL store tests skipped (source .ci/postgres.sh to run them)';

/** the dialects to run a suite against */
export const DIALECTS: { name: 'sqlite' | 'postgres'; make: () => Promise<TestDb | null> }[] = [
  { name: 'sqlite', make: sqliteDb },
  { name: 'postgres', make: postgresDb },
];
