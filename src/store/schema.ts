// The one typed schema of the store: Kysely checks every query of both dialects against it.
// JSON-valued columns (weapons, attribution, evidence, extra, patch, ...) are TEXT holding JSON,
// so SQLite and PostgreSQL share every query. Dates are TEXT `YYYY-MM-DD` (sort = time order).
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  content_hash: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  text: string;
  language: string | null;
  status: string; // 'coded' | 'unsupported' | 'failed'
  message: string | null;
  ingested_at: string;
  /** ingest order: merges are replayed in it by re-extraction */
  seq: Generated<number>;
}

/** One event as the extractor produced it for one document; merges never change it. */
export interface ExtractionsTable {
  id: string; // `${doc_id}#${index}`
  doc_id: string;
  idx: number;
  event_json: string;
  created_at: string;
}

/** Merged (or imported) events: every EVENT field, plus columns for filters and search. */
export interface EventsTable {
  seq: Generated<number>;
  event_id: string;
  origin: string; // 'sitrep' | 'acled' | 'ucdp' | 'gdelt'
  doc_id: string | null; // anchor document (first ingested) for extracted events
  event_date: string;
  date_from: string;
  date_to: string;
  /** Monday of event_date's ISO week, for the weekly aggregates */
  week: string;
  time_precision: number;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  assoc_actor_1: string;
  assoc_actor_2: string;
  inter1: number;
  inter2: number;
  interaction: number;
  affiliation1: string | null;
  affiliation2: string | null;
  country: string;
  admin1: string;
  admin2: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number;
  fatalities: number;
  injuries: number | null;
  weapons: string; // JSON string[]
  source: string;
  attribution: string; // JSON Attribution[]
  notes: string;
  cameo: string;
  plover: string;
  confidence: number;
  evidence: string; // JSON Evidence[]
  sources_count: number;
  modality: string | null;
  /** fields of the record this schema has no column for (reference imports), JSON object or null */
  extra: string | null;
  /** what full-text search looks at: notes, actors, places, sources, evidence text, titles */
  search_text: string;
  edited: number; // 1 when an analyst edit applies
  updated_at: string;
}

/** Which extraction is part of which merged event, and why it was merged. */
export interface EventSourcesTable {
  extraction_id: string;
  event_id: string;
  doc_id: string;
  /** JSON string[]: fields that agreed with the event when merged; ["anchor"] for the first */
  agreed: string;
  /** that document's own fatalities figure, kept beside the fused one */
  fatalities: number;
  merged_at: string;
}

/** Analyst edits (audited); re-applied whenever an event is rebuilt. */
export interface EditsTable {
  id: Generated<number>;
  event_id: string;
  /** anchor document of the event when edited: finds the event again if its id changes */
  doc_id: string | null;
  patch: string; // JSON Partial<SitrepEvent>
  user: string;
  created_at: string;
}

/** Documents an analyst split apart: never merged together again (survives re-extraction). */
export interface MergeBlocksTable {
  doc_a: string;
  doc_b: string;
  created_at: string;
}

export interface FeedStateTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_polled: string | null;
  errors: number;
  last_error: string | null;
  seen: string; // JSON string[] of item ids (bounded)
  updated_at: string;
}

/** In-process (SQLite) job queue; PostgreSQL uses pg-boss instead. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  state: string; // 'pending' | 'done' | 'failed'
  attempts: number;
  error: string | null;
  /** `host:pid` of the process working on it; its job returns to the queue when that process died */
  locked_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Event counts per (country, day, event type), kept by triggers on `events` (rollup.ts). */
export interface EventRollupTable {
  country: string;
  event_date: string;
  event_type: string;
  /** Monday of event_date's ISO week */
  week: string;
  n: number;
  fatalities: number;
}

/** The same per (day, event type) over all countries. */
export interface EventRollupAllTable {
  event_date: string;
  event_type: string;
  week: string;
  n: number;
  fatalities: number;
}

/** The same per (country, month `YYYY-MM`, event type). */
export interface EventRollupMonthTable {
  country: string;
  month: string;
  event_type: string;
  n: number;
  fatalities: number;
}

export interface Database {
  documents: DocumentsTable;
  extractions: ExtractionsTable;
  events: EventsTable;
  event_sources: EventSourcesTable;
  edits: EditsTable;
  merge_blocks: MergeBlocksTable;
  feed_state: FeedStateTable;
  jobs: JobsTable;
  event_rollup: EventRollupTable;
  event_rollup_all: EventRollupAllTable;
  event_rollup_month: EventRollupMonthTable;
}
