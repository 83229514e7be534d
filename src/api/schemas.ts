// JSON Schemas shared by the API routes: the query filters, the event record and the error body.
// They validate input (400 on anything malformed) and drive fast serialization and the OpenAPI document.
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../core/taxonomy.ts';

const EVENT_TYPE_NAMES = [...EVENT_TYPES];
const SUB_EVENT_TYPE_NAMES = Object.values(SUB_EVENT_TYPES).flat();

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const MAX_LIMIT = 500;

const date = { type: 'string', pattern: DATE_PATTERN, description: 'YYYY-MM-DD' } as const;
const shortText = (description: string) => ({ type: 'string', minLength: 1, maxLength: 200, description }) as const;

/** query-string filters shared by /api/events, /api/aggregates and /api/alerts */
export const filterProperties = {
  from: { ...date, description: 'first day, inclusive (YYYY-MM-DD)' },
  to: { ...date, description: 'last day, inclusive (YYYY-MM-DD)' },
  bbox: {
    type: 'string',
    pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$',
    description: 'west,south,east,north in WGS84 degrees',
  },
  country: shortText('country name, exact'),
  admin1: shortText('first-level region name, exact'),
  event_type: { type: 'string', enum: EVENT_TYPE_NAMES, description: 'ACLED event type' },
  sub_event_type: { type: 'string', enum: SUB_EVENT_TYPE_NAMES, description: 'ACLED sub-event type' },
  actor: shortText('actor name (actor1 or actor2, substring)'),
  min_confidence: { type: 'number', minimum: 0, maximum: 1, description: 'lowest confidence, 0..1' },
  q: shortText('full-text search over notes, actors, location and report text'),
  origin: { type: 'string', pattern: '^[a-z]{2,16}$', description: "'sitrep' (extracted) or an import: 'acled', 'ucdp', 'gdelt'" },
} as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;

const nullableString = { type: ['string', 'null'] } as const;
const evidence = {
  type: 'object',
  properties: { field: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
} as const;

/** the event record of shared/spec/EVENT.md; extra fields pass through unchanged */
export const eventSchema = {
  $id: 'Event',
  type: 'object',
  additionalProperties: true,
  properties: {
    event_id: { type: 'string' },
    event_date: { type: 'string' },
    date_range: { type: 'array', items: { type: 'string' } },
    time_precision: { type: 'integer' },
    disorder_type: { type: 'string' },
    event_type: { type: 'string' },
    sub_event_type: { type: 'string' },
    actor1: nullableString,
    actor2: nullableString,
    assoc_actor_1: { type: 'string' },
    assoc_actor_2: { type: 'string' },
    inter1: { type: 'integer' },
    inter2: { type: 'integer' },
    interaction: { type: 'integer' },
    affiliation1: nullableString,
    affiliation2: nullableString,
    country: { type: 'string' },
    admin1: { type: 'string' },
    admin2: { type: 'string' },
    location: { type: 'string' },
    latitude: { type: ['number', 'null'] },
    longitude: { type: ['number', 'null'] },
    geo_precision: { type: 'integer' },
    fatalities: { type: 'integer' },
    injuries: { type: ['integer', 'null'] },
    weapons: { type: 'array', items: { type: 'string' } },
    source: { type: 'string' },
    attribution: {
      type: 'array',
      items: { type: 'object', properties: { claim_by: nullableString, via: nullableString } },
    },
    notes: { type: 'string' },
    cameo: { type: 'string' },
    plover: { type: 'string' },
    confidence: { type: 'number' },
    evidence: { type: 'array', items: evidence },
    sources_count: { type: 'integer' },
    modality: { type: 'string' },
    doc_id: { type: 'string' },
  },
} as const;

export const evidenceSchema = evidence;

/** standard error responses for the OpenAPI document */
export function errorResponses(...codes: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const c of codes) out[c] = { $ref: 'Error#' };
  return out;
}
