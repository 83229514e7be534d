// GET /api/events (filters, cursor paging, json|geojson|csv), GET /api/events/:id (evidence and
// merge explanation), PATCH /api/events/:id (analyst edit, audited by the store; needs the token).
import type { FastifyInstance } from 'fastify';
import type { SitrepEvent } from '../../core/types.ts';
import { SUB_EVENT_TYPES, EVENT_TYPES } from '../../core/taxonomy.ts';
import { requireWrite } from '../auth.ts';
import { recordEditOf, type ApiContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { toCsv, toGeoJson } from '../formats.ts';
import { toEventQuery, type FilterParams } from '../query.ts';
import { strictBodyTypes } from '../strict-body.ts';
import { pageSchema } from '../page-json.ts';
import { JSON_TYPE, json, sendCached } from '../cached-reply.ts';
import { errorResponses, evidenceSchema, filterProperties, MAX_LIMIT } from '../schemas.ts';

interface ListQuery extends FilterParams {
  cursor?: string;
  limit: number;
  format: 'json' | 'geojson' | 'csv';
}

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
} as const;

const documentSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    source: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    text: { type: 'string' },
    evidence: { type: 'array', items: evidenceSchema },
  },
} as const;

/** fields an analyst may correct; everything else is derived or provenance */
const editable = {
  event_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  event_type: { type: 'string', enum: [...EVENT_TYPES] },
  sub_event_type: { type: 'string', enum: Object.values(SUB_EVENT_TYPES).flat() },
  actor1: { type: ['string', 'null'], maxLength: 300 },
  actor2: { type: ['string', 'null'], maxLength: 300 },
  country: { type: 'string', maxLength: 100 },
  admin1: { type: 'string', maxLength: 200 },
  admin2: { type: 'string', maxLength: 200 },
  location: { type: 'string', maxLength: 300 },
  latitude: { type: 'number', minimum: -90, maximum: 90 },
  longitude: { type: 'number', minimum: -180, maximum: 180 },
  fatalities: { type: 'integer', minimum: 0, maximum: 1000000 },
  injuries: { type: ['integer', 'null'], minimum: 0, maximum: 1000000 },
  notes: { type: 'string', maxLength: 2000 },
  confidence: { type: 'number', minimum: 0, maximum: 1 },
} as const;

export async function eventRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: ListQuery }>('/api/events', {
    schema: {
      tags: ['events'],
      summary: 'List events matching the filters, newest first, one page at a time',
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...filterProperties,
          cursor: { type: 'string', maxLength: 500, description: 'next_cursor of the previous page' },
          limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 100 },
          format: { type: 'string', enum: ['json', 'geojson', 'csv'], default: 'json' },
        },
      },
      response: {
        200: {
          description: 'format=json: a page of events (geojson and csv return those documents instead)',
          ...pageSchema,
        },
        ...errorResponses(400, 401, 429),
      },
    },
    handler: async (req, reply) =>
      sendCached(ctx, req, reply, async () => {
        const { cursor, limit, format, ...filters } = req.query;
        const query = { ...toEventQuery(filters), limit, ...(cursor ? { cursor } : {}) };
        const invalidCursor = (err: unknown): never => {
          if (cursor && /cursor/i.test((err as Error).message)) throw new HttpError(400, 'invalid cursor');
          throw err;
        };
        // reader threads hand back the JSON body already serialized (same serializer and schema)
        if (format === 'json' && ctx.reads.queryEventsJson) {
          return { body: await ctx.reads.queryEventsJson(query).catch(invalidCursor), type: JSON_TYPE };
        }
        const page: { events: SitrepEvent[]; next_cursor: string | null } = await ctx.reads.queryEvents(query).catch(invalidCursor);
        if (format === 'json') return json(reply, page);
        const headers: Record<string, string> = page.next_cursor ? { 'X-Next-Cursor': page.next_cursor } : {};
        if (format === 'geojson') return { body: JSON.stringify(toGeoJson(page.events)), type: 'application/geo+json; charset=utf-8', headers };
        headers['Content-Disposition'] = 'attachment; filename="sitrep-events.csv"';
        return { body: await toCsv(page.events), type: 'text/csv; charset=utf-8', headers };
      }),
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'One event with every source document, the evidence per field and the merge explanation',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            event: { $ref: 'Event#' },
            documents: { type: 'array', items: documentSchema },
            merge: {
              type: 'array',
              items: { type: 'object', properties: { doc_id: { type: 'string' }, agreed: { type: 'array', items: { type: 'string' } } } },
            },
          },
        },
        ...errorResponses(400, 401, 404, 429),
      },
    },
    handler: async (req, reply) =>
      sendCached(ctx, req, reply, async () => {
        const detail = await ctx.reads.getEvent(req.params.id);
        if (!detail) throw new HttpError(404, `no event ${req.params.id}`);
        return json(reply, detail);
      }),
  });

  app.patch<{ Params: { id: string }; Body: Partial<SitrepEvent> }>('/api/events/:id', {
    preHandler: requireWrite(ctx.auth),
    preValidation: strictBodyTypes(editable),
    schema: {
      tags: ['events'],
      summary: 'Correct an event (analyst edit, audited). Needs Authorization: Bearer <token>',
      security: [{ bearer: [] }],
      params: idParams,
      headers: { type: 'object', properties: { 'x-sitrep-user': { type: 'string', maxLength: 100 } } },
      body: { type: 'object', additionalProperties: false, minProperties: 1, properties: editable },
      response: { 200: { type: 'object', properties: { event: { $ref: 'Event#' } } }, ...errorResponses(400, 401, 403, 404, 413, 429, 501) },
    },
    handler: async (req) => {
      const recordEdit = recordEditOf(ctx.store);
      if (!recordEdit) throw new HttpError(501, 'this store does not support edits');
      const patch = req.body;
      const current = await ctx.store.getEvent(req.params.id);
      if (!current) throw new HttpError(404, `no event ${req.params.id}`);
      const type = patch.event_type ?? current.event.event_type;
      const sub = patch.sub_event_type ?? current.event.sub_event_type;
      if ((patch.event_type || patch.sub_event_type) && !SUB_EVENT_TYPES[type]?.includes(sub)) {
        throw new HttpError(400, `sub_event_type "${sub}" does not belong to event_type "${type}"`);
      }
      const user = String(req.headers['x-sitrep-user'] ?? 'api');
      await recordEdit(req.params.id, patch, user);
      ctx.cache.clear();
      const after = await ctx.store.getEvent(req.params.id);
      return { event: after?.event ?? { ...current.event, ...patch } };
    },
  });
}
