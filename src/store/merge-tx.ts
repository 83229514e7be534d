// The write side of de-duplication, run inside one transaction: attach an extraction to the best
// matching stored event or create a new event, and rebuild (recompute) an event from its parts.
import { sql, type Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { SitrepEvent } from '../core/types.ts';
import type { Database } from './schema.ts';
import { mergeDecision, fuse } from './merge.ts';
import { dayNumber, fromDayNumber, eventToRow, rowToEvent } from './rows.ts';
import { applyPatch } from './edits.ts';

export type Tx = Kysely<Database>;

export function shortHash(s: string, n = 8): string {
  return createHash('sha256').update(s).digest('hex').slice(0, n);
}

/** first free id among the preferences; a derived one when all are taken */
async function freeEventId(tx: Tx, prefs: (string | undefined)[], salt: string): Promise<string> {
  const wanted = prefs.filter((p): p is string => !!p);
  for (const id of wanted) {
    const hit = await tx.selectFrom('events').select('event_id').where('event_id', '=', id).executeTakeFirst();
    if (!hit) return id;
  }
  const base = wanted[0] ?? 'evt';
  for (let i = 0; ; i++) {
    const id = `${base}~${shortHash(`${salt}:${i}`, 6)}`;
    const hit = await tx.selectFrom('events').select('event_id').where('event_id', '=', id).executeTakeFirst();
    if (!hit) return id;
  }
}

/** rebuilds one event from its extractions (ingest order), then re-applies analyst edits */
export async function recompute(tx: Tx, eventId: string, now: string): Promise<void> {
  const parts = await tx
    .selectFrom('event_sources')
    .innerJoin('extractions', 'extractions.id', 'event_sources.extraction_id')
    .innerJoin('documents', 'documents.id', 'event_sources.doc_id')
    .select(['extractions.event_json', 'event_sources.doc_id', 'documents.title'])
    .where('event_sources.event_id', '=', eventId)
    .orderBy('documents.seq')
    .orderBy('extractions.idx')
    .execute();
  if (parts.length === 0) {
    await tx.deleteFrom('events').where('event_id', '=', eventId).execute();
    return;
  }
  const docs = new Set(parts.map((p) => p.doc_id));
  const fused = fuse(parts.map((p) => JSON.parse(p.event_json) as SitrepEvent), docs.size);
  fused.event_id = eventId;
  fused.doc_id = parts[0].doc_id;
  const edits = await tx.selectFrom('edits').select('patch').where('event_id', '=', eventId).orderBy('id').execute();
  const final = edits.reduce((e, x) => applyPatch(e, JSON.parse(x.patch)), fused);
  const titles = [...new Set(parts.map((p) => p.title).filter((t): t is string => !!t))];
  const row = eventToRow(final, 'sitrep', now, { edited: edits.length > 0, searchExtra: titles });
  const { event_id: _id, ...update } = row;
  await tx.insertInto('events').values(row).onConflict((oc) => oc.column('event_id').doUpdateSet(update)).execute();
}

export interface AttachResult {
  event_id: string;
  merged: boolean;
  agreed: string[];
}

/**
 * Attaches one stored extraction to an incident: the closest stored event that mergeDecision
 * accepts (never one already holding this document, never one an analyst split from it), or a new
 * event. `preferredIds` keeps ids stable across re-extraction.
 */
export async function attach(
  tx: Tx,
  ext: { id: string; doc_id: string; event: SitrepEvent },
  now: string,
  preferredIds: (string | undefined)[] = [],
): Promise<AttachResult> {
  const e = ext.event;
  const from = dayNumber(e.date_range?.[0] ?? e.event_date);
  const to = dayNumber(e.date_range?.[1] ?? e.event_date);
  const candidates = Number.isFinite(from) && Number.isFinite(to)
    ? await tx
        .selectFrom('events')
        .selectAll()
        // a literal, so the planner can use the partial index events_merge
        .where(sql<boolean>`origin = 'sitrep'`)
        .where('event_type', '=', e.event_type)
        .where('country', '=', e.country ?? '')
        .where('date_from', '<=', fromDayNumber(to + 1))
        .where('date_to', '>=', fromDayNumber(from - 1))
        .where('event_id', 'not in', (eb) => eb.selectFrom('event_sources').select('event_id').where('doc_id', '=', ext.doc_id))
        .where((eb) =>
          eb.not(eb.exists(
            eb.selectFrom('event_sources as s')
              .innerJoin('merge_blocks as b', (j) => j.on((x) => x.or([
                x.and([x('b.doc_a', '=', ext.doc_id), x('b.doc_b', '=', x.ref('s.doc_id'))]),
                x.and([x('b.doc_b', '=', ext.doc_id), x('b.doc_a', '=', x.ref('s.doc_id'))]),
              ])))
              .select('s.doc_id')
              .whereRef('s.event_id', '=', 'events.event_id'),
          )))
        .limit(500)
        .execute()
    : [];
  let best: { id: string; agreed: string[]; distance: number } | null = null;
  for (const c of candidates) {
    const d = mergeDecision(e, rowToEvent(c));
    if (d.merge && (!best || d.distance < best.distance)) best = { id: c.event_id, agreed: d.agreed, distance: d.distance };
  }
  let eventId: string;
  let agreed: string[];
  if (best) {
    eventId = best.id;
    agreed = best.agreed;
  } else {
    eventId = await freeEventId(tx, [...preferredIds, e.event_id], ext.id);
    agreed = ['anchor'];
    // placeholder row so event_sources can reference it; recompute fills it in
    await tx.insertInto('events').values(eventToRow({ ...e, event_id: eventId, doc_id: ext.doc_id }, 'sitrep', now)).execute();
  }
  await tx
    .insertInto('event_sources')
    .values({ extraction_id: ext.id, event_id: eventId, doc_id: ext.doc_id, agreed: JSON.stringify(agreed), fatalities: Number(e.fatalities) || 0, merged_at: now })
    .execute();
  await recompute(tx, eventId, now);
  return { event_id: eventId, merged: !!best, agreed };
}

/** PostgreSQL: serialize merges per event type across every worker (a merge only ever looks at
 * events of its own type, so two types never wait on each other). No-op on SQLite, where
 * BEGIN IMMEDIATE already makes writers take turns. */
export async function lockEventTypes(tx: Tx, dialect: 'sqlite' | 'postgres', types: string[]): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const t of [...new Set(types)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtext(${`sitrep-merge:${t}`}))`.execute(tx);
  }
}
