// A server over a fresh in-memory SQLite store seeded with the invented fixtures.
import type { ChildProcess } from 'node:child_process';
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

/** collects a `sitrep serve` child's output; `url` resolves with the address it prints */
export function watchServe(child: ChildProcess, timeoutMs: number): { out: string; err: string; url: Promise<string> } {
  const io = { out: '', err: '', url: Promise.resolve('') };
  child.stderr?.on('data', (d) => (io.err += d));
  io.url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${io.err}`)), timeoutMs);
    child.stdout?.on('data', (d) => {
      io.out += d;
      const m = /sitrep: serving (http:\/\/127\.0\.0\.1:\d+)/.exec(io.out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${io.err}`)));
  });
  return io;
}
