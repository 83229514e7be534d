// Detail rollups (migration 007): event counts and fatality sums per (country, admin1, month, type)
// and per (country, type, actor1, actor2), kept exact by their own triggers on `events` beside
// rollup.ts's. They answer the dashboard's per-admin1 counts (whole months or no dates) and top
// actor pairs (no dates) from a few thousand rows instead of a scan of the country's events.
// Dated actor pairs and any other filter still scan events through the covering indexes.
import { sql, type Kysely } from 'kysely';
import type { AggregateQuery, AggregateRow } from '../core/interfaces.ts';
import type { Database } from './schema.ts';
import { isBlank, monthAligned } from './rollup.ts';

/** actor2 as a key column: '' for NULL, '=' + name otherwise (NULL and '' stay distinct groups,
 * and the order of names is kept) */
const PAIR_KEY = (alias: string) => `case when ${alias}.actor2 is null then '' else '=' || ${alias}.actor2 end`;

const TABLES = (withoutRowid: string) => [
  `create table if not exists event_rollup_admin1 (country text not null, admin1 text not null, month text not null,
     event_type text not null, n integer not null, fatalities integer not null,
     primary key (country, month, event_type, admin1))${withoutRowid}`,
  `create table if not exists event_rollup_pair (country text not null, event_type text not null, actor1 text not null,
     actor2k text not null, n integer not null, fatalities integer not null,
     primary key (country, event_type, actor1, actor2k))${withoutRowid}`,
];
export const DETAIL_TABLES_SQLITE = TABLES(' without rowid');
export const DETAIL_TABLES_PG = TABLES('');

export const DETAIL_TRIGGER_NAMES_SQLITE = ['events_rollup_detail_ai', 'events_rollup_detail_ad', 'events_rollup_detail_au'];
export const DETAIL_TRIGGER_NAMES_PG = ['events_rollup_detail_ins', 'events_rollup_detail_upd', 'events_rollup_detail_del'];

const SQLITE_ADD = `
     insert into event_rollup_admin1 (country, admin1, month, event_type, n, fatalities)
       values (new.country, new.admin1, substr(new.event_date, 1, 7), new.event_type, 1, new.fatalities)
       on conflict (country, month, event_type, admin1) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;
     insert into event_rollup_pair (country, event_type, actor1, actor2k, n, fatalities)
       select new.country, new.event_type, new.actor1, ${PAIR_KEY('new')}, 1, new.fatalities where new.actor1 is not null
       on conflict (country, event_type, actor1, actor2k) do update set n = n + 1, fatalities = fatalities + excluded.fatalities;`;
const SQLITE_REMOVE = `
     update event_rollup_admin1 set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and month = substr(old.event_date, 1, 7) and event_type = old.event_type and admin1 = old.admin1;
     delete from event_rollup_admin1
       where country = old.country and month = substr(old.event_date, 1, 7) and event_type = old.event_type and admin1 = old.admin1 and n <= 0;
     update event_rollup_pair set n = n - 1, fatalities = fatalities - old.fatalities
       where country = old.country and event_type = old.event_type and actor1 = old.actor1 and actor2k = ${PAIR_KEY('old')};
     delete from event_rollup_pair
       where country = old.country and event_type = old.event_type and actor1 = old.actor1 and actor2k = ${PAIR_KEY('old')} and n <= 0;`;

/** SQLite row triggers: +1 for a new row, -1 for an old one (a cell whose count reaches 0 goes) */
export const DETAIL_TRIGGERS_SQLITE = [
  `create trigger if not exists events_rollup_detail_ai after insert on events begin ${SQLITE_ADD} end`,
  `create trigger if not exists events_rollup_detail_ad after delete on events begin ${SQLITE_REMOVE} end`,
  `create trigger if not exists events_rollup_detail_au after update of country, admin1, event_date, event_type, actor1, actor2, fatalities
     on events begin ${SQLITE_REMOVE} ${SQLITE_ADD} end`,
];

