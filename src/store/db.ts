// Opens a Kysely instance for a file path (SQLite) or a postgres:// URL. The only place that
// knows which driver is in use; everything else speaks Kysely over the schema in schema.ts.
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database as Schema } from './schema.ts';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type Dialect = 'sqlite' | 'postgres';

export interface Opened {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** the raw better-sqlite3 handle (bulk fast paths); undefined on PostgreSQL */
  sqlite?: import('better-sqlite3').Database;
  /** the pg pool (advisory locks, pg-boss); undefined on SQLite */
  pool?: import('pg').Pool;
  target: string;
}

export function isPostgres(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** "unable to open database file" says nothing useful: name the usual causes */
function explainOpenError(target: string, err: Error & { code?: string }): Error {
  const code = String(err.code ?? '');
  if (!/^SQLITE_(CANTOPEN|READONLY|PERM|AUTH|IOERR)/.test(code)) return err;
  const dir = dirname(resolve(target));
  if (!existsSync(dir)) return new Error(`cannot open database ${target}: folder ${dir} does not exist`);
  const writable = (p: string) => {
    try {
      accessSync(p, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (!writable(dir) || (existsSync(target) && !writable(target)) || /READONLY/.test(code)) {
    return new Error(`${target} is on a read-only file system (or it or its folder is not writable): sitrep needs to write ${target}, ${target}-wal and ${target}-shm`);
  }
  return new Error(`cannot open database ${target}: ${err.message} (${code})`);
}

export async function openDb(target: string, opts: { poolSize?: number } = {}): Promise<Opened> {
  if (isPostgres(target)) {
    const pg = (await import('pg')).default;
    // count(*) and sum() come back as int8/numeric strings: the store converts with Number()
    const pool = new pg.Pool({ connectionString: target, max: opts.poolSize ?? 10 });
    pool.on('error', (err) => process.stderr.write(`sitrep store: postgres pool: ${err.message}\n`));
    // a server restart also hits clients that are checked out; without a listener their 'error'
    // event would kill the process instead of failing the one query (which the caller retries)
    pool.on('connect', (client) => client.on('error', (err) => process.stderr.write(`sitrep store: postgres connection: ${err.message}\n`)));
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', pool, target };
  }
  const Sqlite = (await import('better-sqlite3')).default;
  let sqlite: import('better-sqlite3').Database;
  try {
    sqlite = new Sqlite(target, { timeout: 10_000 });
    sqlite.pragma('journal_mode = WAL');
  } catch (err) {
    throw explainOpenError(target, err as Error & { code?: string });
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // WAL + NORMAL: a committed transaction survives a process crash (SIGKILL); only power loss can
  // roll back the last commits, never corrupt the file.
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', sqlite, target };
}
