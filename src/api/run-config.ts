// Server settings from flags and the environment, validated into one-line InputErrors.
import { InputError } from '../core/types.ts';
import type { ServerOptions } from './server.ts';

export { parsePort, runServer } from './run.ts';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;

export function logLevelOf(value: string | undefined): ServerOptions['logLevel'] {
  const v = value ?? 'warn';
  if (!(LEVELS as readonly string[]).includes(v)) throw new InputError(`invalid --log-level "${v}" (${LEVELS.join(', ')})`);
  return v as ServerOptions['logLevel'];
}

/** --readers N: 0..64 reader threads; undefined = the default (one per core) */
export function readersOf(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InputError(`invalid --readers "${value}": expected a whole number 0..64`);
  return n;
}

/** SITREP_RATE_LIMIT: requests per client per minute; 0 disables the limiter */
export function rateLimitFromEnv(env = process.env): ServerOptions['rateLimit'] {
  const raw = env.SITREP_RATE_LIMIT;
  if (raw === undefined || raw === '') return { max: 600, timeWindow: 60_000 };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`invalid SITREP_RATE_LIMIT "${raw}": expected a whole number (0 = off)`);
  return n === 0 ? false : { max: n, timeWindow: 60_000 };
}

/** --cache-ms N: how long identical read responses are reused, 0..60000 ms (0 = off) */
export function cacheMsOf(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 60_000) throw new InputError(`invalid --cache-ms "${value}": expected a whole number 0..60000`);
  return n;
}

/** --workers N: 1..64 server processes (1 = this process serves) */
export function workersOf(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError(`invalid --workers "${value}": expected a whole number 1..64`);
  return n;
}

/** the rate limit one of `workers` processes enforces: its share of the per-client limit */
export function rateLimitPerWorker(rl: ServerOptions['rateLimit'], workers: number): ServerOptions['rateLimit'] {
  if (!rl || workers <= 1) return rl;
  return { ...rl, max: Math.max(1, Math.ceil(rl.max / workers)) };
}
