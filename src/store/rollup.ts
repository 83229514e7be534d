// Rollup tables: event counts and fatality sums per (country, day, event type) and per (day, event
// type), kept exact by triggers on `events` in both dialects (migration 005) and rebuilt in one
// statement after a bulk import. The dashboard's time series, per-country and per-type counts read
// a few thousand rollup rows instead of scanning a million events.
import { sql, type Kysely } from 'kysely';
import type { AggregateQuery, AggregateRow } from '../core/interfaces.ts';
import type { Database } from './schema.ts';
import type { Dialect } from './db.ts';

/** DDL of the two tables (SQLite: clustered on the key, WITHOUT ROWID) */
export const ROLLUP_TABLES_SQLITE = [
  `create table if not exists event_rollup (country text not null, event_date text not null, event_type text not null,
     week text not null, n integer not null, fatalities integer not null,
     primary key (country, event_date, event_type)) without rowid`,
  `create table if not exists event_rollup_all (event_date text not null, event_type text not null,
     week text not null, n integer not null, fatalities integer not null,
     primary key (event_date, event_type)) without rowid`,
];

export const ROLLUP_TABLES_PG = [
  `create table if not exists event_rollup (country text not null, event_date text not null, event_type text not null,
     week text not null, n integer not null, fatalities integer not null,
     primary key (country, event_date, event_type))`,
  `create table if not exists event_rollup_all (event_date text not null, event_type text not null,
     week text not null, n integer not null, fatalities integer not null,
     primary key (event_date, event_type))`,
];

/** 006: per (country, month, type) — the country list and type totals read ~100× fewer rows — and
 * the day table by date first, for date windows over all countries (alerts) */
export const ROLLUP_TABLES_V6_SQLITE = [
  `create table if not exists event_rollup_month (country text not null, month text not null, event_type text not null,
     n integer not null, fatalities integer not null, primary key (country, month, event_type)) without rowid`,
  'create index if not exists event_rollup_by_date on event_rollup (event_date, country, event_type, n, fatalities)',
];

export const ROLLUP_TABLES_V6_PG = [
  `create table if not exists event_rollup_month (country text not null, month text not null, event_type text not null,
     n integer not null, fatalities integer not null, primary key (country, month, event_type))`,
  'create index if not exists event_rollup_by_date on event_rollup (event_date, country, event_type, n, fatalities)',
];

export const ROLLUP_TRIGGER_NAMES_SQLITE = ['events_rollup_ai', 'events_rollup_ad', 'events_rollup_au'];
export const ROLLUP_TRIGGER_NAMES_PG = ['events_rollup_ins', 'events_rollup_upd', 'events_rollup_del'];

/** SQLite row triggers: +1 for a new row, -1 for an old one (a row whose count reaches 0 goes) */
export const ROLLUP_TRIGGERS_SQLITE = [
  `create trigger if not exists events_rollup_ai after insert on events begin
     insert into event_rollup (country, event_date, event_type, week, n, fatalities)
       values (new.country, new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (country, event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_all (event_date, event_type, week, n, fatalities)
       values (new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_month (country, month, event_type, n, fatalities)
       values (new.country, substr(new.event_date, 1, 7), new.event_type, 1, new.fatalities)
       on conflict (country, month, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
   end`,
  `create trigger if not exists events_rollup_ad after delete on events begin
     update event_rollup set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup where country = old.country and event_date = old.event_date and event_type = old.event_type and n <= 0;
     update event_rollup_all set n = n - 1, fatalities = fatalities - old.fatalities
       where event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup_all where event_date = old.event_date and event_type = old.event_type and n <= 0;
     update event_rollup_month set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and month = substr(old.event_date, 1, 7) and event_type = old.event_type;
     delete from event_rollup_month where country = old.country and month = substr(old.event_date, 1, 7) and event_type = old.event_type and n <= 0;
   end`,
  `create trigger if not exists events_rollup_au after update of country, event_date, event_type, fatalities on events begin
     update event_rollup set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup where country = old.country and event_date = old.event_date and event_type = old.event_type and n <= 0;
     update event_rollup_all set n = n - 1, fatalities = fatalities - old.fatalities
       where event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup_all where event_date = old.event_date and event_type = old.event_type and n <= 0;
     update event_rollup_month set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and month = substr(old.event_date, 1, 7) and event_type = old.event_type;
     delete from event_rollup_month where country = old.country and month = substr(old.event_date, 1, 7) and event_type = old.event_type and n <= 0;
     insert into event_rollup (country, event_date, event_type, week, n, fatalities)
       values (new.country, new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (country, event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_all (event_date, event_type, week, n, fatalities)
       values (new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_month (country, month, event_type, n, fatalities)
       values (new.country, substr(new.event_date, 1, 7), new.event_type, 1, new.fatalities)
       on conflict (country, month, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
   end`,
];

