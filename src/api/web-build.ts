// Builds the dashboard (web/ → web/dist) with Vite's API when the bundle is missing or older than
// its sources, so `npm start` works on a fresh clone with no separate build step, and a pulled
// change to web/src is never served from a stale bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** newest modification time (ms) of the dashboard's sources; 0 when there are none (an installed bundle) */
export function newestSource(web = WEB_DIR): number {
  let newest = 0;
  const visit = (path: string) => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const part of ['src', 'index.html', 'vite.config.ts']) visit(join(web, part));
  return newest;
}

/** true when web/dist has a bundle at least as new as every source file */
export function webBuilt(dist = WEB_DIST, web = WEB_DIR): boolean {
  const index = statSync(join(dist, 'index.html'), { throwIfNoEntry: false });
  return !!index && index.mtimeMs >= newestSource(web);
}

/** runs `vite build` on web/ unless web/dist is up to date (or force is set) */
export async function ensureWebBuilt(opts: { force?: boolean; log?: (msg: string) => void } = {}): Promise<void> {
  if (!opts.force && webBuilt()) return;
  opts.log?.(existsSync(join(WEB_DIST, 'index.html')) ? 'sitrep: rebuilding the dashboard (web/src changed)…' : 'sitrep: building the dashboard (web/dist)…');
  const vite = await import('vite');
  await vite.build({ root: WEB_DIR, configFile: `${WEB_DIR}vite.config.ts`, logLevel: 'warn' });
}
