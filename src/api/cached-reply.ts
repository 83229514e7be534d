// Serves a read route through the micro-cache: the key is the request (method + URL with its query
// string), the value the encoded body with its ETag, so a hit costs no query, no serialization and
// no encoding. X-Cache says HIT, STALE (served while a refresh runs, see cache.ts) or MISS (this
// request waited for the store). A fresh hit is answered from the onRequest hook (answerFromCache),
// before routing work and schema validation: the same URL was validated when it was produced.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiContext } from './context.ts';
import type { CachedBody, CacheState } from './cache.ts';

export interface Body {
  /** a string, or UTF-8 bytes already encoded (a reader thread's page) */
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

const keyOf = (req: FastifyRequest) => `${req.method} ${req.url}`;

function toCached(out: Body): CachedBody {
  const body = typeof out.body === 'string' ? Buffer.from(out.body, 'utf8') : Buffer.from(out.body.buffer, out.body.byteOffset, out.body.byteLength);
  // a content hash: a refresh that finds the same rows keeps the same tag, so clients keep their copy
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, type: out.type, headers: { ...out.headers, ETag: etag } };
}

/** true when the client's If-None-Match names this body's tag */
function notModified(req: FastifyRequest, value: CachedBody): boolean {
  const inm = req.headers['if-none-match'];
  const tag = value.headers?.ETag;
  return typeof inm === 'string' && tag !== undefined && (inm === tag || inm.split(/\s*,\s*/).includes(tag) || inm.trim() === '*');
}

function send(req: FastifyRequest, reply: FastifyReply, value: CachedBody, state: CacheState): FastifyReply {
  void reply.header('X-Cache', state);
  if (value.headers) void reply.headers(value.headers);
  if (notModified(req, value)) return reply.code(304).send();
  return reply.type(value.type).send(value.body);
}

export async function sendCached(ctx: ApiContext, req: FastifyRequest, reply: FastifyReply, produce: () => Promise<Body>): Promise<FastifyReply> {
  const { value, state } = await ctx.cache.getOrProduce(keyOf(req), async () => toCached(await produce()));
  return send(req, reply, value, state);
}

/** onRequest: answers a fresh cached GET/HEAD at once; false when the request must go on */
export function answerFromCache(ctx: ApiContext, req: FastifyRequest, reply: FastifyReply): boolean {
  const value = ctx.cache.peek(keyOf(req));
  if (!value) return false;
  send(req, reply, value, 'HIT');
  return true;
}

/** JSON through the route's response schema serializer */
export function json(reply: FastifyReply, value: unknown): Body {
  return { body: String(reply.serialize(value)), type: JSON_TYPE };
}
