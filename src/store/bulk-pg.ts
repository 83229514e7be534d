// PostgreSQL side of the bulk import: rows stream through COPY (text format) into a temporary
// staging table, and one INSERT … SELECT per chunk upserts them into events (the last copy of an id
// in a chunk wins; analyst-edited rows and other origins are left alone, as in importReference).
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Writable } from 'node:stream';
import type { SitrepEvent } from '../core/types.ts';
import type { Database } from './schema.ts';
import type { SqlStore } from './store.ts';
import type { BulkOptions } from './bulk.ts';
import { dropRollupTriggers, rebuildDetail, rebuildRollup } from './migrations.ts';
import { createEventIndexes, dropEventIndexes } from './event-indexes.ts';
import { EVENT_COLUMNS, eventToRow } from './rows.ts';
import { ROLLUP_ONE_SCAN_PG } from './rollup-detail.ts';

/** rows per COPY + upsert transaction */
const CHUNK = 50_000;

/** one value in COPY's text format: \N for NULL; backslash, tab, newline and CR escaped */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

async function write(stream: Writable, text: string | Buffer): Promise<void> {
  if (stream.write(text)) return;
  // wait for 'drain'; both listeners go again, so a long COPY does not pile them up
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

async function end(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('finish', resolve);
    stream.once('error', reject);
    stream.end();
  });
}

