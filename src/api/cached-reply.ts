// Serves a read route through the micro-cache: the key is the request URL (path + query), the
// value the serialized, encoded body, so a hit costs no query and no serialization. X-Cache says
// HIT, STALE (served while a refresh runs, see cache.ts) or MISS (this request waited for the store).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiContext } from './context.ts';
import type { CachedBody } from './cache.ts';

export interface Body {
  body: string;
  type: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export async function sendCached(ctx: ApiContext, req: FastifyRequest, reply: FastifyReply, produce: () => Promise<Body>): Promise<FastifyReply> {
  const key = `${req.method} ${req.url}`;
  const { value, state } = await ctx.cache.getOrProduce(key, async (): Promise<CachedBody> => {
    const out = await produce();
    return { body: Buffer.from(out.body, 'utf8'), type: out.type, headers: out.headers };
  });
  void reply.header('X-Cache', state);
  for (const [k, v] of Object.entries(value.headers ?? {})) void reply.header(k, v);
  return reply.type(value.type).send(value.body);
}

/** JSON through the route's response schema serializer */
export function json(reply: FastifyReply, value: unknown): Body {
  return { body: String(reply.serialize(value)), type: JSON_TYPE };
}
