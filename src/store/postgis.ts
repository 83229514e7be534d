// PostGIS, where the PostgreSQL server has it: a point column beside latitude/longitude with a GiST
// index, so a map's bounding box is answered from a spatial index instead of two B-tree ranges.
// Plain PostgreSQL (and SQLite) keep the latitude/longitude path; results are the same either way,
// because the box test on the columns stays in the WHERE and the point column only narrows it.
// This runs at every open rather than as a migration: a server that gains PostGIS later gets it.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** advisory lock key: several workers opening one database at once add the column once */
const LOCK = 7_311_947;

/** SITREP_POSTGIS=off keeps plain PostgreSQL even where PostGIS is installed (tests run both) */
export function postgisWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|0|false|no)$/i.test(env.SITREP_POSTGIS ?? '');
}

/** true when events.geom exists (PostGIS present and ours to use); never throws for a missing extension */
export async function ensurePostgis(db: Kysely<Database>): Promise<boolean> {
  const avail = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'postgis'`.execute(db);
  if (!avail.rows[0]?.n) return false;
  try {
    await db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${LOCK})`.execute(tx);
      await sql`create extension if not exists postgis`.execute(tx);
      await sql`alter table events add column if not exists geom geometry(Point, 4326) generated always as
        (case when longitude is not null and latitude is not null then st_setsrid(st_makepoint(longitude, latitude), 4326) end) stored`.execute(tx);
      await sql`create index if not exists events_geom on events using gist (geom)`.execute(tx);
    });
    return true;
  } catch (err) {
    // installed but not ours to create (no privilege): plain PostgreSQL, said once
    process.emitWarning(`PostGIS is installed but could not be enabled (${(err as Error).message}); using plain PostgreSQL`);
    return false;
  }
}
