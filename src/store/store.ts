// The Store (src/core/interfaces.ts) over Kysely: one implementation for SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import { InputError, type Document, type Evidence, type SitrepEvent } from '../core/types.ts';
import type { AggregateQuery, AggregateRow, EventDetail, EventQuery, IngestResult, Store, StoredDocument } from '../core/interfaces.ts';
import type { Database } from './schema.ts';
import type { Opened } from './db.ts';
import { runMigrations, repairAfterBulk } from './migrations.ts';
import { aggregate, clampLimit, encodeCursor, eventPage, eventPageRows } from './query.ts';
import { ensurePostgis, postgisWanted } from './postgis.ts';
import { eventToRow, rowToEvent } from './rows.ts';
import { attach, lockEventTypes, recompute, shortHash, type Tx } from './merge-tx.ts';
import { applyPatch, validatePatch } from './edits.ts';
import { EVENT_TYPES } from '../core/taxonomy.ts';

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  lastPolled: string | null;
  errors: number;
  lastError?: string | null;
  /** ids of feed items already ingested (the newest MAX_SEEN are kept) */
  seen: string[];
}

export const MAX_SEEN = 5000;

/** sha256 of the text with line endings and outer whitespace normalized */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

const now = () => new Date().toISOString();

export class SqlStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  constructor(readonly opened: Opened) {
    this.dialect = opened.dialect;
    this.db = opened.db;
  }

  /** PostgreSQL with PostGIS enabled (events.geom and its GiST index exist) */
  postgis = false;

  async migrate(): Promise<void> {
    await runMigrations(this.db, this.dialect);
    await this.repair();
    if (this.dialect === 'postgres' && postgisWanted()) this.postgis = await ensurePostgis(this.db);
  }

  /**
   * A bulk import drops the event indexes and the search triggers and restores them at the end; a
   * process killed in between leaves them missing. Every open puts them back (no-ops when present)
   * and rebuilds the search index when its triggers were gone.
   */
  private async repair(): Promise<void> {
    await repairAfterBulk(this.db, this.dialect);
  }

  /**
   * One write transaction. SQLite: BEGIN IMMEDIATE takes the write lock up front (no deadlocking
   * read-then-write upgrades between processes). PostgreSQL: READ COMMITTED plus advisory locks.
   */
  async tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.dialect === 'postgres') return this.db.transaction().execute(fn);
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const out = await fn(conn);
        await sql`commit`.execute(conn);
        return out;
      } catch (err) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw err;
      }
    });
  }

  async saveDocument(doc: Document, events: SitrepEvent[], status: StoredDocument['status'] = 'coded', message?: string): Promise<IngestResult> {
    if (!doc || typeof doc.text !== 'string' || !doc.id) throw new InputError('document needs an id and a text');
    const hash = contentHash(doc.text);
    const ts = now();
    return this.tx(async (tx) => {
      const dup = await this.findDocument(tx, hash, doc.url);
      if (dup) return { doc_id: dup, status: 'duplicate', events_created: 0, events_merged: 0 } satisfies IngestResult;
      // the caller's id, unless another document already has it (two "report.txt" from two folders)
      const taken = await tx.selectFrom('documents').select('id').where('id', '=', doc.id).executeTakeFirst();
      const id = taken ? `${doc.id}~${hash.slice(0, 8)}` : doc.id;
      const inserted = await tx
        .insertInto('documents')
        .values({
          id, content_hash: hash, url: doc.url ?? null, title: doc.title ?? null, source: doc.source ?? null,
          published: doc.published ?? null, text: doc.text, language: doc.language ?? null, status,
          message: message ?? null, ingested_at: ts,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        // another worker stored the same document a moment ago
        const other = await this.findDocument(tx, hash, doc.url);
        return { doc_id: other ?? id, status: 'duplicate', events_created: 0, events_merged: 0 } satisfies IngestResult;
      }
      const result: IngestResult = { doc_id: id, status: status === 'coded' ? 'new' : status, events_created: 0, events_merged: 0 };
      if (message) result.message = message;
      if (status !== 'coded' || events.length === 0) return result;
      await lockEventTypes(tx, this.dialect, events.map((e) => e.event_type));
      for (const [i, e] of events.entries()) {
        const ext = { id: `${id}#${i}`, doc_id: id, event: { ...e, doc_id: id } };
        await tx.insertInto('extractions').values({ id: ext.id, doc_id: id, idx: i, event_json: JSON.stringify(ext.event), created_at: ts }).execute();
        const r = await attach(tx, ext, ts);
        if (r.merged) result.events_merged++;
        else result.events_created++;
      }
      return result;
    });
  }

  private async findDocument(tx: Tx, hash: string, url?: string): Promise<string | null> {
    const row = await tx
      .selectFrom('documents')
      .select('id')
      .where((eb) => (url ? eb.or([eb('content_hash', '=', hash), eb('url', '=', url)]) : eb('content_hash', '=', hash)))
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async hasDocument(idOrHash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('documents')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', idOrHash), eb('content_hash', '=', idOrHash), eb('url', '=', idOrHash)]))
      .executeTakeFirst();
    return !!row;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return null;
    const d: StoredDocument = { id: r.id, text: r.text, content_hash: r.content_hash, ingested_at: r.ingested_at, status: r.status as StoredDocument['status'] };
    if (r.published) d.published = r.published;
    if (r.source) d.source = r.source;
    if (r.url) d.url = r.url;
    if (r.title) d.title = r.title;
    if (r.language) d.language = r.language;
    return d;
  }

  async queryEvents(q: EventQuery): Promise<{ events: SitrepEvent[]; next_cursor: string | null }> {
    const limit = clampLimit(q.limit);
    // planned (query.ts planPage): a common word or a large box walks the date order instead of
    // fetching and sorting every match
    const rows = await eventPageRows(this.db, q, this.dialect, limit + 1, { postgis: this.postgis });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { events: page.map(rowToEvent), next_cursor: rows.length > limit && last ? encodeCursor(last.event_date, last.event_id) : null };
  }

  /** every matching event, newest first, in keyset pages: constant memory for exports of any size */
  async *iterateEvents(q: EventQuery = {}, pageSize = 1000): AsyncGenerator<SitrepEvent> {
    let cursor = q.cursor;
    for (;;) {
      const rows = await eventPage(this.db, { ...q, cursor }, this.dialect, pageSize, { postgis: this.postgis }).execute();
      for (const r of rows) yield rowToEvent(r);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      cursor = encodeCursor(last.event_date, last.event_id);
    }
  }

  async getEvent(id: string): Promise<EventDetail | null> {
    const row = await this.db.selectFrom('events').selectAll().where('event_id', '=', id).executeTakeFirst();
    if (!row) return null;
    const parts = await this.db
      .selectFrom('event_sources')
      .innerJoin('extractions', 'extractions.id', 'event_sources.extraction_id')
      .innerJoin('documents', 'documents.id', 'event_sources.doc_id')
      .select(['documents.id', 'documents.title', 'documents.source', 'documents.url', 'documents.published', 'documents.text',
        'extractions.event_json', 'event_sources.agreed', 'event_sources.fatalities'])
      .where('event_sources.event_id', '=', id)
      .orderBy('documents.seq')
      .orderBy('extractions.idx')
      .execute();
    const docs = new Map<string, EventDetail['documents'][number] & { fatalities: number }>();
    const merge = new Map<string, Set<string>>();
    for (const p of parts) {
      const ev = JSON.parse(p.event_json) as SitrepEvent;
      let d = docs.get(p.id);
      if (!d) {
        d = { id: p.id, text: p.text, evidence: [], fatalities: p.fatalities };
        if (p.title) d.title = p.title;
        if (p.source) d.source = p.source;
        if (p.url) d.url = p.url;
        if (p.published) d.published = p.published;
        docs.set(p.id, d);
        merge.set(p.id, new Set());
      }
      d.evidence.push(...((ev.evidence ?? []) as Evidence[]));
      for (const a of JSON.parse(p.agreed) as string[]) merge.get(p.id)!.add(a);
    }
    return {
      event: rowToEvent(row),
      documents: [...docs.values()],
      merge: [...merge.entries()].map(([doc_id, agreed]) => ({ doc_id, agreed: [...agreed] })),
    };
  }

  aggregates(q: AggregateQuery): Promise<AggregateRow[]> {
    return aggregate(this.db, q, this.dialect);
  }

  /** reference events are stored as given (no merging), kept apart by origin; re-importing updates
   * them unless an analyst edited them */
  async importReference(origin: string, events: SitrepEvent[]): Promise<number> {
    if (!/^[a-z][a-z0-9_-]{0,31}$/.test(origin) || origin === 'sitrep') throw new InputError(`invalid reference origin "${origin}"`);
    const ts = now();
    let n = 0;
    for (let i = 0; i < events.length; i += 200) {
      const rows = events.slice(i, i + 200).filter((e) => e && e.event_id && e.event_date).map((e) => eventToRow({ ...e, doc_id: undefined }, origin, ts));
      if (rows.length === 0) continue;
      await this.tx(async (tx) => {
        // one batch may repeat an id: the last one wins
        const unique = [...new Map(rows.map((r) => [r.event_id, r])).values()];
        await tx.insertInto('events').values(unique)
          .onConflict((oc) => oc.column('event_id').doUpdateSet((eb) => {
            const set: Record<string, unknown> = {};
            for (const k of Object.keys(unique[0])) if (k !== 'event_id') set[k] = eb.ref(`excluded.${k}` as 'excluded.origin');
            return set;
          }).where('events.edited', '=', 0).where('events.origin', '=', origin))
          .execute();
        n += unique.length;
      });
    }
    return n;
  }

  /** an analyst's correction: audited in `edits`, applied now and after every rebuild of the event */
  async recordEdit(eventId: string, patch: unknown, user: string): Promise<SitrepEvent> {
    const clean = validatePatch(patch);
    if (!user || typeof user !== 'string') throw new InputError('an edit needs a user');
    return this.tx(async (tx) => {
      const row = await tx.selectFrom('events').selectAll().where('event_id', '=', eventId).executeTakeFirst();
      if (!row) throw new InputError(`no event "${eventId}"`);
      const ts = now();
      await tx.insertInto('edits').values({ event_id: eventId, doc_id: row.doc_id, patch: JSON.stringify(clean), user: user.slice(0, 200), created_at: ts }).execute();
      if (row.origin === 'sitrep') {
        // the same lock as merges: a report merging in meanwhile cannot be lost by this rebuild
        await lockEventTypes(tx, this.dialect, [row.event_type]);
        await recompute(tx, eventId, ts);
      } else {
        const edited = eventToRow(applyPatch(rowToEvent(row), clean), row.origin, ts, { edited: true });
        const { event_id: _i, ...set } = edited;
        await tx.updateTable('events').set(set).where('event_id', '=', eventId).execute();
      }
      const out = await tx.selectFrom('events').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
      return rowToEvent(out);
    });
  }

  async listEdits(eventId: string): Promise<{ id: number; patch: Partial<SitrepEvent>; user: string; created_at: string }[]> {
    const rows = await this.db.selectFrom('edits').selectAll().where('event_id', '=', eventId).orderBy('id').execute();
    return rows.map((r) => ({ id: Number(r.id), patch: JSON.parse(r.patch), user: r.user, created_at: r.created_at }));
  }

  /**
   * Undoes a merge: the extractions of `docId` leave `eventId` and form their own event again; the
   * document is never merged with the event's other documents again. Returns the new event's id.
   */
  async splitEvent(eventId: string, docId: string): Promise<string> {
    return this.tx(async (tx) => {
      const ts = now();
      const members = await tx.selectFrom('event_sources').select(['extraction_id', 'doc_id']).where('event_id', '=', eventId).execute();
      const mine = members.filter((m) => m.doc_id === docId);
      if (mine.length === 0) throw new InputError(`document "${docId}" is not part of event "${eventId}"`);
      const others = [...new Set(members.filter((m) => m.doc_id !== docId).map((m) => m.doc_id))];
      if (others.length === 0) throw new InputError(`event "${eventId}" has no other document to split from`);
      const evType = await tx.selectFrom('events').select('event_type').where('event_id', '=', eventId).executeTakeFirstOrThrow();
      await lockEventTypes(tx, this.dialect, [evType.event_type]);
      for (const o of others) {
        const [a, b] = docId < o ? [docId, o] : [o, docId];
        await tx.insertInto('merge_blocks').values({ doc_a: a, doc_b: b, created_at: ts }).onConflict((oc) => oc.doNothing()).execute();
      }
      await tx.deleteFrom('event_sources').where('extraction_id', 'in', mine.map((m) => m.extraction_id)).execute();
      await recompute(tx, eventId, ts);
      const first = await tx.selectFrom('extractions').select(['id', 'event_json']).where('id', '=', mine[0].extraction_id).executeTakeFirstOrThrow();
      const own = JSON.parse(first.event_json) as SitrepEvent;
      const candidates = [own.event_id, `${own.event_id}~split`];
      let newId = '';
      for (const c of candidates) {
        if (!(await tx.selectFrom('events').select('event_id').where('event_id', '=', c).executeTakeFirst())) {
          newId = c;
          break;
        }
      }
      if (!newId) newId = `${own.event_id}~${shortHash(first.id + ts, 6)}`;
      await tx.insertInto('events').values(eventToRow({ ...own, event_id: newId, doc_id: docId }, 'sitrep', ts)).execute();
      for (const m of mine) {
        await tx.insertInto('event_sources').values({ extraction_id: m.extraction_id, event_id: newId, doc_id: docId, agreed: JSON.stringify(['split']), fatalities: 0, merged_at: ts }).execute();
      }
      const figures = await tx.selectFrom('extractions').select(['id', 'event_json']).where('id', 'in', mine.map((m) => m.extraction_id)).execute();
      for (const f of figures) {
        await tx.updateTable('event_sources').set({ fatalities: Number((JSON.parse(f.event_json) as SitrepEvent).fatalities) || 0 }).where('extraction_id', '=', f.id).execute();
      }
      await recompute(tx, newId, ts);
      return newId;
    });
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const r = await this.db.selectFrom('feed_state').selectAll().where('url', '=', url).executeTakeFirst();
    if (!r) return null;
    return { etag: r.etag, lastModified: r.last_modified, lastPolled: r.last_polled, errors: Number(r.errors), lastError: r.last_error, seen: JSON.parse(r.seen) };
  }

  /** merges `patch` into the stored state (missing fields keep their value) */
  async setFeedState(url: string, patch: Partial<FeedState>): Promise<FeedState> {
    return this.tx(async (tx) => {
      const cur = await tx.selectFrom('feed_state').selectAll().where('url', '=', url).executeTakeFirst();
      const prev: FeedState = cur
        ? { etag: cur.etag, lastModified: cur.last_modified, lastPolled: cur.last_polled, errors: Number(cur.errors), lastError: cur.last_error, seen: JSON.parse(cur.seen) }
        : { etag: null, lastModified: null, lastPolled: null, errors: 0, lastError: null, seen: [] };
      const next: FeedState = { ...prev, ...patch };
      next.seen = [...new Set(next.seen ?? [])].slice(-MAX_SEEN);
      const row = {
        url, etag: next.etag ?? null, last_modified: next.lastModified ?? null, last_polled: next.lastPolled ?? null,
        errors: Number(next.errors) || 0, last_error: next.lastError ?? null, seen: JSON.stringify(next.seen), updated_at: now(),
      };
      const { url: _u, ...set } = row;
      await tx.insertInto('feed_state').values(row).onConflict((oc) => oc.column('url').doUpdateSet(set)).execute();
      return next;
    });
  }

  async stats(): Promise<{ documents: number; events: number; extractions: number; edits: number }> {
    const c = async (t: 'documents' | 'events' | 'extractions' | 'edits') =>
      Number((await this.db.selectFrom(t).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    return { documents: await c('documents'), events: await c('events'), extractions: await c('extractions'), edits: await c('edits') };
  }

  /** all event types: locks for whole-store rebuilds */
  static allTypes(): string[] {
    return [...EVENT_TYPES];
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
