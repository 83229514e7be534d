// GET /api/alerts: the last 24 h and 7 d against the period before, per country and actor pair.
// "Now" is the newest event day in the store unless given, so archived data still shows changes.
import type { FastifyInstance } from 'fastify';
import { compareRows, newestDay, periodsFor, WINDOWS, type Change, type Period } from '../../alerts/index.ts';
import type { ApiContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { isRealDate, toEventQuery, type FilterParams } from '../query.ts';
import { DATE_PATTERN, errorResponses, filterProperties } from '../schemas.ts';
import { json, sendCached } from '../cached-reply.ts';

const { from: _f, to: _t, ...alertFilters } = filterProperties;

const tally = { type: 'object', properties: { count: { type: 'integer' }, fatalities: { type: 'integer' } } } as const;
const period = { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } } as const;
const change = {
  type: 'object',
  properties: {
    scope: { type: 'string' },
    key: { type: 'string' },
    current: tally,
    previous: tally,
    delta: { type: 'integer' },
    escalation: { type: 'boolean' },
    flags: { type: 'array', items: { type: 'string' } },
    summary: { type: 'string' },
  },
} as const;

type AlertQuery = Omit<FilterParams, 'from' | 'to'> & { now?: string; limit: number };

export async function alertRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: AlertQuery }>('/api/alerts', {
    schema: {
      tags: ['alerts'],
      summary: 'What changed: last 24 h and 7 d against the previous period, per country and actor pair',
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...alertFilters,
          now: { type: 'string', pattern: DATE_PATTERN, description: 'the last day to consider (default: newest event day)' },
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'changes per window and scope' },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            now: { type: ['string', 'null'] },
            windows: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  current: period,
                  previous: period,
                  countries: { type: 'array', items: change },
                  actor_pairs: { type: 'array', items: change },
                },
              },
            },
          },
        },
        ...errorResponses(400, 401, 429),
      },
    },
    handler: async (req, reply) => sendCached(ctx, req, reply, async () => json(reply, await alertsFor(ctx, req.query))),
  });
}

/** the 24 h and 7 d windows ending on `now` (default: the newest event day) */
async function alertsFor(ctx: ApiContext, query: AlertQuery) {
  const { now: given, limit, ...filters } = query;
  if (given && !isRealDate(given)) throw new HttpError(400, `now "${given}" is not a real date`);
  const base = toEventQuery(filters);
  // the newest matching event's day: one index step, not a per-day aggregate over every event
  const now = given ?? newestDay((await ctx.reads.queryEvents({ ...base, limit: 1 })).events.map((e) => ({ key: e.event_date, count: 1, fatalities: 0 })));
  if (!now) return { now: null, windows: [] };
  const rows = (by: 'country' | 'actor_pair', p: Period) => ctx.reads.aggregates({ ...base, from: p.from, to: p.to, by });
  const windows = [];
  for (const w of WINDOWS) {
    const { current, previous } = periodsFor(now, w);
    const [cc, pc, ca, pa] = await Promise.all([rows('country', current), rows('country', previous), rows('actor_pair', current), rows('actor_pair', previous)]);
    const top = (list: Change[]) => list.filter((c) => c.current.count > 0 || c.previous.count > 0).slice(0, limit);
    windows.push({
      name: w.name,
      current,
      previous,
      countries: top(compareRows('country', w, cc, pc)),
      actor_pairs: top(compareRows('actor_pair', w, ca, pa)),
    });
  }
  return { now, windows };
}
