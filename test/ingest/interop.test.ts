import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { emptyReport, referenceEvents, type ReferenceKind } from '../../src/ingest/interop/import.ts';
import { parseRefDate } from '../../src/ingest/interop/reference.ts';
import { parseInter } from '../../src/ingest/interop/acled.ts';
import { cameoToAcled } from '../../src/ingest/interop/cameo.ts';
import { SUB_EVENT_TYPES } from '../../src/core/taxonomy.ts';
import type { SitrepEvent } from '../../src/core/types.ts';
import { fixture } from './helpers.ts';

async function load(kind: ReferenceKind, input: Readable) {
  const report = emptyReport(kind);
  const events: SitrepEvent[] = [];
  for await (const e of referenceEvents(kind, input, report)) events.push(e);
  return { report, events, byId: new Map(events.map((e) => [e.event_id, e])) };
}

test('reference dates: every style the data sets use, and no impossible date', () => {
  assert.equal(parseRefDate('9-May-20'), '2020-05-09');
  assert.equal(parseRefDate('28 December 2022'), '2022-12-28');
  assert.equal(parseRefDate('1-Jan-99'), '1999-01-01');
  assert.equal(parseRefDate('2021-06-01 00:00:00.000'), '2021-06-01');
  assert.equal(parseRefDate('20240610'), '2024-06-10');
  assert.equal(parseRefDate('September 3, 2021'), '2021-09-03');
  for (const bad of ['31 February 2023', '31-Apr-20', '20240631', 'yesterday', '', '2021-13-01']) assert.equal(parseRefDate(bad), null, bad);
});

test('ACLED inter: codes and the labels of the newest exports', () => {
  assert.equal(parseInter('7', 'inter1'), 7);
  assert.equal(parseInter('NA', 'inter2'), 0);
  assert.equal(parseInter('State forces', 'inter1'), 1);
  assert.equal(parseInter('Rebel group', 'inter1'), 2);
  assert.equal(parseInter('External/Other forces', 'inter1'), 8);
  assert.throws(() => parseInter('9', 'inter1'), /inter1/);
  assert.throws(() => parseInter('Aliens', 'inter1'), /inter1/);
});

test('ACLED current schema: NA, labels, quoted notes with newlines; bad rows listed with their line, the rest imported', async () => {
  const { report, byId } = await load('acled', createReadStream(fixture('acled_current.csv')));
  assert.equal(report.rows, 8);
  assert.equal(report.imported, 4);
  assert.equal(report.badCount, 4);
  assert.deepEqual(report.bad.map((b) => b.line), [5, 6, 7, 10]);
  assert.match(report.bad[0].message, /event_date "31 February 2023"/);
  assert.match(report.bad[1].message, /10 fields/);
  assert.match(report.bad[2].message, /does not belong to Battles/);
  assert.match(report.bad[3].message, /latitude/);
  const a = byId.get('acled:TST101')!;
  assert.equal(a.origin, 'acled');
  assert.equal(a.event_date, '2023-03-14');
  assert.equal(a.assoc_actor_1, '', 'NA is a missing value');
  assert.equal(a.inter2, 3);
  assert.equal(a.fatalities, 2);
  assert.equal(a.latitude, 12.0101);
  const p = byId.get('acled:TST102')!;
  assert.equal(p.inter1, 6, 'text label Protesters');
  assert.equal(p.inter2, 0);
  assert.equal(p.interaction, 60, 'interaction label → code');
  assert.equal(p.time_precision, 2);
  assert.match(p.notes, /"back pay"/);
  assert.equal(p.extra?.tags, 'crowd size=around 200');
  const r = byId.get('acled:TST103')!;
  assert.equal(r.disorder_type, 'Demonstrations', 'a combined disorder type falls back to the type’s own');
  assert.equal(r.extra?.disorder_type, 'Political violence; Demonstrations');
  const arrest = byId.get('acled:TST107')!;
  assert.equal(arrest.inter1, 1);
  assert.equal(arrest.inter2, 7);
  assert.equal(arrest.interaction, 17);
  assert.match(arrest.notes, /\nThe journalist/);
});

