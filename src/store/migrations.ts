// Numbered, forward-only migrations, run on open through Kysely's Migrator (which takes a lock, so
// several workers starting together migrate once). Never edit a released migration: add the next.
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './db.ts';
import {
  ROLLUP_DROP_TRIGGERS_PG, ROLLUP_DROP_TRIGGERS_SQLITE, ROLLUP_REBUILD, ROLLUP_TABLES_PG, ROLLUP_TABLES_SQLITE,
  ROLLUP_TRIGGERS_PG, ROLLUP_TRIGGERS_SQLITE, ROLLUP_TRIGGER_NAMES_PG, ROLLUP_TRIGGER_NAMES_SQLITE,
  ROLLUP_REBUILD_V5, ROLLUP_TRIGGERS_PG_V5, ROLLUP_TRIGGERS_SQLITE_V5, ROLLUP_TABLES_V6_PG, ROLLUP_TABLES_V6_SQLITE,
} from './rollup.ts';
import {
  DETAIL_DROP_TRIGGERS_PG, DETAIL_DROP_TRIGGERS_SQLITE, DETAIL_REBUILD, DETAIL_TABLES_PG, DETAIL_TABLES_SQLITE,
  DETAIL_TRIGGERS_PG, DETAIL_TRIGGERS_SQLITE, DETAIL_TRIGGER_NAMES_PG, DETAIL_TRIGGER_NAMES_SQLITE,
} from './rollup-detail.ts';
import {
  COUNTRY_DATE_V10, COUNTRY_DATE_V9, DETAIL_INDEXES, EVENT_INDEXES_V1, EVENT_INDEXES_V3, WEEKLY_INDEXES,
  createEventIndexes, dropEventIndexes,
} from './event-indexes.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists */
type Db = Kysely<any>;

function serialPk(dialect: Dialect) {
  // SQLite: an INTEGER PRIMARY KEY is the rowid (FTS5 external content needs it stable)
  return dialect === 'sqlite' ? ('integer' as const) : ('serial' as const);
}

