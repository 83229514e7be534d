// Serves a read route through the micro-cache: the key is the request URL (path + query), the
// value the serialized body, so a hit costs no query and no serialization. X-Cache says which.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiContext } from './context.ts';

export interface Body {
  body: string;
  type: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export async function sendCached(ctx: ApiContext, req: FastifyRequest, reply: FastifyReply, produce: () => Promise<Body>): Promise<FastifyReply> {
  const key = `${req.method} ${req.url}`;
  const hit = ctx.cache.get(key);
  const out = hit ?? (await produce());
  if (!hit) ctx.cache.set(key, out.body, out.type, out.headers);
  void reply.header('X-Cache', hit ? 'HIT' : 'MISS');
  for (const [k, v] of Object.entries(out.headers ?? {})) void reply.header(k, v);
  return reply.type(out.type).send(out.body);
}

/** JSON through the route's response schema serializer */
export function json(reply: FastifyReply, value: unknown): Body {
  return { body: String(reply.serialize(value)), type: JSON_TYPE };
}
