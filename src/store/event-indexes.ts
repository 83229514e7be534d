// The events table's secondary indexes, by migration. Frozen sets stay here beside the current one
// because released migrations (migrations.ts) rebuild exactly what they built when they shipped.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- index DDL runs before the typed schema exists */
type Db = Kysely<any>;
/** The secondary indexes of migration 001, frozen (003 replaces them with EVENT_INDEXES). */
export const EVENT_INDEXES_V1: [string, string[]][] = [
  ['events_date', ['event_date', 'event_id']],
  ['events_merge', ['event_type', 'country', 'date_from']],
  ['events_country_week', ['country', 'week', 'event_type', 'fatalities']],
  ['events_country_admin1', ['country', 'admin1', 'fatalities']],
  ['events_country_actors', ['country', 'actor1', 'actor2', 'fatalities']],
  ['events_week', ['week', 'event_type', 'fatalities']],
  ['events_latlon', ['latitude', 'longitude']],
  ['events_origin', ['origin', 'event_date']],
  ['events_doc', ['doc_id']],
];

export interface IndexDef {
  name: string;
  columns: string[];
  /** partial index condition: a constant SQL predicate (no user input ever reaches it) */
  where?: string;
}

/** The secondary indexes of migration 003, frozen (005 drops the two weekly ones: the rollup tables
 * answer those aggregates). */
export const EVENT_INDEXES_V3: IndexDef[] = [
  { name: 'events_date', columns: ['event_date', 'event_id'] },
  { name: 'events_country_date', columns: ['country', 'event_date', 'event_id'] },
  // merges only ever look at extracted events: a partial index stays small beside reference imports
  { name: 'events_merge', columns: ['event_type', 'country', 'date_from'], where: "origin = 'sitrep'" },
  { name: 'events_doc', columns: ['doc_id'], where: 'doc_id is not null' },
  { name: 'events_country_week', columns: ['country', 'week', 'event_type', 'fatalities', 'event_date'] },
  { name: 'events_country_admin1', columns: ['country', 'admin1', 'fatalities', 'event_date'] },
  { name: 'events_country_actors', columns: ['country', 'actor1', 'actor2', 'fatalities', 'event_date'] },
  { name: 'events_week', columns: ['week', 'event_type', 'fatalities', 'event_date'] },
  { name: 'events_latlon', columns: ['latitude', 'longitude'] },
  { name: 'events_origin', columns: ['origin', 'event_date'] },
];

/** Current secondary indexes of events: filters, paging, merge candidates, and covering indexes for
 * the per-admin1 and actor-pair aggregates (event_date last, so a date range is checked inside the
 * index). Counts by time, country and type come from the rollup tables (rollup.ts). The bulk
 * importer drops these before a big load and builds them after: each costs a sort of every row. */
export const WEEKLY_INDEXES = new Set(['events_country_week', 'events_week']);
/** 008 drops the per-admin1 and actor-pair covering indexes: the detail rollups (007) answer those
 * aggregates, and each cost a sort of every row in every bulk load (~3 CPU s per million rows) */
export const DETAIL_INDEXES = new Set(['events_country_admin1', 'events_country_actors']);
const EVENT_INDEXES_V8: IndexDef[] = EVENT_INDEXES_V3.filter((ix) => !WEEKLY_INDEXES.has(ix.name) && !DETAIL_INDEXES.has(ix.name));
/** 009: (country, event_date, event_id) carries the aggregates' columns after its key, so what the
 * rollups do not answer for one country (dated actor pairs, admin1 over part of a month, type and
 * time filters together) reads the index alone instead of fetching every row; paging by country
 * uses the same leading columns as before. One wider index instead of two more sorts per bulk load. */
export const COUNTRY_DATE_V9: IndexDef = {
  name: 'events_country_date',
  columns: ['country', 'event_date', 'event_id', 'event_type', 'week', 'admin1', 'actor1', 'actor2', 'fatalities'],
};
/** 010: and the associated actors, so an actor filter within a country (a substring test over all
 * four actor columns) reads the index alone too, instead of fetching every row of the country
 * (1 M synthetic rows, the busiest country: 274 -> ~50 ms CPU; no-assoc rows add two empty texts) */
export const COUNTRY_DATE_V10: IndexDef = {
  name: 'events_country_date',
  columns: [...COUNTRY_DATE_V9.columns.slice(0, -1), 'assoc_actor_1', 'assoc_actor_2', 'fatalities'],
};
export const EVENT_INDEXES: IndexDef[] = EVENT_INDEXES_V8.map((ix) => (ix.name === COUNTRY_DATE_V10.name ? COUNTRY_DATE_V10 : ix));

export async function createEventIndexes(db: Db, defs: IndexDef[] = EVENT_INDEXES): Promise<void> {
  for (const ix of defs) {
    let b = db.schema.createIndex(ix.name).ifNotExists().on('events').columns(ix.columns);
    if (ix.where) b = b.where(sql.raw(ix.where) as never);
    await b.execute();
  }
}

export async function dropEventIndexes(db: Db, defs: { name: string }[] = EVENT_INDEXES): Promise<void> {
  for (const ix of defs) await db.schema.dropIndex(ix.name).ifExists().execute();
}