function m001(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      const seq = serialPk(dialect);
      await db.schema
        .createTable('documents')
        .addColumn('seq', seq, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text', (c) => c.unique())
        .addColumn('title', 'text')
        .addColumn('source', 'text')
        .addColumn('published', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('message', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('extractions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('event_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('extractions_doc').on('extractions').columns(['doc_id', 'idx']).execute();

      let events = db.schema
        .createTable('events')
        .addColumn('seq', seq, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('event_id', 'text', (c) => c.notNull().unique())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text');
      for (const col of ['event_date', 'date_from', 'date_to', 'week']) events = events.addColumn(col, 'text', (c) => c.notNull());
      events = events.addColumn('time_precision', 'integer', (c) => c.notNull());
      for (const col of ['disorder_type', 'event_type', 'sub_event_type']) events = events.addColumn(col, 'text', (c) => c.notNull());
      events = events.addColumn('actor1', 'text').addColumn('actor2', 'text');
      events = events.addColumn('assoc_actor_1', 'text', (c) => c.notNull()).addColumn('assoc_actor_2', 'text', (c) => c.notNull());
      for (const col of ['inter1', 'inter2', 'interaction']) events = events.addColumn(col, 'integer', (c) => c.notNull());
      events = events.addColumn('affiliation1', 'text').addColumn('affiliation2', 'text');
      for (const col of ['country', 'admin1', 'admin2', 'location']) events = events.addColumn(col, 'text', (c) => c.notNull());
      events = events
        .addColumn('latitude', 'double precision')
        .addColumn('longitude', 'double precision')
        .addColumn('geo_precision', 'integer', (c) => c.notNull())
        .addColumn('fatalities', 'integer', (c) => c.notNull())
        .addColumn('injuries', 'integer');
      for (const col of ['weapons', 'source', 'attribution', 'notes', 'cameo', 'plover']) events = events.addColumn(col, 'text', (c) => c.notNull());
      events = events
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('sources_count', 'integer', (c) => c.notNull())
        .addColumn('modality', 'text')
        .addColumn('extra', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull());
      await events.execute();
      for (const [name, cols] of EVENT_INDEXES_V1) await db.schema.createIndex(name).on('events').columns(cols).execute();

      await db.schema
        .createTable('event_sources')
        .addColumn('extraction_id', 'text', (c) => c.primaryKey().references('extractions.id').onDelete('cascade'))
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.event_id').onDelete('cascade'))
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('agreed', 'text', (c) => c.notNull())
        .addColumn('fatalities', 'integer', (c) => c.notNull())
        .addColumn('merged_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('event_sources_event').on('event_sources').column('event_id').execute();
      await db.schema.createIndex('event_sources_doc').on('event_sources').column('doc_id').execute();

      await db.schema
        .createTable('edits')
        .addColumn('id', seq, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text')
        .addColumn('patch', 'text', (c) => c.notNull())
        .addColumn('user', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('edits_event').on('edits').column('event_id').execute();

      await db.schema
        .createTable('merge_blocks')
        .addColumn('doc_a', 'text', (c) => c.notNull())
        .addColumn('doc_b', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('merge_blocks_pk', ['doc_a', 'doc_b'])
        .execute();

      await db.schema
        .createTable('feed_state')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_polled', 'text')
        .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('seen', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('jobs')
        .addColumn('id', seq, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_state').on('jobs').columns(['state', 'id']).execute();
    },
  };
}

/** 003: covering aggregate indexes with event_date, country/type paging indexes, partial indexes */
function m003(): Migration {
  return {
    async up(db: Db) {
      await dropEventIndexes(db, EVENT_INDEXES_V1.map(([name]) => ({ name })));
      await createEventIndexes(db, EVENT_INDEXES_V3);
    },
  };
}

/** Full-text search: FTS5 (external content over events.search_text) or a tsvector + GIN index. */
function m002(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      if (dialect === 'sqlite') {
        await sql`create virtual table events_fts using fts5(search_text, content='events', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(db);
        for (const stmt of FTS_TRIGGERS) await sql.raw(stmt).execute(db);
      } else {
        await sql`alter table events add column search_tsv tsvector generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
        await sql`create index events_search on events using gin (search_tsv)`.execute(db);
      }
    },
  };
}

/** SQLite triggers that keep events_fts in step with events (dropped and rebuilt by the bulk path). */
export const FTS_TRIGGERS = [
  `create trigger if not exists events_fts_ai after insert on events begin
     insert into events_fts(rowid, search_text) values (new.seq, new.search_text); end`,
  `create trigger if not exists events_fts_ad after delete on events begin
     insert into events_fts(events_fts, rowid, search_text) values ('delete', old.seq, old.search_text); end`,
  `create trigger if not exists events_fts_au after update of search_text on events begin
     insert into events_fts(events_fts, rowid, search_text) values ('delete', old.seq, old.search_text);
     insert into events_fts(rowid, search_text) values (new.seq, new.search_text); end`,
];

/** 004 (SQLite): the search index without term positions (detail=none): queries are single-word
 * terms ANDed together, which need no positions, and a 1 M-row rebuild takes a fraction of the time */
function m004(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      if (dialect !== 'sqlite') return;
      for (const t of ['events_fts_ai', 'events_fts_ad', 'events_fts_au']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
      await sql`drop table if exists events_fts`.execute(db);
      await sql`create virtual table events_fts using fts5(search_text, content='events', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', detail=none)`.execute(db);
      await sql`insert into events_fts(events_fts) values ('rebuild')`.execute(db);
      for (const stmt of FTS_TRIGGERS) await sql.raw(stmt).execute(db);
    },
  };
}

/** 005: rollup tables kept by triggers (rollup.ts) answer the time-series, per-country and per-type
 * aggregates; the two weekly covering indexes they replace go (each cost a sort in every bulk load). */
function m005(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      for (const stmt of dialect === 'sqlite' ? ROLLUP_TABLES_SQLITE : ROLLUP_TABLES_PG) await sql.raw(stmt).execute(db);
      if (dialect === 'postgres') await sql`lock table events in share mode`.execute(db);
      for (const stmt of ROLLUP_REBUILD_V5) await sql.raw(stmt).execute(db);
      for (const stmt of dialect === 'sqlite' ? ROLLUP_TRIGGERS_SQLITE_V5 : ROLLUP_TRIGGERS_PG_V5) await sql.raw(stmt).execute(db);
      await dropEventIndexes(db, EVENT_INDEXES_V3.filter((ix) => WEEKLY_INDEXES.has(ix.name)));
    },
  };
}

/** 006: a monthly rollup per country (country list, type totals) and the day rollup indexed by date;
 * the triggers are replaced by ones that keep the monthly table too */
function m006(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      for (const stmt of dialect === 'sqlite' ? ROLLUP_TABLES_V6_SQLITE : ROLLUP_TABLES_V6_PG) await sql.raw(stmt).execute(db);
      await dropRollupTriggers(db, dialect);
      await rebuildRollup(db, dialect);
    },
  };
}

/** 007: per-admin1 (monthly) and per-actor-pair rollups with their own triggers (rollup-detail.ts) */
function m007(dialect: Dialect): Migration {
  return {
    async up(db: Db) {
      for (const stmt of dialect === 'sqlite' ? DETAIL_TABLES_SQLITE : DETAIL_TABLES_PG) await sql.raw(stmt).execute(db);
      await rebuildDetail(db, dialect);
    },
  };
}

/** 008: the covering indexes the detail rollups replaced go (dated pairs / partial months scan the
 * country's rows through events_country_date instead) */
function m008(): Migration {
  return {
    async up(db: Db) {
      await dropEventIndexes(db, EVENT_INDEXES_V3.filter((ix) => DETAIL_INDEXES.has(ix.name)));
    },
  };
}

/** 009: events_country_date rebuilt with the aggregates' columns (COUNTRY_DATE_V9) */
function m009(): Migration {
  return {
    async up(db: Db) {
      await dropEventIndexes(db, [COUNTRY_DATE_V9]);
      await createEventIndexes(db, [COUNTRY_DATE_V9]);
    },
  };
}

/** 010: events_country_date rebuilt with the associated actors (COUNTRY_DATE_V10) */
function m010(): Migration {
  return {
    async up(db: Db) {
      await dropEventIndexes(db, [COUNTRY_DATE_V10]);
      await createEventIndexes(db, [COUNTRY_DATE_V10]);
    },
  };
}

/** drops the rollup triggers, the detail ones included (a bulk load rebuilds the rollups once at
 * the end instead); the detail names are dropped "if exists", so 006 may call this before 007 */
export async function dropRollupTriggers(db: Db, dialect: Dialect): Promise<void> {
  for (const stmt of dialect === 'sqlite' ? ROLLUP_DROP_TRIGGERS_SQLITE : ROLLUP_DROP_TRIGGERS_PG) await sql.raw(stmt).execute(db);
  for (const stmt of dialect === 'sqlite' ? DETAIL_DROP_TRIGGERS_SQLITE : DETAIL_DROP_TRIGGERS_PG) await sql.raw(stmt).execute(db);
}

/** recomputes the detail rollups (admin1, actor pairs) from `events` and (re)creates their
 * triggers; like rebuildRollup, inside a transaction. filled: the caller wrote both tables itself */
export async function rebuildDetail(db: Db, dialect: Dialect, opts: { filled?: boolean } = {}): Promise<void> {
  if (dialect === 'postgres') await sql`lock table events in share mode`.execute(db);
  if (!opts.filled) for (const stmt of DETAIL_REBUILD) await sql.raw(stmt).execute(db);
  for (const stmt of dialect === 'sqlite' ? DETAIL_TRIGGERS_SQLITE : DETAIL_TRIGGERS_PG) await sql.raw(stmt).execute(db);
}

/** recomputes the rollup from `events` and (re)creates its triggers; call inside a transaction so
 * no write can fall between the two (PostgreSQL: writers wait on a SHARE lock of events) */
export async function rebuildRollup(db: Db, dialect: Dialect, opts: { dayTableFilled?: boolean; filled?: boolean } = {}): Promise<void> {
  if (dialect === 'postgres') await sql`lock table events in share mode`.execute(db);
  // dayTableFilled: the caller wrote event_rollup itself (a bulk load that summed its rows);
  // filled: it wrote all three tables (SQLite bulk-sums.ts)
  const stmts = opts.filled ? [] : opts.dayTableFilled ? ROLLUP_REBUILD.slice(2) : ROLLUP_REBUILD;
  for (const stmt of stmts) await sql.raw(stmt).execute(db);
  for (const stmt of dialect === 'sqlite' ? ROLLUP_TRIGGERS_SQLITE : ROLLUP_TRIGGERS_PG) await sql.raw(stmt).execute(db);
}

/** true when every trigger of `names` is in place (so the rollup tables they keep are exact) */
async function triggersPresent(db: Db, dialect: Dialect, names: string[]): Promise<boolean> {
  const rows = dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'trigger'`.execute(db)
    : await sql<{ name: string }>`select tgname as name from pg_trigger where tgrelid = 'events'::regclass`.execute(db);
  const have = new Set(rows.rows.map((r) => r.name));
  return names.every((n) => have.has(n));
}

/** Puts back what an interrupted bulk import dropped (see SqlStore.repair); no-op when all present. */
export async function repairAfterBulk(db: Db, dialect: Dialect): Promise<void> {
  await createEventIndexes(db);
  if (!(await triggersPresent(db, dialect, dialect === 'sqlite' ? ROLLUP_TRIGGER_NAMES_SQLITE : ROLLUP_TRIGGER_NAMES_PG))) {
    await db.transaction().execute((tx) => rebuildRollup(tx, dialect));
  }
  if (!(await triggersPresent(db, dialect, dialect === 'sqlite' ? DETAIL_TRIGGER_NAMES_SQLITE : DETAIL_TRIGGER_NAMES_PG))) {
    await db.transaction().execute((tx) => rebuildDetail(tx, dialect));
  }
  if (dialect !== 'sqlite') {
    await sql`create index if not exists events_search on events using gin (search_tsv)`.execute(db);
    return;
  }
  const triggers = await sql<{ name: string }>`select name from sqlite_master where type = 'trigger'`.execute(db);
  const have = new Set(triggers.rows.map((r) => r.name));
  if (['events_fts_ai', 'events_fts_ad', 'events_fts_au'].every((t) => have.has(t))) return;
  await db.transaction().execute(async (tx) => {
    for (const stmt of FTS_TRIGGERS) await sql.raw(stmt).execute(tx);
    await sql`insert into events_fts(events_fts) values ('rebuild')`.execute(tx);
  });
}

export function migrations(dialect: Dialect): Record<string, Migration> {
  return { '001_init': m001(dialect), '002_fts': m002(dialect), '003_indexes': m003(), '004_fts_detail': m004(dialect), '005_rollup': m005(dialect), '006_rollup_month': m006(dialect), '007_rollup_detail': m007(dialect), '008_drop_detail_indexes': m008(), '009_country_date_cover': m009(), '010_country_date_assoc': m010() };
}

export async function runMigrations(db: Db, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
    migrationTableName: 'sitrep_migration',
    migrationLockTableName: 'sitrep_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`store migration failed: ${(error as Error).message ?? String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
