// EventQuery → SQL (the same Kysely code for both dialects; only full-text search differs), cursor
// paging, and the dashboard aggregates.
import { sql, type Kysely, type SelectQueryBuilder, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { InputError } from '../core/types.ts';
import type { AggregateQuery, AggregateRow, EventQuery } from '../core/interfaces.ts';
import type { Database } from './schema.ts';
import type { Dialect } from './db.ts';
import { weekOf } from './rows.ts';
import { rollupAggregate } from './rollup.ts';
import { detailAggregate } from './rollup-detail.ts';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

/** words of a free-text query, as FTS5 quoted terms (no user-controlled FTS syntax reaches MATCH) */
export function ftsTerms(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

export function encodeCursor(date: string, id: string): string {
  return Buffer.from(JSON.stringify([date, id])).toString('base64url');
}

export function decodeCursor(c: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw new InputError('invalid cursor');
}

type EB = ExpressionBuilder<Database, 'events'>;

/**
 * How a page (ORDER BY date, LIMIT n) should use a selective filter, chosen from a capped count of
 * its matches (see planPage). 'lookup': few matches, fetch them all and sort (the planner's usual
 * choice). 'scan': many matches, walk the date index newest first and test each row, stopping after
 * n: a common word or a large box over 1 M events otherwise fetches and sorts hundreds of thousands
 * of rows for a page of 20.
 */
export interface PagePlan {
  fts?: 'lookup' | 'scan' | 'probe';
  bbox?: 'lookup' | 'scan';
  /** PostgreSQL with PostGIS: events.geom exists (src/store/postgis.ts) */
  postgis?: boolean;
}

/** WHERE conditions of an EventQuery (cursor excluded) */
export function conditions(eb: EB, q: EventQuery, dialect: Dialect, plan: PagePlan = {}): Expression<SqlBool>[] {
  const c: Expression<SqlBool>[] = [];
  // the implied week bounds let the (country, week, …) and (week, …) indexes range-scan a period
  if (q.from) c.push(eb('events.event_date', '>=', q.from), eb('events.week', '>=', weekOf(q.from)));
  if (q.to) c.push(eb('events.event_date', '<=', q.to), eb('events.week', '<=', q.to));
  if (q.country) c.push(eb('events.country', '=', q.country));
  if (q.admin1) c.push(eb('events.admin1', '=', q.admin1));
  if (q.event_type) c.push(eb('events.event_type', '=', q.event_type));
  if (q.sub_event_type) c.push(eb('events.sub_event_type', '=', q.sub_event_type));
  if (q.origin) c.push(eb('events.origin', '=', q.origin));
  if (q.min_confidence != null && Number.isFinite(q.min_confidence)) c.push(eb('events.confidence', '>=', q.min_confidence));
  if (q.actor) {
    // case-insensitive substring over both actors and the associated actors
    const like = `%${q.actor.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    // SQLite's LIKE already ignores ASCII case, and its lower() folds ASCII only: lower() there
    // would change nothing but cost a string copy per column and row (a third of the time of an
    // actor-filtered aggregate read from the covering index); a NULL actor gives NULL instead of
    // false, which a WHERE treats alike (these conditions are only ever ANDed into a WHERE)
    const col = dialect === 'sqlite'
      ? (name: string) => sql<SqlBool>`${sql.ref(name)} like ${like} escape '\\'`
      : (name: string) => sql<SqlBool>`lower(coalesce(${sql.ref(name)}, '')) like ${like} escape '\\'`;
    c.push(eb.or([col('events.actor1'), col('events.actor2'), col('events.assoc_actor_1'), col('events.assoc_actor_2')]));
  }
  if (q.bbox) {
    const [w, s, e, n] = q.bbox;
    if (![w, s, e, n].every(Number.isFinite) || s > n) throw new InputError('bbox must be west,south,east,north');
    // unary + keeps SQLite from using the (latitude, longitude) index, so the date order wins
    const lat = plan.bbox === 'scan' && dialect === 'sqlite' ? sql<number>`+events.latitude` : sql.ref<number>('events.latitude');
    const lon = plan.bbox === 'scan' && dialect === 'sqlite' ? sql<number>`+events.longitude` : sql.ref<number>('events.longitude');
    c.push(eb(lat, '>=', s), eb(lat, '<=', n));
    // a box across the antimeridian has west > east
    if (w <= e) c.push(eb(lon, '>=', w), eb(lon, '<=', e));
    else c.push(eb.or([eb(lon, '>=', w), eb(lon, '<=', e)]));
    // PostGIS: the same box through the GiST index (inclusive like the tests above, which stay exact)
    if (plan.postgis && dialect === 'postgres') {
      const box = (x1: number, x2: number) => sql<SqlBool>`events.geom && st_makeenvelope(${x1}, ${s}, ${x2}, ${n}, 4326)`;
      c.push(w <= e ? box(w, e) : eb.or([box(w, 180), box(-180, e)]));
    }
  }
  if (q.q && q.q.trim()) {
    const terms = ftsTerms(q.q);
    if (terms.length === 0) c.push(sql<SqlBool>`1 = 0`);
    else if (dialect === 'sqlite') {
      const match = terms.map((t) => `"${t}"`).join(' ');
      if (plan.fts === 'scan') {
        // very common words: test each row met in date order against the index (a rowid seek)
        c.push(sql<SqlBool>`exists (select 1 from events_fts where events_fts match ${match} and events_fts.rowid = events.seq)`);
      } else if (plan.fts === 'probe') {
        // middling: the matching rowids once into a set, then date order with a membership test
        c.push(sql<SqlBool>`+events.seq in (select rowid from events_fts where events_fts match ${match})`);
      } else {
        c.push(sql<SqlBool>`events.seq in (select rowid from events_fts where events_fts match ${match})`);
      }
    } else {
      c.push(sql<SqlBool>`events.search_tsv @@ plainto_tsquery('simple', ${terms.join(' ')})`);
    }
  }
  return c;
}

export function clampLimit(limit: number | undefined): number {
  if (limit == null) return DEFAULT_LIMIT;
  if (!Number.isFinite(limit) || limit < 1) throw new InputError('limit must be a positive integer');
  return Math.min(Math.floor(limit), MAX_LIMIT);
}

/** newest first, ties by event_id descending; the cursor is the last row's (date, id) */
export function eventPage(db: Kysely<Database>, q: EventQuery, dialect: Dialect, limit: number, plan: PagePlan = {}) {
  let qb = db.selectFrom('events').selectAll('events').where((eb) => eb.and(conditions(eb, q, dialect, plan)));
  if (q.cursor) {
    const [d, id] = decodeCursor(q.cursor);
    qb = qb.where((eb) => eb.or([eb('events.event_date', '<', d), eb.and([eb('events.event_date', '=', d), eb('events.event_id', '<', id)])]));
  }
  return qb.orderBy('events.event_date', 'desc').orderBy('events.event_id', 'desc').limit(limit);
}

/** below this many full-text matches a page fetches them all; from it on, date order (probe) */
export const FTS_LOOKUP_MAX = 1000;
/** from this many full-text matches on, a row-by-row index test beats building the match set */
export const FTS_SCAN_MIN = 50_000;
/** from this many events in the box on, a page walks the date order */
export const BBOX_LOOKUP_MAX = 2000;

async function cappedCount(db: Kysely<Database>, inner: ReturnType<typeof sql>, cap: number): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from (${inner} limit ${cap})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * SQLite only: the plan for a page of `q`, from capped counts that read at most a few thousand
 * index entries (the planner has no statistics for an FTS match or a 2-D box). PostgreSQL's
 * planner has them: an empty plan.
 */
export async function planPage(db: Kysely<Database>, q: EventQuery, dialect: Dialect): Promise<PagePlan> {
  const plan: PagePlan = {};
  if (dialect !== 'sqlite') return plan;
  if (q.q && q.q.trim()) {
    const terms = ftsTerms(q.q);
    if (terms.length) {
      const match = terms.map((t) => `"${t}"`).join(' ');
      const n = await cappedCount(db, sql`select 1 from events_fts where events_fts match ${match}`, FTS_SCAN_MIN);
      plan.fts = n >= FTS_SCAN_MIN ? 'scan' : n >= FTS_LOOKUP_MAX ? 'probe' : 'lookup';
    }
  }
  if (q.bbox && q.bbox.every(Number.isFinite) && q.bbox[1] <= q.bbox[3]) {
    const [w, s, e, n] = q.bbox;
    const lon = w <= e ? sql`longitude between ${w} and ${e}` : sql`(longitude >= ${w} or longitude <= ${e})`;
    const k = await cappedCount(db, sql`select 1 from events where latitude between ${s} and ${n} and ${lon}`, BBOX_LOOKUP_MAX);
    plan.bbox = k >= BBOX_LOOKUP_MAX ? 'scan' : 'lookup';
  }
  return plan;
}

/** one page of rows (limit + 1 tells the caller whether there is a next page), planned by planPage */
export async function eventPageRows(db: Kysely<Database>, q: EventQuery, dialect: Dialect, limit: number, extra: PagePlan = {}) {
  const plan = { ...(await planPage(db, q, dialect)), ...extra };
  return eventPage(db, q, dialect, limit, plan).execute();
}

export type EventSelect = SelectQueryBuilder<Database, 'events', Record<string, unknown>>;

const TIME_KEYS = { day: 'events.event_date', week: 'events.week' } as const;

export async function aggregate(db: Kysely<Database>, q: AggregateQuery, dialect: Dialect): Promise<AggregateRow[]> {
  // counts by time, country or type with only date/country/type filters: from the rollup tables
  const rolled = await rollupAggregate(db, q, dialect);
  if (rolled) return rolled;
  // per admin1 (whole months) and actor pairs (no dates) from the detail rollups
  const detailed = await detailAggregate(db, q);
  if (detailed) return detailed;
  const base = db.selectFrom('events').where((eb) => eb.and(conditions(eb, q, dialect)));
  const count = sql<number>`count(*)`.as('count');
  const fat = sql<number>`coalesce(sum(events.fatalities), 0)`.as('fatalities');
  const top = Math.min(q.limit ?? 1000, MAX_LIMIT);
  let rows: { key: unknown; event_type?: unknown; count: unknown; fatalities: unknown }[];
  switch (q.by) {
    case 'day':
    case 'week': {
      const col = TIME_KEYS[q.by];
      rows = await base.select([sql.ref<string>(col).as('key'), 'events.event_type', count, fat])
        .groupBy([col, 'events.event_type']).orderBy(col).orderBy('events.event_type').execute();
      break;
    }
    case 'month': {
      const key = sql<string>`substr(events.event_date, 1, 7)`;
      rows = await base.select([key.as('key'), 'events.event_type', count, fat])
        .groupBy([key, 'events.event_type']).orderBy(key).orderBy('events.event_type').execute();
      break;
    }
    case 'country':
    case 'admin1':
    case 'event_type': {
      const col = `events.${q.by}` as const;
      rows = await base.select([sql.ref<string>(col).as('key'), count, fat]).groupBy(col)
        .orderBy(sql`count(*)`, 'desc').orderBy(col).limit(top).execute();
      break;
    }
    case 'actor_pair': {
      rows = await base.select(['events.actor1', 'events.actor2', count, fat])
        .where('events.actor1', 'is not', null)
        .groupBy(['events.actor1', 'events.actor2'])
        .orderBy(sql`count(*)`, 'desc').orderBy('events.actor1').orderBy('events.actor2').limit(Math.min(q.limit ?? 20, MAX_LIMIT))
        .execute()
        .then((rs) => rs.map((r) => ({ key: `${r.actor1} | ${r.actor2 ?? ''}`.replace(/ \| $/, ''), count: r.count, fatalities: r.fatalities })));
      break;
    }
    default:
      throw new InputError(`unknown aggregate "by": ${String((q as { by: unknown }).by)}`);
  }
  return rows.map((r) => {
    const out: AggregateRow = { key: String(r.key ?? ''), count: Number(r.count), fatalities: Number(r.fatalities) };
    if (r.event_type !== undefined) out.event_type = String(r.event_type);
    return out;
  });
}
