// Fastify's validator coerces types (needed for query strings: "limit=5" → 5), which would also
// turn a JSON body's {"text": 42} into "42". Bodies are JSON and already typed, so this preValidation
// hook rejects any top-level value whose JSON type the schema does not allow, before coercion runs.
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

type Props = Record<string, { type?: string | readonly string[] }>;

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function allowed(types: string | readonly string[], actual: string): boolean {
  const list = typeof types === 'string' ? [types] : types;
  return list.includes(actual) || (actual === 'integer' && list.includes('number'));
}

export function strictBodyTypes(properties: Props) {
  return async (req: FastifyRequest) => {
    const body = req.body;
    if (typeof body === 'string') throw new HttpError(415, 'send the body as application/json');
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new HttpError(400, 'body must be a JSON object');
    }
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      const t = properties[k]?.type;
      if (t && !allowed(t, jsonType(v))) throw new HttpError(400, `body.${k} must be ${typeof t === 'string' ? t : t.join(' or ')}`);
    }
  };
}
