// POST /api/documents: ingest one report (extract, geocode, store). Needs the write token.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Document } from '../../core/types.ts';
import { requireWrite } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { isRealDate } from '../query.ts';
import { DATE_PATTERN, errorResponses } from '../schemas.ts';
import { strictBodyTypes } from '../strict-body.ts';

export const MAX_TEXT_CHARS = 1_000_000;

const bodyProperties = {
  text: { type: 'string', minLength: 1, maxLength: MAX_TEXT_CHARS },
  id: { type: 'string', minLength: 1, maxLength: 200 },
  published: { type: 'string', pattern: DATE_PATTERN },
  source: { type: 'string', maxLength: 200 },
  url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
  title: { type: 'string', maxLength: 1000 },
} as const;

interface Body {
  text: string;
  id?: string;
  published?: string;
  source?: string;
  url?: string;
  title?: string;
}

export async function documentRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.post<{ Body: Body }>('/api/documents', {
    preHandler: requireWrite(ctx.auth),
    preValidation: strictBodyTypes(bodyProperties),
    schema: {
      tags: ['documents'],
      summary: 'Ingest a report: extract its events and store them. Needs Authorization: Bearer <token>',
      security: [{ bearer: [] }],
      body: { type: 'object', additionalProperties: false, required: ['text'], properties: bodyProperties },
      response: {
        201: {
          type: 'object',
          properties: {
            doc_id: { type: 'string' },
            status: { type: 'string' },
            events_created: { type: 'integer' },
            events_merged: { type: 'integer' },
            message: { type: 'string' },
          },
        },
        ...errorResponses(400, 401, 403, 413, 415, 422, 429, 503),
      },
    },
    handler: async (req, reply) => {
      if (!ctx.ingest) throw new HttpError(503, 'ingest is not available on this server');
      const b = req.body;
      if (b.published && !isRealDate(b.published)) throw new HttpError(400, `published "${b.published}" is not a real date`);
      if (!b.text.trim()) throw new HttpError(400, 'text is empty');
      // same text ⇒ same id, so re-posting a report is idempotent
      const id = b.id ?? `api-${createHash('sha256').update(b.text).digest('hex').slice(0, 16)}`;
      const doc: Document = { id, text: b.text, published: b.published, source: b.source, url: b.url, title: b.title };
      const [result] = await ctx.ingest([doc]);
      if (!result) throw new HttpError(500, 'ingest returned no result');
      if (result.status === 'new') ctx.cache.clear();
      if (result.status === 'failed') throw new HttpError(422, result.message ?? 'the report could not be processed');
      return reply.code(201).send(result);
    },
  });
}