test('ACLED 2020 schema: numeric inters, 9-May-20 dates, iso3 kept, a missing event_id_cnty falls back to data_id', async () => {
  const { report, byId } = await load('acled', createReadStream(fixture('acled_2020.csv')));
  assert.equal(report.imported, 3);
  assert.deepEqual(report.bad.map((b) => b.line), [5]);
  const y = byId.get('acled:YEM90001')!;
  assert.equal(y.event_date, '2020-05-09');
  assert.equal(y.disorder_type, 'Political violence', 'derived: the 2020 file has no disorder_type');
  assert.equal(y.interaction, 17);
  assert.equal(y.extra?.iso3, 'YEM');
  const m = byId.get('acled:data_id-9000003')!;
  assert.equal(m.fatalities, 1);
  assert.equal(m.extra?.event_id_cnty, '');
});

test('a file that is not an ACLED CSV is refused as a whole, with the missing columns named', async () => {
  await assert.rejects(load('acled', Readable.from(['a,b,c\n1,2,3\n'])), /not an ACLED CSV header: no event_id_cnty/);
  await assert.rejects(load('acled', Readable.from([''])), /empty/);
});

test('UCDP GED: violence types, date ranges and precision, best estimate, historical country names', async () => {
  const { report, byId } = await load('ucdp', createReadStream(fixture('ucdp_ged.csv')));
  assert.equal(report.imported, 3);
  assert.deepEqual(report.bad.map((b) => b.line), [5, 6]);
  const s = byId.get('ucdp:900001')!;
  assert.equal(s.event_type, 'Battles');
  assert.equal(s.inter1, 1);
  assert.equal(s.inter2, 2);
  assert.equal(s.fatalities, 5);
  assert.equal(s.geo_precision, 1);
  const o = byId.get('ucdp:900002')!;
  assert.equal(o.event_type, 'Violence against civilians');
  assert.equal(o.inter2, 7);
  assert.deepEqual(o.date_range, ['2021-07-01', '2021-07-07']);
  assert.equal(o.event_date, '2021-07-04');
  assert.equal(o.time_precision, 2);
  assert.equal(o.geo_precision, 3);
  assert.equal(o.fatalities, 12);
  const n = byId.get('ucdp:900003')!;
  assert.equal(n.country, 'DR Congo');
  assert.equal(n.inter1, 3);
});

test('GDELT 2.0: CAMEO codes mapped only where sound, others counted by reason, bad rows by line', async () => {
  const { report, byId } = await load('gdelt', createReadStream(fixture('gdelt.export.CSV')));
  assert.equal(report.rows, 9);
  assert.equal(report.imported, 5);
  assert.equal(Object.values(report.skipped).reduce((a, b) => a + b, 0), 2);
  assert.ok(Object.keys(report.skipped).some((k) => /root 04/.test(k)));
  assert.ok(Object.keys(report.skipped).some((k) => /180/.test(k)));
  assert.deepEqual(report.bad.map((b) => b.line), [4, 7]);
  const b = byId.get('gdelt:1100000001')!;
  assert.equal(b.event_type, 'Battles');
  assert.equal(b.country, 'Syria');
  assert.equal(b.admin1, 'Halab');
  assert.equal(b.location, 'Aleppo');
  assert.deepEqual([b.latitude, b.longitude], [36.2028, 37.1586]);
  assert.equal(b.inter1, 1);
  assert.equal(b.inter2, 2);
  assert.equal(b.source, 'invented.example');
  assert.equal(byId.get('gdelt:1100000002')!.sub_event_type, 'Air/drone strike');
  assert.equal(byId.get('gdelt:1100000003')!.event_type, 'Protests');
  assert.equal(byId.get('gdelt:1100000005')!.sub_event_type, 'Abduction/forced disappearance');
  const riot = byId.get('gdelt:1100000007')!;
  assert.equal(riot.event_type, 'Riots');
  assert.equal(riot.inter1, 5);
});

