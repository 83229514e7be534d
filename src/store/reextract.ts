// Re-extraction: after a lexicon or engine change, re-run the extractor over every stored document
// and rebuild the merged events — keeping event ids (an extraction that was in event X goes back to
// X when it can), merge blocks from splits, and analyst edits (re-applied by recompute).
import type { Document, SitrepEvent } from '../core/types.ts';
import type { SqlStore } from './store.ts';
import type { ExtractFn } from './queue.ts';
import { attach, lockEventTypes, recompute } from './merge-tx.ts';
import { EVENT_TYPES } from '../core/taxonomy.ts';

export interface ReextractStats {
  documents: number;
  failed: number;
  extractions: number;
  events: number;
  merged: number;
  edits_applied: number;
  /** edits whose event no longer exists after the rebuild (kept in the audit table) */
  edits_orphaned: number;
}

export async function reextractAll(store: SqlStore, extract: ExtractFn, onProgress?: (done: number, total: number) => void): Promise<ReextractStats> {
  const db = store.db;
  const docs = await db.selectFrom('documents').select(['id', 'text', 'published', 'source', 'url', 'title', 'language', 'status']).where('status', '=', 'coded').orderBy('seq').execute();
  // 1. extract outside any transaction (slow part); readers keep seeing the old events meanwhile
  const fresh = new Map<string, SitrepEvent[]>();
  let failed = 0;
  for (const [i, d] of docs.entries()) {
    const doc: Document = { id: d.id, text: d.text };
    if (d.published) doc.published = d.published;
    if (d.source) doc.source = d.source;
    if (d.url) doc.url = d.url;
    if (d.title) doc.title = d.title;
    try {
      fresh.set(d.id, (await extract(doc)).events);
    } catch {
      failed++; // keep that document's old extractions
    }
    onProgress?.(i + 1, docs.length);
  }
  // 2. swap in one transaction: nothing half-rebuilt is ever visible
  return store.tx(async (tx) => {
    await lockEventTypes(tx, store.dialect, [...EVENT_TYPES]);
    const ts = new Date().toISOString();
    const old = await tx.selectFrom('event_sources').select(['extraction_id', 'event_id']).execute();
    const oldEventOf = new Map(old.map((o) => [o.extraction_id, o.event_id]));
    const kept = await tx.selectFrom('extractions').selectAll().execute();
    await tx.deleteFrom('event_sources').execute();
    await tx.deleteFrom('events').where('origin', '=', 'sitrep').execute();
    for (const id of fresh.keys()) await tx.deleteFrom('extractions').where('doc_id', '=', id).execute();
    const stats: ReextractStats = { documents: docs.length, failed, extractions: 0, events: 0, merged: 0, edits_applied: 0, edits_orphaned: 0 };
    const keptByDoc = new Map<string, typeof kept>();
    for (const k of kept) if (!fresh.has(k.doc_id)) keptByDoc.set(k.doc_id, [...(keptByDoc.get(k.doc_id) ?? []), k]);
    for (const d of docs) {
      const events = fresh.get(d.id) ?? (keptByDoc.get(d.id) ?? []).sort((a, b) => a.idx - b.idx).map((k) => JSON.parse(k.event_json) as SitrepEvent);
      for (const [i, e] of events.entries()) {
        const ext = { id: `${d.id}#${i}`, doc_id: d.id, event: { ...e, doc_id: d.id } };
        if (fresh.has(d.id)) {
          await tx.insertInto('extractions').values({ id: ext.id, doc_id: d.id, idx: i, event_json: JSON.stringify(ext.event), created_at: ts }).execute();
        }
        const r = await attach(tx, ext, ts, [oldEventOf.get(ext.id)]);
        stats.extractions++;
        if (r.merged) stats.merged++;
        else stats.events++;
      }
    }
    // edits of events that are gone: follow the edited document when it now has exactly one event
    const edits = await tx.selectFrom('edits').select(['id', 'event_id', 'doc_id']).orderBy('id').execute();
    const touched = new Set<string>();
    for (const ed of edits) {
      const exists = await tx.selectFrom('events').select('event_id').where('event_id', '=', ed.event_id).executeTakeFirst();
      if (exists) {
        stats.edits_applied++;
        continue;
      }
      const owners = ed.doc_id ? await tx.selectFrom('event_sources').select('event_id').distinct().where('doc_id', '=', ed.doc_id).execute() : [];
      if (owners.length === 1) {
        await tx.updateTable('edits').set({ event_id: owners[0].event_id }).where('id', '=', ed.id).execute();
        touched.add(owners[0].event_id);
        stats.edits_applied++;
      } else stats.edits_orphaned++;
    }
    for (const id of touched) await recompute(tx, id, ts);
    return stats;
  });
}
