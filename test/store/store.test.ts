// The store against every dialect: migrations, idempotent documents, merging, split, edits and
// re-extraction, every query filter with cursor paging, full-text search, aggregates, feed state.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openStore, type SitrepStore } from '../../src/store/index.ts';
import { reextractAll } from '../../src/store/reextract.ts';
import type { SitrepEvent } from '../../src/core/types.ts';
import { DIALECTS, PG_SKIP, fakeExtract, mkDoc, mkEvent, type TestDb } from './helpers.ts';

async function ingest(store: SitrepStore, doc: ReturnType<typeof mkDoc>) {
  return store.saveDocument(doc, fakeExtract(doc).events);
}

for (const dialect of DIALECTS) {
  const skip = dialect.name === 'postgres' && !process.env.SITREP_TEST_PG ? PG_SKIP : false;
  describe(`store on ${dialect.name}`, { skip }, () => {
    let tdb: TestDb;
    let store: SitrepStore;
    before(async () => {
      tdb = (await dialect.make())!;
      store = await openStore(tdb.target);
    });
    after(async () => {
      await store?.close();
      await tdb?.cleanup();
    });

    test('migrations ran once and re-opening is a no-op', async () => {
      const ran = await sql<{ name: string }>`select name from sitrep_migration order by name`.execute(store.db);
      assert.deepEqual(ran.rows.map((r) => r.name), ['001_init', '002_fts', '003_indexes', '004_fts_detail', '005_rollup', '006_rollup_month', '007_rollup_detail', '008_drop_detail_indexes', '009_country_date_cover', '010_country_date_assoc']);
      const again = await openStore(tdb.target);
      const ran2 = await sql<{ name: string }>`select name from sitrep_migration`.execute(again.db);
      assert.equal(ran2.rows.length, 10);
      const tables = (await store.db.introspection.getTables()).map((t) => t.name);
      for (const t of ['documents', 'extractions', 'events', 'event_sources', 'edits', 'merge_blocks', 'feed_state', 'jobs', 'event_rollup', 'event_rollup_all', 'event_rollup_month', 'event_rollup_admin1', 'event_rollup_pair']) assert.ok(tables.includes(t), t);
      await again.close();
      assert.equal(store.dialect, dialect.name);
    });

    test('documents are idempotent by content hash and by URL; id clashes are renamed', async () => {
      const d = mkDoc('idem-1', [{ location: 'Idemtown', latitude: 10, longitude: 10, admin2: 'Idem', event_date: '2023-01-01', date_range: ['2023-01-01', '2023-01-01'] }], { url: 'https://news.example/idem-1' });
      const first = await ingest(store, d);
      assert.equal(first.status, 'new');
      assert.equal(first.events_created, 1);
      const before = await store.stats();
      const again = await ingest(store, { ...d, id: 'other-name' });
      assert.equal(again.status, 'duplicate');
      assert.equal(again.doc_id, 'idem-1');
      const sameUrl = await ingest(store, { ...d, id: 'idem-1b', text: d.text + '\nupdated footer' });
      assert.equal(sameUrl.status, 'duplicate');
      const crlf = await ingest(store, { ...d, text: `  ${d.text.replace(/\n/g, '\r\n')}\n`, url: undefined });
      assert.equal(crlf.status, 'duplicate', 'line endings and outer whitespace do not change the hash');
      assert.deepEqual(await store.stats(), before, 're-ingesting changes nothing');
      const clash = await ingest(store, mkDoc('idem-1', [], { text: 'A different report that has the same file name.' }));
      assert.equal(clash.status, 'new');
      assert.notEqual(clash.doc_id, 'idem-1');
      assert.ok(await store.hasDocument('idem-1'));
      assert.ok(await store.hasDocument('https://news.example/idem-1'));
      assert.equal(await store.hasDocument('nope'), false);
      const got = await store.getDocument('idem-1');
      assert.equal(got?.url, 'https://news.example/idem-1');
      assert.equal(got?.status, 'coded');
      assert.equal(got?.content_hash.length, 64);
    });

    test('reports of one incident merge into one event with all sources; unrelated ones stay apart', async () => {
      const inc = { event_date: '2024-03-10', date_range: ['2024-03-10', '2024-03-10'] as [string, string], latitude: 20, longitude: 20, admin2: 'Merge District', location: 'Mergeville' };
      const r1 = await ingest(store, mkDoc('m-1', [{ ...inc, fatalities: 3 }], { source: 'Wire A' }));
      const r2 = await ingest(store, mkDoc('m-2', [{ ...inc, fatalities: 5, event_date: '2024-03-11', date_range: ['2024-03-11', '2024-03-11'], latitude: 20.05 }], { source: 'Wire B' }));
      const r3 = await ingest(store, mkDoc('m-3', [{ ...inc, fatalities: 4, source: 'Wire C' }], { source: 'Wire C' }));
      const other = await ingest(store, mkDoc('m-4', [{ ...inc, event_type: 'Protests', sub_event_type: 'Peaceful protest', fatalities: 0 }]));
      assert.deepEqual([r1.events_created, r2.events_merged, r3.events_merged, other.events_created], [1, 1, 1, 1]);
      const detail = await store.getEvent('m-1-e0');
      assert.ok(detail);
      assert.equal(detail.event.sources_count, 3);
      assert.equal(detail.event.fatalities, 5, 'highest credible figure');
      assert.equal(detail.event.source, 'Wire A; Wire B; Wire C');
      assert.deepEqual(detail.documents.map((d) => d.id), ['m-1', 'm-2', 'm-3']);
      assert.deepEqual((detail.documents as { fatalities?: number }[]).map((d) => d.fatalities), [3, 5, 4], "each source's own figure kept");
      assert.deepEqual(detail.merge[0].agreed, ['anchor']);
      assert.ok(detail.merge[1].agreed.includes('event_type') && detail.merge[1].agreed.includes('admin2'));
      assert.ok(detail.documents[0].evidence.length > 0 && detail.documents[0].text.includes('Report m-1'));
    });

    test('two events of one document never merge with each other', async () => {
      const e = { event_date: '2024-04-01', date_range: ['2024-04-01', '2024-04-01'] as [string, string], latitude: 30, longitude: 30, admin2: 'Twin', location: 'Twinton' };
      const r = await ingest(store, mkDoc('twin', [e, e]));
      assert.equal(r.events_created, 2);
    });

    test('split undoes a merge, is not undone by re-ingest, and can be explained', async () => {
      const inc = { event_date: '2024-05-05', date_range: ['2024-05-05', '2024-05-05'] as [string, string], latitude: 40, longitude: 40, admin2: 'Split District', location: 'Splitton' };
      await ingest(store, mkDoc('s-1', [{ ...inc, fatalities: 1 }]));
      await ingest(store, mkDoc('s-2', [{ ...inc, fatalities: 9 }]));
      assert.equal((await store.getEvent('s-1-e0'))!.event.sources_count, 2);
      const newId = await store.splitEvent('s-1-e0', 's-2');
      assert.equal(newId, 's-2-e0');
      const a = (await store.getEvent('s-1-e0'))!;
      const b = (await store.getEvent(newId))!;
      assert.equal(a.event.sources_count, 1);
      assert.equal(a.event.fatalities, 1, 'fused figure recomputed without the split document');
      assert.equal(b.event.sources_count, 1);
      assert.equal(b.event.fatalities, 9);
      await assert.rejects(store.splitEvent('s-1-e0', 's-1'), /no other document/);
      await assert.rejects(store.splitEvent('s-1-e0', 'unknown'), /not part of/);
    });

    test('analyst edits are audited, validated and survive re-extraction with stable ids', async () => {
      const inc = { event_date: '2024-06-06', date_range: ['2024-06-06', '2024-06-06'] as [string, string], latitude: 50, longitude: 50, admin2: 'Edit District', location: 'Editville' };
      await ingest(store, mkDoc('x-1', [{ ...inc, fatalities: 2 }]));
      await ingest(store, mkDoc('x-2', [{ ...inc, fatalities: 3 }]));
      const edited = await store.recordEdit('x-1-e0', { fatalities: 11, actor2: 'Civilians (Testland)' }, 'analyst@test');
      assert.equal(edited.fatalities, 11);
      assert.equal(edited.actor2, 'Civilians (Testland)');
      await assert.rejects(store.recordEdit('x-1-e0', { event_id: 'hijack' }, 'a'), /cannot be edited/);
      await assert.rejects(store.recordEdit('x-1-e0', { fatalities: -3 }, 'a'), /invalid value/);
      await assert.rejects(store.recordEdit('x-1-e0', { event_type: 'Parties' }, 'a'), /unknown event_type/);
      await assert.rejects(store.recordEdit('missing', { fatalities: 1 }, 'a'), /no event/);
      assert.equal((await store.listEdits('x-1-e0')).length, 1);
      // a later report merges into the edited event: the edit still wins over fused values
      await ingest(store, mkDoc('x-3', [{ ...inc, fatalities: 30 }]));
      const after3 = (await store.getEvent('x-1-e0'))!.event;
      assert.equal(after3.fatalities, 11);
      assert.equal(after3.sources_count, 3);

      const ids = async () => (await store.queryEvents({ origin: 'sitrep', limit: 1000 })).events.map((e) => e.event_id).sort();
      const before = await ids();
      // a "new extractor" that reads fatalities one higher than before
      const stats = await reextractAll(store, (doc) => {
        const x = fakeExtract(doc);
        return { ...x, events: x.events.map((e) => ({ ...e, fatalities: e.fatalities + 1, notes: 'rebuilt' })) };
      });
      assert.ok(stats.documents >= 3 && stats.edits_orphaned === 0 && stats.edits_applied >= 1, JSON.stringify(stats));
      assert.deepEqual(await ids(), before, 'event ids survive re-extraction (splits included)');
      const rebuilt = (await store.getEvent('x-1-e0'))!.event;
      assert.equal(rebuilt.notes, 'rebuilt');
      assert.equal(rebuilt.fatalities, 11, 'analyst edit re-applied');
      assert.equal(rebuilt.actor2, 'Civilians (Testland)');
      assert.equal((await store.getEvent('s-1-e0'))!.event.sources_count, 1, 'split stays split');
      assert.equal((await store.getEvent('m-1-e0'))!.event.fatalities, 6, 'un-edited events take the new extraction');
    });

    test('feed state round-trips and merges partial updates', async () => {
      assert.equal(await store.getFeedState('https://feeds.example/a.xml'), null);
      await store.setFeedState('https://feeds.example/a.xml', { etag: 'W/"1"', seen: ['a', 'b'] });
      const s = await store.setFeedState('https://feeds.example/a.xml', { lastPolled: '2024-08-14T10:00:00Z', errors: 1, seen: ['a', 'b', 'c'] });
      assert.deepEqual(s.seen, ['a', 'b', 'c']);
      const got = await store.getFeedState('https://feeds.example/a.xml');
      assert.equal(got?.etag, 'W/"1"');
      assert.equal(got?.errors, 1);
      assert.equal(got?.lastPolled, '2024-08-14T10:00:00Z');
    });

    describe('queries over reference events', () => {
      const N = 60;
      const countries = ['Alphaland', 'Betaland', 'Gammaland'];
      const types: [SitrepEvent['event_type'], SitrepEvent['sub_event_type']][] = [
        ['Battles', 'Armed clash'], ['Protests', 'Peaceful protest'], ['Explosions/Remote violence', 'Air/drone strike'],
      ];
      const ref: SitrepEvent[] = Array.from({ length: N }, (_, i) => {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const [t, s] = types[i % 3];
        return mkEvent({
          event_id: `REF${String(i).padStart(3, '0')}`, event_date: `2022-0${1 + (Math.floor(i / 3) % 3)}-${day}`, date_range: undefined as never,
          country: countries[i % 3], admin1: `Prov ${i % 4}`, admin2: '', event_type: t, sub_event_type: s,
          actor1: `Actor ${i % 5}`, actor2: i % 2 ? `Actor ${(i + 1) % 5}` : null, latitude: -10 + i, longitude: 100 + i,
          fatalities: i % 7, confidence: (i % 10) / 10, notes: i % 10 === 0 ? `Quarry explosion number ${i}` : `Routine report ${i}`,
          evidence: [], assoc_actor_1: i % 11 === 4 ? 'Ridge Watchers (Alphaland)' : '',
        });
      });
      ref.forEach((e) => { e.date_range = [e.event_date, e.event_date]; });
      let all: SitrepEvent[] = [];
      before(async () => {
        assert.equal(await store.importReference('acled', ref), N);
        assert.equal(await store.importReference('acled', ref.slice(0, 5)), 5, 're-import updates in place');
        all = ref;
      });

      const check = async (q: Record<string, unknown>, pred: (e: SitrepEvent) => boolean) => {
        const got = (await store.queryEvents({ origin: 'acled', limit: 1000, ...q })).events.map((e) => e.event_id).sort();
        const want = all.filter(pred).map((e) => e.event_id).sort();
        assert.ok(want.length > 0 && want.length < N, `filter ${JSON.stringify(q)} should select some but not all`);
        assert.deepEqual(got, want, JSON.stringify(q));
      };

      test('every filter selects exactly the matching events', async () => {
        await check({ from: '2022-02-01', to: '2022-02-15' }, (e) => e.event_date >= '2022-02-01' && e.event_date <= '2022-02-15');
        await check({ country: 'Betaland' }, (e) => e.country === 'Betaland');
        await check({ admin1: 'Prov 2' }, (e) => e.admin1 === 'Prov 2');
        await check({ event_type: 'Protests' }, (e) => e.event_type === 'Protests');
        await check({ sub_event_type: 'Air/drone strike' }, (e) => e.sub_event_type === 'Air/drone strike');
        await check({ actor: 'actor 3' }, (e) => e.actor1 === 'Actor 3' || e.actor2 === 'Actor 3');
        await check({ actor: 'ACTOR 3' }, (e) => e.actor1 === 'Actor 3' || e.actor2 === 'Actor 3');
        await check({ actor: 'ridge WATCH' }, (e) => e.assoc_actor_1 === 'Ridge Watchers (Alphaland)');
        await check({ actor: '(alpha', country: 'Betaland' }, (e) => e.assoc_actor_1 === 'Ridge Watchers (Alphaland)' && e.country === 'Betaland');
        await check({ min_confidence: 0.7 }, (e) => e.confidence >= 0.7);
        await check({ bbox: [105, -5, 120, 3] }, (e) => e.longitude! >= 105 && e.longitude! <= 120 && e.latitude! >= -5 && e.latitude! <= 3);
        await check({ q: 'quarry explosion' }, (e) => e.notes.startsWith('Quarry'));
        await check({ country: 'Alphaland', event_type: 'Battles', from: '2022-01-10' }, (e) => e.country === 'Alphaland' && e.event_type === 'Battles' && e.event_date >= '2022-01-10');
        const sitrepOnly = (await store.queryEvents({ origin: 'sitrep', limit: 1000 })).events;
        assert.ok(sitrepOnly.length > 0 && sitrepOnly.every((e) => !e.event_id.startsWith('REF')));
      });

      test('full-text search ignores query syntax and finds nothing for junk', async () => {
        assert.equal((await store.queryEvents({ q: '"unbalanced AND (' })).events.length, 0);
        assert.equal((await store.queryEvents({ q: '***' })).events.length, 0);
        assert.ok((await store.queryEvents({ q: 'QUARRY' })).events.length > 0, 'case-insensitive');
      });

      test('cursor paging walks every event exactly once, newest first', async () => {
        const seen: SitrepEvent[] = [];
        let cursor: string | undefined;
        for (let i = 0; i < 20; i++) {
          const page = await store.queryEvents({ origin: 'acled', limit: 7, cursor });
          seen.push(...page.events);
          if (!page.next_cursor) break;
          cursor = page.next_cursor;
        }
        assert.equal(seen.length, N);
        assert.equal(new Set(seen.map((e) => e.event_id)).size, N);
        for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1].event_date >= seen[i].event_date);
        await assert.rejects(store.queryEvents({ cursor: 'garbage!' }), /invalid cursor/);
        let n = 0;
        for await (const _e of store.iterateEvents({ origin: 'acled' }, 8)) n++;
        assert.equal(n, N, 'iterateEvents streams everything');
      });

      test('aggregates match a count done in JS', async () => {
        const inBeta = all.filter((e) => e.country === 'Betaland');
        const weekly = await store.aggregates({ by: 'week', country: 'Betaland', origin: 'acled' });
        assert.equal(weekly.reduce((s, r) => s + r.count, 0), inBeta.length);
        assert.equal(weekly.reduce((s, r) => s + r.fatalities, 0), inBeta.reduce((s, e) => s + e.fatalities, 0));
        assert.ok(weekly.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.key) && new Date(r.key + 'T00:00:00Z').getUTCDay() === 1 && r.event_type));
        const admin1 = await store.aggregates({ by: 'admin1', origin: 'acled' });
        for (const r of admin1) assert.equal(r.count, all.filter((e) => e.admin1 === r.key).length);
        const pairs = await store.aggregates({ by: 'actor_pair', origin: 'acled', limit: 3 });
        assert.equal(pairs.length, 3);
        assert.ok(pairs[0].count >= pairs[1].count && pairs[1].count >= pairs[2].count);
        const [a1, a2] = pairs[0].key.split(' | ');
        assert.equal(pairs[0].count, all.filter((e) => e.actor1 === a1 && (e.actor2 ?? '') === (a2 ?? '')).length);
        const months = await store.aggregates({ by: 'month', origin: 'acled', event_type: 'Battles' });
        assert.deepEqual(months.map((m) => m.key), ['2022-01', '2022-02', '2022-03']);
        const byType = await store.aggregates({ by: 'event_type', origin: 'acled' });
        assert.equal(byType.reduce((s, r) => s + r.count, 0), N);
      });

      test('edits on reference events are kept when the file is imported again', async () => {
        await store.recordEdit('REF001', { notes: 'Checked by analyst' }, 'analyst');
        await store.importReference('acled', ref.slice(0, 3));
        assert.equal((await store.getEvent('REF001'))!.event.notes, 'Checked by analyst');
        assert.deepEqual((await store.getEvent('REF001'))!.documents, []);
      });
    });
  });
}