/** PostgreSQL: statement triggers over transition tables, rollup rows touched in key order */
export const DETAIL_TRIGGERS_PG = [
  `create or replace function sitrep_event_rollup_detail() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then
       update event_rollup_admin1 r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select country, substr(event_date, 1, 7) as month, event_type, admin1, count(*) as n, sum(fatalities) as f from old_rows group by 1, 2, 3, 4) d
         where r.country = d.country and r.month = d.month and r.event_type = d.event_type and r.admin1 = d.admin1;
       delete from event_rollup_admin1 r using (select distinct country, substr(event_date, 1, 7) as month, event_type, admin1 from old_rows) d
         where r.country = d.country and r.month = d.month and r.event_type = d.event_type and r.admin1 = d.admin1 and r.n <= 0;
       update event_rollup_pair r set n = r.n - d.n, fatalities = r.fatalities - d.f
         from (select country, event_type, actor1, ${PAIR_KEY('o')} as actor2k, count(*) as n, sum(fatalities) as f
               from old_rows o where actor1 is not null group by 1, 2, 3, 4) d
         where r.country = d.country and r.event_type = d.event_type and r.actor1 = d.actor1 and r.actor2k = d.actor2k;
       delete from event_rollup_pair r using (select distinct country, event_type, actor1, ${PAIR_KEY('o')} as actor2k from old_rows o where actor1 is not null) d
         where r.country = d.country and r.event_type = d.event_type and r.actor1 = d.actor1 and r.actor2k = d.actor2k and r.n <= 0;
     end if;
     if tg_op <> 'DELETE' then
       insert into event_rollup_admin1 as r (country, admin1, month, event_type, n, fatalities)
         select country, admin1, substr(event_date, 1, 7), event_type, count(*), sum(fatalities) from new_rows
         group by country, substr(event_date, 1, 7), event_type, admin1 order by country, substr(event_date, 1, 7), event_type, admin1
         on conflict (country, month, event_type, admin1) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
       insert into event_rollup_pair as r (country, event_type, actor1, actor2k, n, fatalities)
         select country, event_type, actor1, ${PAIR_KEY('o')}, count(*), sum(fatalities) from new_rows o where actor1 is not null
         group by 1, 2, 3, 4 order by 1, 2, 3, 4
         on conflict (country, event_type, actor1, actor2k) do update set n = r.n + excluded.n, fatalities = r.fatalities + excluded.fatalities;
     end if;
     return null;
   end $$`,
  `drop trigger if exists events_rollup_detail_ins on events`,
  `create trigger events_rollup_detail_ins after insert on events referencing new table as new_rows
     for each statement execute function sitrep_event_rollup_detail()`,
  `drop trigger if exists events_rollup_detail_upd on events`,
  `create trigger events_rollup_detail_upd after update on events referencing old table as old_rows new table as new_rows
     for each statement execute function sitrep_event_rollup_detail()`,
  `drop trigger if exists events_rollup_detail_del on events`,
  `create trigger events_rollup_detail_del after delete on events referencing old table as old_rows
     for each statement execute function sitrep_event_rollup_detail()`,
];

export const DETAIL_DROP_TRIGGERS_SQLITE = DETAIL_TRIGGER_NAMES_SQLITE.map((t) => `drop trigger if exists ${t}`);
export const DETAIL_DROP_TRIGGERS_PG = DETAIL_TRIGGER_NAMES_PG.map((t) => `drop trigger if exists ${t} on events`);

/** the admin1 table from the rows of `events` (one grouped scan) */
export const DETAIL_REBUILD_ADMIN1 = [
  'delete from event_rollup_admin1',
  `insert into event_rollup_admin1 (country, admin1, month, event_type, n, fatalities)
     select country, admin1, substr(event_date, 1, 7), event_type, count(*), sum(fatalities) from events
     group by country, substr(event_date, 1, 7), event_type, admin1`,
];
/** the actor-pair table from the rows of `events` (one grouped scan) */
export const DETAIL_REBUILD_PAIR = [
  'delete from event_rollup_pair',
  `insert into event_rollup_pair (country, event_type, actor1, actor2k, n, fatalities)
     select country, event_type, actor1, ${PAIR_KEY('e')}, count(*), sum(fatalities) from events e where actor1 is not null
     group by country, event_type, actor1, ${PAIR_KEY('e')}`,
];
export const DETAIL_REBUILD = [...DETAIL_REBUILD_ADMIN1, ...DETAIL_REBUILD_PAIR];

/**
 * PostgreSQL: the day rollup and both detail rollups from ONE scan of events (grouping sets, hashed
 * side by side) instead of three grouped scans; the bulk load's rebuild. Run after deleting the three
 * tables, inside the transaction that then derives the all/month tables and puts the triggers back.
 */