/** PostgreSQL: statement-level triggers over transition tables, so a multi-row insert or a COPY
 * touches each rollup row once, in key order (concurrent writers lock rollup rows in one order) */
export const ROLLUP_TRIGGERS_PG = [
  `create or replace function sitrep_event_rollup() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then
       update event_rollup r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select country, event_date, event_type, count(*) as n, sum(fatalities) as f from old_rows group by 1, 2, 3) d
         where r.country = d.country and r.event_date = d.event_date and r.event_type = d.event_type;
       delete from event_rollup r using (select distinct country, event_date, event_type from old_rows) d
         where r.country = d.country and r.event_date = d.event_date and r.event_type = d.event_type and r.n <= 0;
       update event_rollup_all r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select event_date, event_type, count(*) as n, sum(fatalities) as f from old_rows group by 1, 2) d
         where r.event_date = d.event_date and r.event_type = d.event_type;
       delete from event_rollup_all r using (select distinct event_date, event_type from old_rows) d
         where r.event_date = d.event_date and r.event_type = d.event_type and r.n <= 0;
       update event_rollup_month r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select country, substr(event_date, 1, 7) as month, event_type, count(*) as n, sum(fatalities) as f from old_rows group by 1, 2, 3) d
         where r.country = d.country and r.month = d.month and r.event_type = d.event_type;
       delete from event_rollup_month r using (select distinct country, substr(event_date, 1, 7) as month, event_type from old_rows) d
         where r.country = d.country and r.month = d.month and r.event_type = d.event_type and r.n <= 0;
     end if;
     if tg_op <> 'DELETE' then
       insert into event_rollup as r (country, event_date, event_type, week, n, fatalities)
         select country, event_date, event_type, min(week), count(*), sum(fatalities) from new_rows group by 1, 2, 3 order by 1, 2, 3
         on conflict (country, event_date, event_type) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
       insert into event_rollup_all as r (event_date, event_type, week, n, fatalities)
         select event_date, event_type, min(week), count(*), sum(fatalities) from new_rows group by 1, 2 order by 1, 2
         on conflict (event_date, event_type) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
       insert into event_rollup_month as r (country, month, event_type, n, fatalities)
         select country, substr(event_date, 1, 7), event_type, count(*), sum(fatalities) from new_rows group by 1, 2, 3 order by 1, 2, 3
         on conflict (country, month, event_type) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
     end if;
     return null;
   end $$`,
  `drop trigger if exists events_rollup_ins on events`,
  `create trigger events_rollup_ins after insert on events referencing new table as new_rows
     for each statement execute function sitrep_event_rollup()`,
  `drop trigger if exists events_rollup_upd on events`,
  `create trigger events_rollup_upd after update on events referencing old table as old_rows new table as new_rows
     for each statement execute function sitrep_event_rollup()`,
  `drop trigger if exists events_rollup_del on events`,
  `create trigger events_rollup_del after delete on events referencing old table as old_rows
     for each statement execute function sitrep_event_rollup()`,
];

export const ROLLUP_DROP_TRIGGERS_SQLITE = ['drop trigger if exists events_rollup_ai', 'drop trigger if exists events_rollup_ad', 'drop trigger if exists events_rollup_au'];
export const ROLLUP_DROP_TRIGGERS_PG = ['drop trigger if exists events_rollup_ins on events', 'drop trigger if exists events_rollup_upd on events', 'drop trigger if exists events_rollup_del on events'];

/** recomputes both tables from `events` (one grouped scan); run with the triggers in one transaction */
export const ROLLUP_REBUILD = [
  'delete from event_rollup',
  `insert into event_rollup (country, event_date, event_type, week, n, fatalities)
     select country, event_date, event_type, min(week), count(*), sum(fatalities) from events group by country, event_date, event_type`,
  'delete from event_rollup_all',
  `insert into event_rollup_all (event_date, event_type, week, n, fatalities)
     select event_date, event_type, min(week), sum(n), sum(fatalities) from event_rollup group by event_date, event_type`,
  'delete from event_rollup_month',
  `insert into event_rollup_month (country, month, event_type, n, fatalities)
     select country, substr(event_date, 1, 7), event_type, sum(n), sum(fatalities) from event_rollup group by country, substr(event_date, 1, 7), event_type`,
];

