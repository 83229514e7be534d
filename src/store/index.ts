// Entry point of the store: openStore(db?) → a migrated Store (SQLite file or postgres:// URL).
import { openDb, isPostgres } from './db.ts';
import { SqlStore } from './store.ts';

export { SqlStore, contentHash, type FeedState } from './store.ts';
export { mergeDecision, fuse, fuseFatalities, haversineKm, type MergeDecision } from './merge.ts';
export { isPostgres } from './db.ts';

export type SitrepStore = SqlStore;

/** the database named by --db, else SITREP_DB, else ./sitrep.db */
export function resolveDb(db?: string): string {
  return db || process.env.SITREP_DB || './sitrep.db';
}

export async function openStore(db?: string, opts: { poolSize?: number } = {}): Promise<SitrepStore> {
  const target = resolveDb(db);
  const opened = await openDb(target, opts);
  const store = new SqlStore(opened);
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

export { isPostgres as isPostgresUrl };
