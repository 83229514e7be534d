// Builds the dashboard (web/ → web/dist) with Vite's API when the bundle is missing, so
// `npm start` works on a fresh clone with no separate build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export function webBuilt(dist = WEB_DIST): boolean {
  return existsSync(`${dist}/index.html`);
}

/** runs `vite build` on web/ unless web/dist/index.html exists (or force is set) */
export async function ensureWebBuilt(opts: { force?: boolean; log?: (msg: string) => void } = {}): Promise<void> {
  if (!opts.force && webBuilt()) return;
  opts.log?.('sitrep: building the dashboard (web/dist)…');
  const vite = await import('vite');
  await vite.build({ root: WEB_DIR, configFile: `${WEB_DIR}vite.config.ts`, logLevel: 'warn' });
}
