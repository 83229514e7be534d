// Bearer-token checks. Tokens are compared in constant time (hash both sides, then timingSafeEqual,
// so the length of the secret leaks nothing) and are never logged or echoed.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

export interface AuthConfig {
  /** token for write routes (POST /api/documents, PATCH /api/events/:id); none = writes disabled */
  apiToken?: string;
  /** when set, every /api read also needs a token (this one or the write token) */
  readToken?: string;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** constant-time equality of two secrets */
export function tokensEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : null;
}

function unauthorized(reply: FastifyReply, message: string): never {
  void reply.header('WWW-Authenticate', 'Bearer realm="sitrep"');
  throw new HttpError(401, message);
}

/** preHandler for write routes */
export function requireWrite(cfg: AuthConfig) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!cfg.apiToken) {
      throw new HttpError(403, 'write routes are disabled: start the server with SITREP_API_TOKEN set (or --token)');
    }
    const token = bearer(req);
    if (!token) unauthorized(reply, 'this route needs "Authorization: Bearer <token>"');
    if (!tokensEqual(token, cfg.apiToken)) unauthorized(reply, 'invalid token');
  };
}

/** onRequest hook for reads: a no-op unless a read token is configured */
export function requireRead(cfg: AuthConfig) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!cfg.readToken) return;
    const token = bearer(req);
    if (!token) unauthorized(reply, 'reads are private on this server: send "Authorization: Bearer <token>"');
    const ok = tokensEqual(token, cfg.readToken) || (cfg.apiToken !== undefined && tokensEqual(token, cfg.apiToken));
    if (!ok) unauthorized(reply, 'invalid token');
  };
}