/** filters the rollup can apply exactly; any other filter with a value sends the query to `events` */
const ROLLUP_FILTERS = new Set(['by', 'from', 'to', 'country', 'event_type', 'limit', 'cursor']);
const ROLLUP_BY = new Set(['day', 'week', 'month', 'country', 'event_type']);

export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** true when `q` can be answered from the rollup tables with the same result as from `events` */
export function rollupAnswers(q: AggregateQuery): boolean {
  if (!ROLLUP_BY.has(q.by)) return false;
  for (const [k, v] of Object.entries(q)) if (!ROLLUP_FILTERS.has(k) && !isBlank(v)) return false;
  return true;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** from is blank or a month's first day, to blank or a month's last day: whole months */
export function monthAligned(q: AggregateQuery): boolean {
  if (!isBlank(q.from) && !(DATE.test(q.from!) && q.from!.endsWith('-01'))) return false;
  if (isBlank(q.to)) return true;
  const m = DATE.exec(q.to!);
  if (!m) return false;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return Number(m[3]) === last;
}

function rowsOut(rows: { key: unknown; event_type?: unknown; count: unknown; fatalities: unknown }[]): AggregateRow[] {
  return rows.map((r) => {
    const out: AggregateRow = { key: String(r.key ?? ''), count: Number(r.count), fatalities: Number(r.fatalities) };
    if (r.event_type !== undefined) out.event_type = String(r.event_type);
    return out;
  });
}

/** by country / type / month over whole months: the monthly table */
async function monthly(db: Kysely<Database>, q: AggregateQuery): Promise<AggregateRow[]> {
  const count = sql<number>`sum(r.n)`;
  const fat = sql<number>`sum(r.fatalities)`;
  let base = db.selectFrom('event_rollup_month as r');
  if (!isBlank(q.country)) base = base.where('r.country', '=', q.country!);
  if (!isBlank(q.from)) base = base.where('r.month', '>=', q.from!.slice(0, 7));
  if (!isBlank(q.to)) base = base.where('r.month', '<=', q.to!.slice(0, 7));
  if (!isBlank(q.event_type)) base = base.where('r.event_type', '=', q.event_type!);
  if (q.by === 'month') {
    return rowsOut(await base.select(['r.month as key', 'r.event_type', count.as('count'), fat.as('fatalities')])
      .groupBy(['r.month', 'r.event_type']).having(count, '>', 0).orderBy('r.month').orderBy('r.event_type').execute());
  }
  const top = Math.min(q.limit ?? 1000, 10_000);
  const key = q.by === 'country' ? sql<string>`r.country` : sql<string>`r.event_type`;
  return rowsOut(await base.select([key.as('key'), count.as('count'), fat.as('fatalities')])
    .groupBy(key).having(count, '>', 0).orderBy(count, 'desc').orderBy(key).limit(top).execute());
}

/**
 * The aggregate of `q` from the rollup tables (same rows, order and limits as query.ts's aggregate
 * over `events`), or undefined when `q` filters on something the rollup does not keep (admin1,
 * actors, text, confidence, box, origin) or groups by admin1 / actor pair.
 */
export async function rollupAggregate(db: Kysely<Database>, q: AggregateQuery, _dialect?: Dialect): Promise<AggregateRow[] | undefined> {
  if (!rollupAnswers(q)) return undefined;
  if (monthAligned(q) && (q.by === 'country' || q.by === 'event_type' || q.by === 'month')) return monthly(db, q);
  const count = sql<number>`sum(r.n)`;
  const fat = sql<number>`sum(r.fatalities)`;
  // per-country rows when a country is named or counted; otherwise the all-countries table
  const perCountry = !isBlank(q.country) || q.by === 'country';
  // (the all-countries table has the same columns but country; country is only read per country)
  let base = db.selectFrom(perCountry ? 'event_rollup as r' : ('event_rollup_all as r' as 'event_rollup as r'));
  if (!isBlank(q.country)) base = base.where('r.country', '=', q.country!);
  if (!isBlank(q.from)) base = base.where('r.event_date', '>=', q.from!);
  if (!isBlank(q.to)) base = base.where('r.event_date', '<=', q.to!);
  if (!isBlank(q.event_type)) base = base.where('r.event_type', '=', q.event_type!);
  let rows: { key: unknown; event_type?: unknown; count: unknown; fatalities: unknown }[];
  if (q.by === 'day' || q.by === 'week' || q.by === 'month') {
    const key = q.by === 'day' ? sql<string>`r.event_date` : q.by === 'week' ? sql<string>`r.week` : sql<string>`substr(r.event_date, 1, 7)`;
    rows = await base.select([key.as('key'), 'r.event_type', count.as('count'), fat.as('fatalities')])
      .groupBy([key, 'r.event_type']).having(count, '>', 0).orderBy(key).orderBy('r.event_type').execute();
  } else {
    const top = Math.min(q.limit ?? 1000, 10_000);
    const key = q.by === 'country' ? sql<string>`r.country` : sql<string>`r.event_type`;
    rows = await base.select([key.as('key'), count.as('count'), fat.as('fatalities')])
      .groupBy(key).having(count, '>', 0).orderBy(count, 'desc').orderBy(key).limit(top).execute();
  }
  return rowsOut(rows);
}

/** Migration 005's triggers and rebuild, frozen (006 adds the monthly table to both). */
export const ROLLUP_TRIGGERS_SQLITE_V5 = [
  `create trigger if not exists events_rollup_ai after insert on events begin
     insert into event_rollup (country, event_date, event_type, week, n, fatalities)
       values (new.country, new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (country, event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_all (event_date, event_type, week, n, fatalities)
       values (new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
   end`,
  `create trigger if not exists events_rollup_ad after delete on events begin
     update event_rollup set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup where country = old.country and event_date = old.event_date and event_type = old.event_type and n <= 0;
     update event_rollup_all set n = n - 1, fatalities = fatalities - old.fatalities
       where event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup_all where event_date = old.event_date and event_type = old.event_type and n <= 0;
   end`,
  `create trigger if not exists events_rollup_au after update of country, event_date, event_type, fatalities on events begin
     update event_rollup set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup where country = old.country and event_date = old.event_date and event_type = old.event_type and n <= 0;
     update event_rollup_all set n = n - 1, fatalities = fatalities - old.fatalities
       where event_date = old.event_date and event_type = old.event_type;
     delete from event_rollup_all where event_date = old.event_date and event_type = old.event_type and n <= 0;
     insert into event_rollup (country, event_date, event_type, week, n, fatalities)
       values (new.country, new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (country, event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_all (event_date, event_type, week, n, fatalities)
       values (new.event_date, new.event_type, new.week, 1, new.fatalities)
       on conflict (event_date, event_type) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
   end`,
];

export const ROLLUP_TRIGGERS_PG_V5 = [
  `create or replace function sitrep_event_rollup() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then
       update event_rollup r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select country, event_date, event_type, count(*) as n, sum(fatalities) as f from old_rows group by 1, 2, 3) d
         where r.country = d.country and r.event_date = d.event_date and r.event_type = d.event_type;
       delete from event_rollup r using (select distinct country, event_date, event_type from old_rows) d
         where r.country = d.country and r.event_date = d.event_date and r.event_type = d.event_type and r.n <= 0;
       update event_rollup_all r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select event_date, event_type, count(*) as n, sum(fatalities) as f from old_rows group by 1, 2) d
         where r.event_date = d.event_date and r.event_type = d.event_type;
       delete from event_rollup_all r using (select distinct event_date, event_type from old_rows) d
         where r.event_date = d.event_date and r.event_type = d.event_type and r.n <= 0;
     end if;
     if tg_op <> 'DELETE' then
       insert into event_rollup as r (country, event_date, event_type, week, n, fatalities)
         select country, event_date, event_type, min(week), count(*), sum(fatalities) from new_rows group by 1, 2, 3 order by 1, 2, 3
         on conflict (country, event_date, event_type) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
       insert into event_rollup_all as r (event_date, event_type, week, n, fatalities)
         select event_date, event_type, min(week), count(*), sum(fatalities) from new_rows group by 1, 2 order by 1, 2
         on conflict (event_date, event_type) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
     end if;
     return null;
   end $$`,
  `drop trigger if exists events_rollup_ins on events`,
  `create trigger events_rollup_ins after insert on events referencing new table as new_rows
     for each statement execute function sitrep_event_rollup()`,
  `drop trigger if exists events_rollup_upd on events`,
  `create trigger events_rollup_upd after update on events referencing old table as old_rows new table as new_rows
     for each statement execute function sitrep_event_rollup()`,
  `drop trigger if exists events_rollup_del on events`,
  `create trigger events_rollup_del after delete on events referencing old table as old_rows
     for each statement execute function sitrep_event_rollup()`,
];

export const ROLLUP_REBUILD_V5 = [
  'delete from event_rollup',
  `insert into event_rollup (country, event_date, event_type, week, n, fatalities)
     select country, event_date, event_type, min(week), count(*), sum(fatalities) from events group by country, event_date, event_type`,
  'delete from event_rollup_all',
  `insert into event_rollup_all (event_date, event_type, week, n, fatalities)
     select event_date, event_type, min(week), sum(n), sum(fatalities) from event_rollup group by event_date, event_type`,
];