export const ROLLUP_ONE_SCAN_PG = `with g as materialized (
    select country, event_date, event_type, substr(event_date, 1, 7) as month, admin1, actor1, ${PAIR_KEY('e')} as actor2k,
      min(week) as week, count(*) as n, sum(fatalities) as f,
      grouping(event_date, substr(event_date, 1, 7), actor1) as set_id
    from events e
    group by grouping sets ((country, event_date, event_type), (country, substr(event_date, 1, 7), event_type, admin1),
      (country, event_type, actor1, ${PAIR_KEY('e')}))
  ), day as (
    insert into event_rollup (country, event_date, event_type, week, n, fatalities)
    select country, event_date, event_type, week, n, f from g where set_id = 3 order by 1, 2, 3
  ), admin1 as (
    insert into event_rollup_admin1 (country, admin1, month, event_type, n, fatalities)
    select country, admin1, month, event_type, n, f from g where set_id = 5 order by 1, 3, 4, 2
  )
  insert into event_rollup_pair (country, event_type, actor1, actor2k, n, fatalities)
  select country, event_type, actor1, actor2k, n, f from g where set_id = 6 and actor1 is not null order by 1, 2, 3, 4`;

const FILTERS = new Set(['by', 'from', 'to', 'country', 'event_type', 'limit', 'cursor']);

/** true when `q` can be answered from the detail tables with the same result as from `events` */
export function detailAnswers(q: AggregateQuery): boolean {
  if (q.by !== 'admin1' && q.by !== 'actor_pair') return false;
  for (const [k, v] of Object.entries(q)) if (!FILTERS.has(k) && !isBlank(v)) return false;
  // admin1 cells are per month: whole months only; pair cells have no time at all
  return q.by === 'admin1' ? monthAligned(q) : isBlank(q.from) && isBlank(q.to);
}

type Out = { key: unknown; count: unknown; fatalities: unknown };

/**
 * Per-admin1 counts and top actor pairs from the detail tables (same rows, order and limits as
 * query.ts's aggregate over `events`), or undefined when `q` needs the scan of events.
 */
export async function detailAggregate(db: Kysely<Database>, q: AggregateQuery): Promise<AggregateRow[] | undefined> {
  if (!detailAnswers(q)) return undefined;
  const country = isBlank(q.country) ? sql`` : sql` and r.country = ${q.country}`;
  const type = isBlank(q.event_type) ? sql`` : sql` and r.event_type = ${q.event_type}`;
  let rows: Out[];
  if (q.by === 'admin1') {
    const top = Math.min(q.limit ?? 1000, 10_000);
    const from = isBlank(q.from) ? sql`` : sql` and r.month >= ${q.from!.slice(0, 7)}`;
    const to = isBlank(q.to) ? sql`` : sql` and r.month <= ${q.to!.slice(0, 7)}`;
    rows = (await sql<Out>`select r.admin1 as key, sum(r.n) as count, sum(r.fatalities) as fatalities
      from event_rollup_admin1 r where 1 = 1${country}${type}${from}${to}
      group by r.admin1 having sum(r.n) > 0 order by sum(r.n) desc, r.admin1 limit ${top}`.execute(db)).rows;
  } else {
    const top = Math.min(q.limit ?? 20, 10_000);
    // actor2 decoded before ORDER BY, so each dialect places NULL where its scan of events does
    const pairs = (await sql<{ actor1: string; actor2: string | null; count: unknown; fatalities: unknown }>`
      select s.actor1, s.actor2, s.count, s.fatalities from (
        select r.actor1, case when r.actor2k = '' then null else substr(r.actor2k, 2) end as actor2,
          sum(r.n) as count, sum(r.fatalities) as fatalities
        from event_rollup_pair r where 1 = 1${country}${type} group by r.actor1, r.actor2k) s
      where s.count > 0 order by s.count desc, s.actor1, s.actor2 limit ${top}`.execute(db)).rows;
    rows = pairs.map((r) => ({ key: `${r.actor1} | ${r.actor2 ?? ''}`.replace(/ \| $/, ''), count: r.count, fatalities: r.fatalities }));
  }
  return rows.map((r) => ({ key: String(r.key ?? ''), count: Number(r.count), fatalities: Number(r.fatalities) }));
}
