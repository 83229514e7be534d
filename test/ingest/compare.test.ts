import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { compareEvents, formatComparison, placeMatch } from '../../src/ingest/interop/compare.ts';
import { sameCountry, alpha3Of } from '../../src/ingest/interop/countries.ts';
import { openStore } from '../../src/store/index.ts';
import { run, event, tempDir } from './helpers.ts';

test('countries: ACLED, UCDP and gazetteer spellings of one country agree', () => {
  assert.equal(alpha3Of('Democratic Republic of Congo'), 'COD');
  assert.ok(sameCountry('DR Congo (Zaire)', 'Democratic Republic of Congo'));
  assert.ok(sameCountry('Syria', 'Syrian Arab Republic'));
  assert.ok(!sameCountry('Niger', 'Nigeria'));
  assert.ok(!sameCountry('', 'Mali'));
});

test('match rule: same type, ±1 day, ≤ 25 km or the same admin1', () => {
  const ref = event({ event_id: 'r', latitude: 14.4843, longitude: -4.1827, admin1: 'Mopti' });
  assert.ok(placeMatch(event({ latitude: 14.6, longitude: -4.1827 }), ref, 25), '~13 km');
  assert.equal(placeMatch(event({ latitude: 15.0, longitude: -4.1827, admin1: 'Tombouctou' }), ref, 25), null, '~57 km, other admin1');
  assert.ok(placeMatch(event({ latitude: 15.0, longitude: -4.1827, admin1: 'Mopti Region' }), ref, 25), 'same admin1 (suffix ignored)');
  assert.ok(placeMatch(event({ latitude: null, longitude: null, admin1: 'Mopti' }), ref, 25), 'no coordinates, same admin1');
  assert.equal(placeMatch(event({ latitude: null, longitude: null, admin1: 'Mopti', country: 'Niger' }), ref, 25), null, 'same admin1 name, other country');
});

test('compare: one-to-one, closest first; the lists hold what each side lacks', () => {
  const refs = [
    event({ event_id: 'r1', event_date: '2024-06-10' }),
    event({ event_id: 'r2', event_date: '2024-06-20', event_type: 'Protests', sub_event_type: 'Peaceful protest' }),
    event({ event_id: 'r3', event_date: '2024-06-12' }),
  ];
  const mine = [
    event({ event_id: 's1', event_date: '2024-06-11' }), // a day off r1, a day off r3
    event({ event_id: 's2', event_date: '2024-06-12' }), // same day as r3
    event({ event_id: 's3', event_date: '2024-06-20' }), // Battles, r2 is a protest
    event({ event_id: 's4', event_date: '2024-06-14' }), // two days from r3
  ];
  const r = compareEvents(mine, refs);
  const pairs = Object.fromEntries(r.matched.map((m) => [m.sitrep.event_id, m.reference.event_id]));
  assert.deepEqual(pairs, { s2: 'r3', s1: 'r1' });
  assert.deepEqual(r.only_sitrep.map((e) => e.event_id), ['s3', 's4']);
  assert.deepEqual(r.only_reference.map((e) => e.event_id), ['r2']);
  assert.deepEqual(r.by_type.Battles, { sitrep: 4, reference: 2, matched: 2 });
  const text = formatComparison(r, 'acled');
  assert.match(text, /matched 2 \(50% of sitrep's, 67% of acled's\)/);
  assert.match(text, /in acled, not in sitrep \(1\):\n  2024-06-20  Protests/);
  assert.equal(compareEvents([mine[3]], refs).matched.length, 0, 's4 is two days from r3');
  assert.equal(compareEvents([mine[3]], refs, { maxDays: 2 }).matched.length, 1, 'a wider window matches it');
  assert.equal(compareEvents(mine, refs, { maxDays: 2 }).matched.length, 2, 'r3 is still claimed only once');
});

test('sitrep compare on a database: extracted vs imported events', async () => {
  const t = tempDir();
  after(() => t.cleanup());
  const db = join(t.dir, 'c.db');
  const store = await openStore(db);
  try {
    await store.saveDocument({ id: 'd1', text: 'doc one' }, [event({ event_id: 'x1', event_date: '2023-03-14', country: 'Benin', admin1: 'Alibori', latitude: 12.02, longitude: 3.11, event_type: 'Battles' })]);
    await store.saveDocument({ id: 'd2', text: 'doc two' }, [event({ event_id: 'x2', event_date: '2023-03-20', country: 'Benin', admin1: 'Borgou', latitude: 9.3, longitude: 2.6, event_type: 'Riots', sub_event_type: 'Mob violence' })]);
  } finally {
    await store.close();
  }
  assert.equal((await run(['import', 'acled', new URL('./fixtures/acled_current.csv', import.meta.url).pathname, '--db', db])).status, 0);
  const r = await run(['compare', '--reference', 'acled', '--country', 'Benin', '--from', '2023-03-01', '--to', '2023-05-31', '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.sitrep_total, 2);
  assert.equal(out.reference_total, 4);
  assert.deepEqual(out.matched.map((m: { reference: string }) => m.reference), ['acled:TST101']);
  assert.deepEqual(out.only_sitrep.map((e: { event_id: string }) => e.event_id).length, 1);
  assert.equal(out.only_reference.length, 3);
  const text = await run(['compare', '--reference', 'acled', '--db', db]);
  assert.match(text.stdout, /in sitrep, not in acled/);
  assert.equal((await run(['compare', '--db', db])).status, 2);
  assert.equal((await run(['compare', '--reference', 'acled', '--km', 'far', '--db', db])).status, 2);
});
