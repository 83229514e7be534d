// Shared set-up for browser tests: a seeded server on 127.0.0.1 and Debian's chromium through
// playwright-core. Any request that leaves 127.0.0.1 is blocked and recorded.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.ts';
import { ensureWebBuilt, WEB_DIST } from '../../src/api/web-build.ts';
import type { Store } from '../../src/core/interfaces.ts';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
export const OUT_DIR = new URL('../../test-output/', import.meta.url).pathname;
export const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export const chromiumMissing = () => (existsSync(CHROMIUM) ? null : `${CHROMIUM} not found (apt-get install chromium); skipping browser tests`);

export async function serve(store: Store): Promise<{ app: FastifyInstance; base: string }> {
  await ensureWebBuilt();
  const app = await buildServer({ store, webRoot: WEB_DIST, rateLimit: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, base: `http://127.0.0.1:${port}` };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

export interface Watched {
  page: Page;
  external: string[];
  errors: string[];
}

/** a page that records console errors and page errors and blocks everything off 127.0.0.1 */
export async function watchedPage(browser: Browser, viewport: { width: number; height: number }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, external, errors };
}

export function shot(name: string): string {
  mkdirSync(OUT_DIR, { recursive: true });
  return `${OUT_DIR}${name}`;
}
