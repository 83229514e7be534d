// Bulk import of reference events (ACLED-sized files): the fast path drops the secondary indexes,
// the FTS and rollup triggers, inserts in large transactions (SQLite: one prepared statement;
// PostgreSQL: COPY into a staging table, then one upsert per chunk), then rebuilds indexes, the
// search index and the rollup once. Same result as importReference, ~10x faster on big files.
// Every chunk is its own transaction: a crash keeps the committed chunks and the next open puts
// back what was dropped (repairAfterBulk).
import { InputError, type SitrepEvent } from '../core/types.ts';
import type { SqlStore } from './store.ts';
import { FTS_TRIGGERS, createEventIndexes, dropEventIndexes, dropRollupTriggers, rebuildRollup } from './migrations.ts';
import { EVENT_COLUMNS, eventToRow } from './rows.ts';
import { bulkPostgres } from './bulk-pg.ts';

export interface BulkOptions {
  /** rows per transaction */
  batchSize?: number;
  onProgress?: (rows: number) => void;
  /** phase changes (for a progress display): 'insert' | 'index' | 'search' | 'rollup' | 'analyze' */
  onPhase?: (phase: string) => void;
}

const COLUMNS = EVENT_COLUMNS;

/** event counts per (country, day, type) of the rows of one bulk load */
class Rollup {
  readonly cells = new Map<string, [string, string, string, string, number, number]>();
  private readonly ids = new Set<string>();
  rows = 0;

  /** false when the id was seen before (the rows are no longer a plain sum) */
  add(id: string, country: string, date: string, type: string, week: string, fatalities: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    this.rows++;
    const key = `${country}\u0000${date}\u0000${type}`;
    const c = this.cells.get(key);
    if (c) {
      c[4]++;
      c[5] += fatalities;
    } else this.cells.set(key, [country, date, type, week, 1, fatalities]);
    return true;
  }
}

export async function bulkImport(store: SqlStore, origin: string, events: Iterable<SitrepEvent> | AsyncIterable<SitrepEvent>, opts: BulkOptions = {}): Promise<number> {
  if (!/^[a-z][a-z0-9_-]{0,31}$/.test(origin) || origin === 'sitrep') throw new InputError(`invalid reference origin "${origin}"`);
  return store.dialect === 'sqlite' ? bulkSqlite(store, origin, events, opts) : bulkPostgres(store, origin, events, opts);
}

async function bulkSqlite(store: SqlStore, origin: string, events: Iterable<SitrepEvent> | AsyncIterable<SitrepEvent>, opts: BulkOptions): Promise<number> {
  const db = store.opened.sqlite!;
  const batchSize = opts.batchSize ?? 50_000;
  const now = new Date().toISOString();
  const cols = COLUMNS.join(', ');
  const updates = COLUMNS.filter((c) => c !== 'event_id').map((c) => `${c} = excluded.${c}`).join(', ');
  const insert = db.prepare(
    `insert into events (${cols}) values (${COLUMNS.map(() => '?').join(', ')})
     on conflict(event_id) do update set ${updates} where events.edited = 0 and events.origin = excluded.origin`,
  );
  await dropEventIndexes(store.db);
  // a big page cache and in-memory sorts for the index builds; restored afterwards
  const cache = db.pragma('cache_size', { simple: true });
  // each CREATE INDEX scans the whole table: a 1 GB cache and memory-mapped reads keep it in memory
  db.pragma('cache_size = -1048576');
  db.pragma('mmap_size = 4294967296');
  db.pragma('temp_store = MEMORY');
  // CREATE INDEX sorts with helper threads when the build allows it (a no-op otherwise)
  db.pragma('threads = 8');
  for (const t of ['events_fts_ai', 'events_fts_ad', 'events_fts_au']) db.exec(`drop trigger if exists ${t}`);
  await dropRollupTriggers(store.db, 'sqlite');
  opts.onPhase?.('insert');
  let n = 0;
  // Into an empty store the rollup is summed here as rows go in, instead of a grouped re-scan of
  // every row at the end; an id seen twice (the second row replaces the first) gives that up.
  let sums: Rollup | null = db.prepare('select 1 from events limit 1').get() ? null : new Rollup();
  let completed = false;
  // rows go straight from the iterator into an open transaction (no batch arrays: less GC);
  // a commit every batchSize rows bounds the WAL and reports progress
  const vals: unknown[] = new Array(COLUMNS.length);
  const add = (e: SitrepEvent) => {
    if (!e || !e.event_id || !e.event_date) return;
    const row = eventToRow(e, origin, now, { noDoc: true });
    for (let i = 0; i < COLUMNS.length; i++) vals[i] = row[COLUMNS[i]] ?? null;
    if (sums && !sums.add(row.event_id, row.country, row.event_date, row.event_type, row.week, row.fatalities)) sums = null;
    insert.run(vals);
    if (++n % batchSize === 0) {
      db.exec('commit');
      opts.onProgress?.(n);
      db.exec('begin');
    }
  };
  try {
    db.exec('begin');
    if (Symbol.iterator in events) for (const e of events as Iterable<SitrepEvent>) add(e);
    else for await (const e of events) add(e);
    db.exec('commit');
    opts.onProgress?.(n);
    completed = true;
  } catch (err) {
    if (db.inTransaction) db.exec('rollback');
    throw err;
  } finally {
    // indexes and search come back even when the input failed half-way
    opts.onPhase?.('index');
    await createEventIndexes(store.db);
    opts.onPhase?.('search');
    db.exec(`insert into events_fts(events_fts) values ('rebuild')`);
    for (const t of FTS_TRIGGERS) db.exec(t);
    opts.onPhase?.('rollup');
    // rollup and its triggers come back in one transaction: from the sums when they are known to
    // cover every row (nothing else wrote meanwhile), else from one grouped scan of events
    const summed = completed ? sums : null;
    await store.db.transaction().execute(async (tx) => {
      const total = Number((db.prepare('select count(*) as c from events').get() as { c: number }).c);
      if (summed && total === summed.rows) {
        db.prepare('delete from event_rollup').run();
        const put = db.prepare('insert into event_rollup (country, event_date, event_type, week, n, fatalities) values (?, ?, ?, ?, ?, ?)');
        // in key order: appends to the clustered key instead of random inserts
        const keys = [...summed.cells.keys()].sort();
        for (const k of keys) put.run(summed.cells.get(k)!);
        await rebuildRollup(tx, 'sqlite', { dayTableFilled: true });
      } else await rebuildRollup(tx, 'sqlite');
    });
    opts.onPhase?.('analyze');
    // sampled statistics: enough for the planner, seconds faster than a full scan at 1 M rows
    db.pragma('analysis_limit = 2000');
    db.exec('analyze');
    db.pragma(`cache_size = ${Number(cache) || -2000}`);
    db.pragma('mmap_size = 0'); // the store never maps otherwise
  }
  return n;
}