test('CAMEO map: every mapped type is a valid ACLED pair; specific codes beat their root', () => {
  for (const code of ['14', '141', '145', '1453', '181', '1821', '183', '1831', '190', '193', '194', '195', '1952', '196', '202', '2041']) {
    const r = cameoToAcled(code);
    assert.ok(!('skip' in r), code);
    if (!('skip' in r)) assert.ok(SUB_EVENT_TYPES[r.event_type].includes(r.sub_event_type), code);
  }
  assert.deepEqual(cameoToAcled('1831'), { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' });
  for (const code of ['010', '173', '180', '184', '191', '2042', 'xx']) assert.ok('skip' in cameoToAcled(code), code);
});

const SHARED_ACLED = new URL('../../../shared/eval/acled/', import.meta.url);

test('real ACLED exports (../shared/eval/acled): every row imported, counts and fields checked', async (t) => {
  const files = ['acled_global_2020_dev.csv', 'acled_joshmerfeld_benin_2009_2022.csv'].map((f) => new URL(f, SHARED_ACLED));
  if (!files.every((f) => existsSync(f))) return t.skip('../shared/eval/acled is not present');
  for (const f of files) {
    const { report, events } = await load('acled', createReadStream(f));
    assert.equal(report.badCount, 0, `${f.pathname}: ${JSON.stringify(report.bad.slice(0, 3))}`);
    assert.ok(report.rows > 800);
    assert.equal(events.length, report.rows);
    for (const e of events) {
      assert.match(e.event_date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(SUB_EVENT_TYPES[e.event_type].includes(e.sub_event_type));
      assert.ok(e.inter1 >= 0 && e.inter1 <= 8);
    }
    assert.equal(new Set(events.map((e) => e.event_id)).size, events.length, 'ids are unique');
  }
});

test('CSV reader: an unclosed quote costs one bad row at the line it opened, the rows after it are read', async () => {
  const header = 'event_id_cnty,event_date,event_type,sub_event_type,country,notes,fatalities';
  const good = (i: number) => `Q${i},2024-01-0${(i % 9) + 1},Riots,Mob violence,Kenya,"note ${i}, with comma",0`;
  const lines = [header, good(1), 'Q2,2024-01-02,Riots,Mob violence,Kenya,"never closed,0', ...Array.from({ length: 300 }, (_, i) => good(i + 3))];
  const { report, events } = await load('acled', Readable.from([lines.join('\n') + '\n']));
  assert.equal(report.badCount, 1);
  assert.equal(report.bad[0].line, 3);
  // the next row's own opening quote closes the stray one, so that row goes down with it (one row
  // at most): the record is reported by its first line, and everything after is read normally
  assert.match(report.bad[0].message, /never closed|fields/);
  assert.equal(events.length, 300);
  assert.equal(events.at(-1)?.event_id, 'acled:Q302');
  assert.equal(events[0].notes, 'note 1, with comma');
  // a quote left open at the very end of the file
  const tail = await load('acled', Readable.from([`${header}\n${good(1)}\nQ9,2024-01-02,Riots,Mob violence,Kenya,"open\n`]));
  assert.deepEqual([tail.events.length, tail.report.bad[0]?.line], [1, 3]);
  assert.match(tail.report.bad[0].message, /never closed/);
  // with quote-free rows after it, the stray quote gives up after MAX_RECORD_LINES and every row is back
  const plain = (i: number) => `Q${i},2024-01-0${(i % 9) + 1},Riots,Mob violence,Kenya,plain,0`;
  const many = await load('acled', Readable.from([[header, plain(1), 'Q2,2024-01-02,Riots,Mob violence,Kenya,"never closed,0', ...Array.from({ length: 300 }, (_, i) => plain(i + 3))].join('\n') + '\n']));
  assert.deepEqual([many.events.length, many.report.badCount, many.report.bad[0].line], [301, 1, 3]);
  assert.match(many.report.bad[0].message, /never closed/);
});

test('CSV reader: quoting rules (escaped quotes, quotes inside unquoted fields, CRLF, BOM)', async () => {
  const { splitRecord } = await import('../../src/ingest/interop/csv.ts');
  assert.deepEqual(splitRecord('a,"b ""c"", d",e"f,"g"h', ',', true), ['a', 'b "c", d', 'e"f', 'gh']);
  assert.deepEqual(splitRecord('a\t"b\tc', '\t', false), ['a', '"b', 'c']);
  const header = 'event_id_cnty,event_date,event_type,sub_event_type,country';
  const { events } = await load('acled', Readable.from([`\uFEFF${header}\r\nC1,2024-01-02,Riots,Mob violence,Kenya\r\n\r\nC2,2024-01-03,Riots,Mob violence,"Kenya"\r\n`]));
  assert.deepEqual(events.map((e) => [e.event_id, e.country]), [['acled:C1', 'Kenya'], ['acled:C2', 'Kenya']]);
});
