// A server over a fresh in-memory SQLite store seeded with the invented fixtures.
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/index.ts';
import { buildServer, type ServerOptions } from '../../src/api/server.ts';
import type { Store } from '../../src/core/interfaces.ts';
import { sampleFixtures } from './fixtures.ts';

export async function seededStore(): Promise<Store> {
  const store = await openStore(':memory:');
  for (const f of sampleFixtures()) await store.saveDocument(f.doc, f.events);
  return store;
}

export async function testServer(opts: Partial<ServerOptions> = {}): Promise<{ app: FastifyInstance; store: Store }> {
  const store = opts.store ?? (await seededStore());
  const app = await buildServer({ webRoot: false, rateLimit: false, ...opts, store });
  await app.ready();
  return { app, store };
}