export async function bulkPostgres(store: SqlStore, origin: string, events: Iterable<SitrepEvent> | AsyncIterable<SitrepEvent>, opts: BulkOptions): Promise<number> {
  const { from: copyFrom } = (await import('pg-copy-streams' as string)) as { from: (text: string) => Writable & import('pg').Submittable };
  const client = await store.opened.pool!.connect();
  // a Kysely on this one session: the temporary staging table exists only here
  // (Kysely releases what its pool hands out: it gets a wrapper, the client goes back once, below)
  const borrowed = { query: client.query.bind(client), release: () => undefined };
  const session = { connect: async () => borrowed, end: async () => undefined };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: session as never }) });
  const now = new Date().toISOString();
  let n = 0;
  try {
    // commits need not wait for the WAL flush: a crash loses at most the last chunks, never consistency
    await sql`set synchronous_commit = off`.execute(db);
    await dropEventIndexes(db);
    // the GIN search index is the costliest to maintain row by row: built once at the end
    await sql`drop index if exists events_search`.execute(db);
    await dropRollupTriggers(db, 'postgres');
    await sql`drop table if exists pg_temp.sitrep_bulk`.execute(db);
    await db.schema.createTable('sitrep_bulk').temporary()
      .as(db.selectFrom('events').select(EVENT_COLUMNS).where(sql<boolean>`false`)).execute();
    // input order, numbered by the table itself (the last copy of an id in a chunk wins)
    await sql`alter table sitrep_bulk add column _ord bigint generated always as identity`.execute(db);
    const updated = EVENT_COLUMNS.filter((c) => c !== 'event_id');
    const upsert = (tx: Kysely<Database>) => tx.insertInto('events').columns(EVENT_COLUMNS)
      .expression(tx.withTables<{ sitrep_bulk: Database['events'] & { _ord: number } }>().selectFrom('sitrep_bulk')
        .distinctOn('event_id').select(EVENT_COLUMNS).orderBy('event_id').orderBy('_ord', 'desc'))
      .onConflict((oc) => oc.column('event_id').doUpdateSet((eb) => {
        const set: Record<string, unknown> = {};
        for (const k of updated) set[k] = eb.ref(`excluded.${k}` as 'excluded.origin');
        return set;
      }).where('events.edited', '=', 0).where('events.origin', '=', origin))
      .execute();
    const cols = EVENT_COLUMNS.join(', ');
    const copy = async (table: string, pieces: Buffer[]) => {
      const stream = client.query(copyFrom(`copy ${table} (${cols}) from stdin`));
      for (const p of pieces) await write(stream, p);
      await end(stream);
    };
    // New ids (a first load, or a file of new events) COPY straight into events: no staging write,
    // no upsert. The first chunk that meets an id already stored (a re-import) or repeats one fails
    // on the unique key, is rolled back to its savepoint and goes through the staging upsert, as
    // does the rest of that load.
    let direct = true;
    opts.onPhase?.('insert');
    const iterator = (Symbol.asyncIterator in events ? events[Symbol.asyncIterator]() : (events as Iterable<SitrepEvent>)[Symbol.iterator]()) as AsyncIterator<SitrepEvent> | Iterator<SitrepEvent>;
    let done = false;
    while (!done) {
      let inChunk = 0;
      // the chunk's COPY text, in ~1 MB pieces (kept until commit: a failed direct COPY replays it)
      // (as Buffers: off the JS heap, so holding a chunk costs the collector nothing)
      const pieces: Buffer[] = [];
      let buf = '';
      while (inChunk < CHUNK) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const e = next.value;
        if (!e || !e.event_id || !e.event_date) continue;
        const row = eventToRow(e, origin, now, { noDoc: true }) as Record<string, unknown>;
        let line = copyValue(row[EVENT_COLUMNS[0]]);
        for (let i = 1; i < EVENT_COLUMNS.length; i++) line += `\t${copyValue(row[EVENT_COLUMNS[i]])}`;
        buf += `${line}\n`;
        inChunk++;
        if (buf.length > 1 << 20) {
          pieces.push(Buffer.from(buf));
          buf = '';
        }
      }
      if (buf) pieces.push(Buffer.from(buf));
      if (inChunk === 0) break;
      await sql`begin`.execute(db);
      try {
        let copied = false;
        if (direct) {
          await sql`savepoint sitrep_direct`.execute(db);
          try {
            await copy('events', pieces);
            copied = true;
          } catch (err) {
            if ((err as { code?: string }).code !== '23505') throw err; // unique_violation
            await sql`rollback to savepoint sitrep_direct`.execute(db);
            direct = false;
          }
        }
        if (!copied) {
          await copy('sitrep_bulk', pieces);
          await upsert(db);
          await sql`truncate sitrep_bulk`.execute(db);
        }
        await sql`commit`.execute(db);
      } catch (err) {
        await sql`rollback`.execute(db).catch(() => undefined);
        throw err;
      }
      n += inChunk;
      opts.onProgress?.(n);
    }
  } finally {
    try {
      await sql`drop table if exists pg_temp.sitrep_bulk`.execute(db).catch(() => undefined);
      // sorts for the index builds in memory (session setting, reset before the client goes back)
      await sql`set maintenance_work_mem = '1GB'`.execute(db);
      opts.onPhase?.('index');
      await createEventIndexes(db);
      opts.onPhase?.('search');
      await sql`create index if not exists events_search on events using gin (search_tsv)`.execute(db);
      opts.onPhase?.('rollup');
      await db.transaction().execute(async (tx) => {
        await sql`set local work_mem = '256MB'`.execute(tx);
        // one scan of events fills the day and both detail rollups; the rest derives from them
        await sql`lock table events in share mode`.execute(tx);
        for (const t of ['event_rollup', 'event_rollup_admin1', 'event_rollup_pair']) await sql.raw(`delete from ${t}`).execute(tx);
        await sql.raw(ROLLUP_ONE_SCAN_PG).execute(tx);
        await rebuildRollup(tx, 'postgres', { dayTableFilled: true });
        await rebuildDetail(tx, 'postgres', { filled: true });
      });
      opts.onPhase?.('analyze');
      // VACUUM sets the visibility map, without which PostgreSQL cannot answer the aggregates from
      // the covering indexes alone (index-only scans)
      await sql`vacuum analyze events`.execute(db);
      await sql`vacuum analyze event_rollup`.execute(db);
      for (const t of ['event_rollup_all', 'event_rollup_month', 'event_rollup_admin1', 'event_rollup_pair']) await sql.raw(`vacuum analyze ${t}`).execute(db);
    } finally {
      await sql`reset all`.execute(db).catch(() => undefined);
      client.release();
    }
  }
  return n;
}
