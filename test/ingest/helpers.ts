// Shared helpers for the ingest tests: temp databases, a stub extractor, local HTTP servers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import type { Document, Extraction, SitrepEvent } from '../../src/core/types.ts';

export const REPO = new URL('../../', import.meta.url);
export const FIXTURES = new URL('./fixtures/', import.meta.url);
export const SHARED = new URL('../shared/', REPO);
export const fixture = (name: string) => new URL(name, FIXTURES).pathname;

export function tempDir(prefix = 'sitrep-ingest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** a minimal valid event for stub extractors and comparisons */
export function event(over: Partial<SitrepEvent> = {}): SitrepEvent {
  const date = over.event_date ?? '2024-06-10';
  return {
    event_id: 'e1', event_date: date, date_range: [date, date], time_precision: 1, disorder_type: 'Political violence',
    event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'A', actor2: 'B', assoc_actor_1: '', assoc_actor_2: '',
    inter1: 1, inter2: 2, interaction: 12, affiliation1: null, affiliation2: null, country: 'Mali', admin1: 'Mopti',
    admin2: '', location: 'Mopti', latitude: 14.4843, longitude: -4.1827, geo_precision: 1, fatalities: 0, injuries: null,
    weapons: [], source: 'Test', attribution: [], notes: 'n', cameo: '', plover: '', confidence: 0.9, evidence: [],
    sources_count: 1, ...over,
  };
}

/** stands in for the extractor: one Battles event per document whose text says "clash" */
export function stubExtract(doc: Document): Extraction {
  if (doc.text.includes('EXPLODE')) throw new Error('stub extractor exploded');
  const events = doc.text.includes('clash') ? [event({ event_id: `stub-${doc.id}`, notes: doc.text.slice(0, 40), location: doc.id })] : [];
  return { id: doc.id, events, mentions: [], warnings: [] };
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** an HTTP server on 127.0.0.1 (random port); close() also drops kept-alive sockets */
export async function serve(handler: Handler): Promise<{ base: string; port: number; server: Server; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** runs the CLI in a child process (bounded, asynchronous so test servers keep answering) */
export function cli(args: string[], env: Record<string, string> = {}, input?: string, timeoutMs = 120_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [new URL('bin/sitrep.js', REPO).pathname, ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

export function article(title: string, body: string, meta = ''): string {
  return `<!doctype html><html><head><title>${title}</title>${meta}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© Invented Outlet</footer></body></html>`;
}

/**
 * Runs a sitrep command in this process with stdout/stderr captured: the same code path as the
 * binary without a child's start-up cost (used for the many bad-input checks).
 */
export async function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli/main.ts');
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
