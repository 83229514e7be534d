// Bulk import of reference events (ACLED-sized files): the fast path drops the secondary indexes,
// the FTS and rollup triggers, inserts in large transactions (SQLite: one prepared statement;
// PostgreSQL: COPY into a staging table, then one upsert per chunk), then rebuilds indexes, the
// search index and the rollup once. Same result as importReference, ~10x faster on big files.
// Every chunk is its own transaction: a crash keeps the committed chunks and the next open puts
// back what was dropped (repairAfterBulk).
import { InputError, type SitrepEvent } from '../core/types.ts';
import type { SqlStore } from './store.ts';
import { FTS_TRIGGERS, dropRollupTriggers, rebuildDetail, rebuildRollup } from './migrations.ts';
import { EVENT_INDEXES, createEventIndexes, dropEventIndexes } from './event-indexes.ts';
import { EVENT_COLUMNS, eventValues } from './rows.ts';
import { bulkPostgres } from './bulk-pg.ts';
import { BulkSums } from './bulk-sums.ts';

export interface BulkOptions {
  /** rows per transaction */
  batchSize?: number;
  onProgress?: (rows: number) => void;
  /** phase changes (for a progress display): 'insert' | 'index' | 'search' | 'rollup' | 'analyze' */
  onPhase?: (phase: string) => void;
  /** SQLite: how the rollups were rebuilt: from the cells summed during the load, or by scans */
  onRollup?: (how: 'summed' | 'scanned') => void;
}

const COLUMNS = EVENT_COLUMNS;
/** rows per INSERT statement */
const ROWS = 32;
const [AT_COUNTRY, AT_DATE, AT_WEEK, AT_TYPE, AT_ADMIN1, AT_ACTOR1, AT_ACTOR2, AT_FATALITIES] =
  (['country', 'event_date', 'week', 'event_type', 'admin1', 'actor1', 'actor2', 'fatalities'] as const).map((c) => COLUMNS.indexOf(c));

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
  const insertOf = (rows: number) => db.prepare(
    `insert into events (${cols}) values ${Array(rows).fill(`(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}
     on conflict(event_id) do update set ${updates} where events.edited = 0 and events.origin = excluded.origin`,
  );
  // ROWS rows per statement: one call, one step and one sqlite_sequence update for all of them
  // (~1 s less per million rows than one row per statement); the rows of a multi-row VALUES go in
  // one after another, so a repeated id still updates the row its earlier copy inserted
  const insert = insertOf(1);
  const insertRows = insertOf(ROWS);
  // partial indexes stay: their conditions (origin = 'sitrep', a doc_id) never hold for bulk rows, so
  // keeping them costs nothing per row and saves a full scan each at the end
  await dropEventIndexes(store.db, EVENT_INDEXES.filter((ix) => !ix.where));
  // a big page cache and in-memory sorts for the index builds; restored afterwards
  const cache = db.pragma('cache_size', { simple: true });
  // Into an empty store, no fsync at WAL checkpoints during the load: a killed process loses nothing
  // that was committed (the OS has the pages); a power cut could cost the last chunks or, mid
  // checkpoint, the file, but the file held nothing before (import it again). A store that already
  // holds events keeps its setting (WAL + NORMAL: a power cut never corrupts it). Restored afterwards.
  // read before the emptiness test: a write by another connection after it shows as a new version
  const version = db.pragma('data_version', { simple: true });
  const empty = !db.prepare('select 1 from events limit 1').get();
  const sync = db.pragma('synchronous', { simple: true });
  if (empty) db.pragma('synchronous = OFF');
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
  // Into an empty store the rollup cells are summed as rows go in (bulk-sums.ts); they are used only
  // when every row was a new insert (count(*) = n) and no other connection wrote meanwhile
  // (data_version unchanged), else the rollups come from grouped scans as before.
  let sums: BulkSums | null = empty ? new BulkSums() : null;
  let completed = false;
  // rows go straight from the iterator into an open transaction (no batch arrays: less GC);
  // a commit every batchSize rows bounds the WAL and reports progress
  const width = COLUMNS.length;
  const vals: unknown[] = new Array(width * ROWS);
  let pending = 0;
  // spread, not the array: better-sqlite3 then binds from the call's arguments instead of one
  // property read per value (~1.4 s less per million rows of 43 columns)
  const flush = () => {
    if (pending === ROWS) insertRows.run(...vals);
    else for (let i = 0; i < pending; i++) insert.run(...vals.slice(i * width, (i + 1) * width));
    pending = 0;
  };
  const add = (e: SitrepEvent) => {
    if (!e || !e.event_id || !e.event_date) return;
    const o = pending * width;
    eventValues(e, origin, now, vals, o);
    if (++pending === ROWS) flush();
    if (sums) {
      sums.add(vals[o + AT_COUNTRY] as string, vals[o + AT_DATE] as string, vals[o + AT_WEEK] as string, vals[o + AT_TYPE] as string,
        vals[o + AT_ADMIN1] as string, vals[o + AT_ACTOR1] as string | null, vals[o + AT_ACTOR2] as string | null, vals[o + AT_FATALITIES] as number);
      if (sums.overflow) sums = null;
    }
    if (++n % batchSize === 0) {
      flush();
      db.exec('commit');
      opts.onProgress?.(n);
      db.exec('begin');
    }
  };
  try {
    db.exec('begin');
    if (Symbol.iterator in events) for (const e of events as Iterable<SitrepEvent>) add(e);
    else for await (const e of events) add(e);
    flush();
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
    // the rollups and their triggers come back in one transaction: from the sums when they are
    // known to cover exactly the stored rows, else from grouped scans of events
    await store.db.transaction().execute(async (tx) => {
      const total = completed && sums && sums.rows === n && db.pragma('data_version', { simple: true }) === version
        ? Number((db.prepare('select count(*) as c from events').get() as { c: number }).c) : -1;
      if (sums && total === n) {
        sums.write(db);
        await rebuildRollup(tx, 'sqlite', { filled: true });
        await rebuildDetail(tx, 'sqlite', { filled: true });
        opts.onRollup?.('summed');
      } else {
        await rebuildRollup(tx, 'sqlite');
        await rebuildDetail(tx, 'sqlite');
        opts.onRollup?.('scanned');
      }
    });
    sums = null;
    opts.onPhase?.('analyze');
    // sampled statistics: enough for the planner, seconds faster than a full scan at 1 M rows
    db.pragma('analysis_limit = 2000');
    db.exec('analyze');
    db.pragma(`cache_size = ${Number(cache) || -2000}`);
    db.pragma(`synchronous = ${Number(sync) >= 0 && Number(sync) <= 3 ? Number(sync) : 1}`);
    db.pragma('mmap_size = 0'); // the store never maps otherwise
  }
  return n;
}

