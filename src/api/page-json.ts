// The JSON body of an event page, serialized where the rows are read (a reader thread) with the
// same fast-json-stringify serializer and schema Fastify compiles for GET /api/events, so the
// server's main thread neither clones the rows nor serializes them: it sends the bytes.
import { createRequire } from 'node:module';
import { eventSchema } from './schemas.ts';

/** the 200 response of GET /api/events?format=json (the route declares the same object) */
export const pageSchema = {
  type: 'object',
  properties: { events: { type: 'array', items: { $ref: 'Event#' } }, next_cursor: { type: ['string', 'null'] } },
} as const;

type Stringify = (v: unknown) => string;
let compiled: Stringify | null = null;

/** fast-json-stringify as Fastify itself loads it (a dependency of fastify, not of sitrep) */
function serializer(): Stringify {
  if (!compiled) {
    const req = createRequire(createRequire(import.meta.url).resolve('fastify'));
    const fastJson = req('fast-json-stringify') as (s: unknown, o: unknown) => Stringify;
    compiled = fastJson(pageSchema, { schema: { Event: eventSchema } });
  }
  return compiled;
}

export function pageJson(page: { events: unknown[]; next_cursor: string | null }): string {
  return serializer()(page);
}

/** UTF-8 bytes of the page, in a buffer of their own (transferable to the main thread) */
export function pageBytes(page: { events: unknown[]; next_cursor: string | null }): Uint8Array {
  return new TextEncoder().encode(pageJson(page));
}
