// Contracts between subsystems. Each is implemented in its own folder (src/geo, src/store) and
// handed to the stages that need it, so the extractor stays pure and every part can be tested alone.
import type { Document, Evidence, PlaceMention, Sentence, SitrepEvent } from './types.ts';

/** Offline geocoder over the gazetteer index (src/geo). Loading is I/O; lookups are pure. */
export interface Geocoder {
  /** every place mention in the document, resolved with document context; toponyms not used as
   * locations ("Tehran warned") carry a `use`, and `locationsOnly` leaves them out */
  findPlaces(doc: Document, sentences: Sentence[], opts?: { locationsOnly?: boolean }): PlaceMention[];
  /** the country a report's outlets point to ("OSCE SMM-Ukraine", "El Nashra"), if one */
  countryOfSource?(source: string | undefined): string | undefined;
}

/** Filters shared by the API, exports and the store (all optional). */
export interface EventQuery {
  from?: string; // YYYY-MM-DD inclusive
  to?: string; // YYYY-MM-DD inclusive
  country?: string;
  admin1?: string;
  event_type?: string;
  sub_event_type?: string;
  actor?: string;
  min_confidence?: number;
  /** full-text search over notes, actors, location and document text */
  q?: string;
  /** [west, south, east, north] */
  bbox?: [number, number, number, number];
  /** origin of the events: 'sitrep' (extracted) or a reference import ('acled', 'ucdp', 'gdelt') */
  origin?: string;
  cursor?: string;
  limit?: number;
}

export interface StoredDocument extends Document {
  content_hash: string;
  ingested_at: string;
  status: 'coded' | 'unsupported' | 'failed';
}

export interface EventDetail {
  event: SitrepEvent;
  documents: { id: string; title?: string; source?: string; url?: string; published?: string; text: string; evidence: Evidence[] }[];
  /** why the documents' extractions were merged into this event: which fields agreed */
  merge: { doc_id: string; agreed: string[] }[];
}

export interface AggregateQuery extends EventQuery {
  by: 'day' | 'week' | 'month' | 'country' | 'admin1' | 'actor_pair' | 'event_type';
}

export interface AggregateRow {
  key: string;
  event_type?: string;
  count: number;
  fatalities: number;
}

export interface IngestResult {
  doc_id: string;
  status: 'new' | 'duplicate' | 'unsupported' | 'failed';
  events_created: number;
  events_merged: number;
  message?: string;
}

/** The store (src/store): SQLite by default, PostgreSQL for scale-out; same queries via Kysely. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** runs pending migrations; called by openStore */
  migrate(): Promise<void>;
  /** stores the document and its extracted events, merging events into stored incidents; idempotent */
  saveDocument(doc: Document, events: SitrepEvent[], status?: StoredDocument['status'], message?: string): Promise<IngestResult>;
  hasDocument(idOrHash: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  queryEvents(q: EventQuery): Promise<{ events: SitrepEvent[]; next_cursor: string | null }>;
  getEvent(id: string): Promise<EventDetail | null>;
  aggregates(q: AggregateQuery): Promise<AggregateRow[]>;
  /** reference events from ACLED/UCDP/GDELT imports, kept apart from extracted ones by origin */
  importReference(origin: string, events: SitrepEvent[]): Promise<number>;
  close(): Promise<void>;
}
