// Read-only looks into a sitrep SQLite file from the tests: counts, duplicates and SQLite's own
// integrity checks. Opens a fresh read-only connection each time (never the writer's).
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export function withDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export interface Snapshot {
  documents: number;
  docIds: string[];
  duplicateDocIds: number;
  extractions: number;
  events: number;
  sourcesSum: number;
  eventSources: number;
  orphanSources: number;
  integrity: string;
  foreignKeys: number;
}

export function snapshot(path: string): Snapshot {
  return withDb(path, (db) => {
    const one = (q: string) => Object.values(db.prepare(q).get() as object)[0] as number;
    const has = (t: string) => !!db.prepare("select 1 from sqlite_master where name = ?").get(t);
    return {
      documents: has('documents') ? one('select count(*) from documents') : 0,
      docIds: has('documents') ? (db.prepare('select id from documents order by id').all() as { id: string }[]).map((r) => r.id) : [],
      duplicateDocIds: has('documents') ? one('select count(*) from (select id from documents group by id having count(*) > 1)') : 0,
      extractions: has('extractions') ? one('select count(*) from extractions') : 0,
      events: has('events') ? one('select count(*) from events') : 0,
      sourcesSum: has('events') ? one('select coalesce(sum(sources_count), 0) from events') : 0,
      eventSources: has('event_sources') ? one('select count(*) from event_sources') : 0,
      orphanSources: has('event_sources') ? one('select count(*) from event_sources s left join events e on e.event_id = s.event_id where e.event_id is null') : 0,
      integrity: (db.pragma('integrity_check', { simple: true }) as string) ?? '',
      foreignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
    };
  });
}

/** count of rows in a table, or 0 while the file or table does not exist yet */
export function countRows(path: string, table: string): number {
  if (!existsSync(path)) return 0;
  try {
    return withDb(path, (db) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
  } catch {
    return 0;
  }
}

/** sha256 of a file and its -wal/-shm companions (what "unchanged" means for a WAL database) */
export function checksum(path: string): string {
  const h = createHash('sha256');
  for (const p of [path, `${path}-wal`, `${path}-shm`]) h.update(existsSync(p) ? readFileSync(p) : Buffer.from('absent'));
  return h.digest('hex');
}
