// GET /api/aggregates: counts and fatality sums by day/week/month (per event type), country,
// admin1, actor pair or event type — the queries behind the dashboard's timeline and panels.
import type { FastifyInstance } from 'fastify';
import type { AggregateQuery } from '../../core/interfaces.ts';
import type { ApiContext } from '../context.ts';
import { toEventQuery, type FilterParams } from '../query.ts';
import { errorResponses, filterProperties } from '../schemas.ts';
import { json, sendCached } from '../cached-reply.ts';

export const AGGREGATE_KEYS = ['day', 'week', 'month', 'country', 'admin1', 'actor_pair', 'event_type'] as const;

export async function aggregateRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: FilterParams & { by: AggregateQuery['by'] } }>('/api/aggregates', {
    schema: {
      tags: ['aggregates'],
      summary: 'Event counts and fatalities grouped by time, place, actor pair or type',
      querystring: {
        type: 'object',
        additionalProperties: false,
        required: ['by'],
        properties: { ...filterProperties, by: { type: 'string', enum: [...AGGREGATE_KEYS] } },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            by: { type: 'string' },
            rows: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  key: { type: 'string' },
                  event_type: { type: 'string' },
                  count: { type: 'integer' },
                  fatalities: { type: 'integer' },
                },
              },
            },
          },
        },
        ...errorResponses(400, 401, 429),
      },
    },
    handler: async (req, reply) =>
      sendCached(ctx, req, reply, async () => {
        const { by, ...filters } = req.query;
        const rows = await ctx.reads.aggregates({ ...toEventQuery(filters), by });
        return json(reply, { by, rows });
      }),
  });
}
