import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openStore } from '../../src/store/index.ts';
import { pollFeed, backoffSeconds } from '../../src/ingest/watch.ts';
import { parseFeedItems, readFeedsFile } from '../../src/ingest/feeds.ts';
import { closeFetchAgents } from '../../src/ingest/fetch.ts';
import { article, cli, run, serve, stubExtract, tempDir } from './helpers.ts';

after(() => closeFetchAgents());
const tmp = tempDir();
after(() => tmp.cleanup());

const text = (n: number) => `Report ${n}: soldiers and militants clash near the town on Monday, residents said, and two people were wounded in the fighting that followed.`;

interface FeedItem { id: string; link?: string; desc?: string; date: string }
const state = { items: [] as FeedItem[], etag: 'v1', honourEtag: true, hits: {} as Record<string, number>, conditional: 0 };

function rss(items: FeedItem[]): string {
  const body = items.map((i) => `<item><title>Item ${i.id}</title>${i.link ? `<link>${i.link}</link>` : ''}<guid>${i.id}</guid><pubDate>${i.date}</pubDate>${i.desc ? `<description>${i.desc}</description>` : ''}</item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Wire</title><link>http://example.org</link><description>d</description>${body}</channel></rss>`;
}

const srv = await serve((req, res) => {
  const u = req.url ?? '/';
  state.hits[u] = (state.hits[u] ?? 0) + 1;
  if (u === '/rss') {
    if (req.headers['if-none-match']) state.conditional++;
    if (state.honourEtag && req.headers['if-none-match'] === `"${state.etag}"`) {
      res.writeHead(304);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"${state.etag}"` });
    return res.end(rss(state.items));
  }
  if (u === '/atom') {
    res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': 'Mon, 10 Jun 2024 10:00:00 GMT' });
    return res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:t</id><updated>2024-06-10T10:00:00Z</updated>
<entry><title>Atom one</title><id>urn:a1</id><link href="${'http://127.0.0.1:1/never-fetched'}"/><published>2024-06-09T10:00:00Z</published><updated>2024-06-10T10:00:00Z</updated><content type="html">&lt;p&gt;${text(7)}&lt;/p&gt;</content></entry></feed>`);
  }
  if (u.startsWith('/a')) {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(article(`Article ${u}`, `${text(Number(u.slice(2)))}\nA second paragraph of the article ${u} with detail.`, '<meta property="article:published_time" content="2024-06-10">'));
  }
  if (u === '/rss-flaky') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' });
    return res.end(rss([{ id: 'f1', link: `http://127.0.0.1:${(req.socket.localPort)}/flaky-article`, date: 'Mon, 10 Jun 2024 10:00:00 GMT' }]));
  }
  if (u === '/flaky-article') {
    if ((state.hits[u] ?? 0) <= 1) {
      res.writeHead(503);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(article('Flaky', `${text(9)}\nSecond paragraph of the flaky article, long enough.`));
  }
  if (u === '/broken') {
    res.writeHead(500);
    return res.end('oops');
  }
  if (u === '/html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end('<html><body>not a feed</body></html>');
  }
  if (u === '/huge') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    return res.end(rss(Array.from({ length: 3000 }, (_, i) => ({ id: `h${i}`, desc: text(i), date: 'Mon, 10 Jun 2024 10:00:00 GMT' }))));
  }
  res.writeHead(404);
  res.end();
});
after(() => srv.close());

const base = () => srv.base;
const opts = { extract: stubExtract, interval: 60, fetch: { allowPrivateNetworks: true } };

test('feeds: RSS, Atom, RDF and JSON Feed become one item shape; a non-feed is refused', () => {
  const r = parseFeedItems(rss([{ id: 'g1', link: 'http://x/1', desc: '<p>d</p>', date: 'Tue, 11 Jun 2024 10:00:00 GMT' }]));
  assert.deepEqual(r.items[0], { id: 'g1', link: 'http://x/1', title: 'Item g1', published: '2024-06-11', body: '<p>d</p>' });
  const rdf = parseFeedItems(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://x"><title>R</title><link>http://x</link><description>d</description></channel><item rdf:about="http://x/r"><title>R1</title><link>http://x/r</link><description>desc</description><dc:date>2024-09-10T10:00:00Z</dc:date></item></rdf:RDF>`);
  assert.deepEqual([rdf.items[0].id, rdf.items[0].published], ['http://x/r', '2024-09-10']);
  const json = parseFeedItems(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'j1', url: 'http://x/j', content_text: 'txt', date_published: '2024-09-10T10:00:00Z' }] }));
  assert.deepEqual(json.items[0], { id: 'j1', link: 'http://x/j', title: undefined, published: '2024-09-10', body: 'txt' });
  assert.throws(() => parseFeedItems('<html><body>no</body></html>'), /not an RSS, Atom or JSON feed/);
  assert.throws(() => parseFeedItems(''), /not an RSS/);
});

test('FEEDS.yaml: plain URLs and entries with options; mistakes named', () => {
  const f = join(tmp.dir, 'feeds.yaml');
  writeFileSync(f, 'interval: 120\nfeeds:\n  - https://a.example/rss\n  - url: https://b.example/atom\n    source: B Desk\n    fetch_articles: false\n    interval: 30\n');
  const cfg = readFeedsFile(f);
  assert.equal(cfg.interval, 120);
  assert.deepEqual(cfg.feeds, [
    { url: 'https://a.example/rss', source: undefined, fetchArticles: true, interval: undefined },
    { url: 'https://b.example/atom', source: 'B Desk', fetchArticles: false, interval: 30 },
  ]);
  writeFileSync(f, 'feeds:\n  - ftp://x\n');
  assert.throws(() => readFeedsFile(f), /feed 1 needs an http\(s\) "url"/);
  writeFileSync(f, 'feeds: [\n');
  assert.throws(() => readFeedsFile(f), /not valid YAML/);
  assert.throws(() => readFeedsFile(join(tmp.dir, 'nope.yaml')), /no such file/);
});

test('polling: new items fetched and ingested, ETag answered with 304, state survives a restart, new items picked up', async () => {
  const db = join(tmp.dir, 'watch.db');
  state.items = [
    { id: 'i1', link: `${base()}/a1`, date: 'Mon, 10 Jun 2024 10:00:00 GMT' },
    { id: 'i2', link: `${base()}/a2`, date: 'Mon, 10 Jun 2024 11:00:00 GMT' },
    { id: 'i3', desc: text(3), date: 'Mon, 10 Jun 2024 12:00:00 GMT' },
  ];
  const feed = { url: `${base()}/rss`, fetchArticles: true };
  let store = await openStore(db);
  try {
    const first = await pollFeed(store, feed, opts);
    assert.equal(first.status, 'polled', first.error);
    assert.equal(first.newItems, 3);
    assert.equal(first.summary?.new, 3);
    assert.equal(state.hits['/a1'], 1);
    const doc = await store.getDocument(`${base()}/a1`);
    assert.equal(doc?.url, `${base()}/a1`);
    assert.equal(doc?.source, 'Invented Wire', 'the feed title is the outlet');
    assert.equal(doc?.published, '2024-06-10');
    const again = await pollFeed(store, feed, opts, true);
    assert.equal(again.status, 'not_modified');
    assert.equal(state.conditional, 1);
    // not due yet: a regular poll waits
    assert.equal((await pollFeed(store, feed, opts)).status, 'backing_off');
  } finally {
    await store.close();
  }
  // restart: a server that ignores ETags still makes the watcher re-read nothing
  state.honourEtag = false;
  store = await openStore(db);
  try {
    const r = await pollFeed(store, feed, opts, true);
    assert.equal(r.status, 'polled');
    assert.equal(r.newItems, 0);
    assert.equal(state.hits['/a1'], 1, 'the article is not fetched again');
    state.items.push({ id: 'i4', link: `${base()}/a4`, date: 'Tue, 11 Jun 2024 10:00:00 GMT' });
    const more = await pollFeed(store, feed, opts, true);
    assert.equal(more.newItems, 1);
    assert.equal(more.summary?.new, 1);
  } finally {
    await store.close();
  }
});

test('items use their own text when articles are not fetched (Atom, fetch_articles: false)', async () => {
  const store = await openStore(join(tmp.dir, 'atom.db'));
  try {
    const r = await pollFeed(store, { url: `${base()}/atom`, fetchArticles: false, source: 'Atom Desk' }, opts);
    assert.equal(r.status, 'polled', r.error);
    assert.equal(r.summary?.new, 1);
    const s = await store.getFeedState(`${base()}/atom`);
    assert.equal(s?.lastModified, 'Mon, 10 Jun 2024 10:00:00 GMT');
  } finally {
    await store.close();
  }
});

test('a broken feed backs off exponentially and never touches what is stored; others go on', async () => {
  assert.equal(backoffSeconds(60, 0), 60);
  assert.equal(backoffSeconds(60, 1), 120);
  assert.equal(backoffSeconds(60, 3), 480);
  assert.equal(backoffSeconds(60, 30), 6 * 3600);
  const store = await openStore(join(tmp.dir, 'broken.db'));
  try {
    let now = new Date('2024-06-10T00:00:00Z');
    const o = { ...opts, now: () => now };
    const feed = { url: `${base()}/broken`, fetchArticles: true };
    const r1 = await pollFeed(store, feed, o);
    assert.equal(r1.status, 'error');
    assert.match(r1.error ?? '', /HTTP 500/);
    assert.equal(r1.nextPoll.toISOString(), '2024-06-10T00:02:00.000Z');
    now = new Date('2024-06-10T00:01:00Z');
    assert.equal((await pollFeed(store, feed, o)).status, 'backing_off');
    now = new Date('2024-06-10T00:02:00Z');
    const r2 = await pollFeed(store, feed, o);
    assert.equal(r2.status, 'error');
    assert.equal(r2.nextPoll.toISOString(), '2024-06-10T00:06:00.000Z');
    assert.equal((await store.getFeedState(feed.url))?.errors, 2);
    const html = await pollFeed(store, { url: `${base()}/html`, fetchArticles: true }, o);
    assert.match(html.error ?? '', /not an RSS, Atom or JSON feed/);
    assert.deepEqual(await store.stats(), { documents: 0, events: 0, extractions: 0, edits: 0 });
  } finally {
    await store.close();
  }
});

test('an item whose article fails for a passing reason (HTTP 503) is retried on the next poll', async () => {
  const store = await openStore(join(tmp.dir, 'flaky.db'));
  try {
    const feed = { url: `${base()}/rss-flaky`, fetchArticles: true };
    const r1 = await pollFeed(store, feed, opts);
    assert.equal(r1.summary?.new, 0);
    assert.match(r1.summary?.skipped[0]?.reason ?? '', /HTTP 503 \(will retry/);
    assert.equal((await store.getFeedState(feed.url))?.etag, null, 'no ETag saved while an item is pending');
    const r2 = await pollFeed(store, feed, opts, true);
    assert.equal(r2.newItems, 1);
    assert.equal(r2.summary?.new, 1);
    const r3 = await pollFeed(store, feed, opts, true);
    assert.equal(r3.newItems, 0);
  } finally {
    await store.close();
  }
});

test('a 3000-item feed is worked in bounded polls', async () => {
  const store = await openStore(join(tmp.dir, 'huge.db'));
  try {
    const feed = { url: `${base()}/huge`, fetchArticles: false };
    const r1 = await pollFeed(store, feed, { ...opts, maxItemsPerPoll: 100 });
    assert.equal(r1.items, 3000);
    assert.equal(r1.newItems, 100);
    assert.ok(r1.nextPoll.getTime() <= Date.now(), 'more items wait: poll again right away');
    const r2 = await pollFeed(store, feed, { ...opts, maxItemsPerPoll: 100 }, true);
    assert.equal(r2.newItems, 100, `${r2.status} ${r2.error ?? ''}`);
    assert.equal((await store.stats()).documents, 200);
  } finally {
    await store.close();
  }
});

test('sitrep watch --once: polls the feeds file, reports each feed, exit 1 when one failed', async () => {
  state.honourEtag = true;
  const f = join(tmp.dir, 'cli-feeds.yaml');
  writeFileSync(f, `allow_private_networks: true\nfeeds:\n  - ${base()}/rss\n  - ${base()}/broken\n`);
  const db = join(tmp.dir, 'cli-watch.db');
  const r = await cli(['watch', f, '--db', db, '--once'], { SITREP_NO_GEOCODER: '1' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /\/rss: 4 items, 4 new/);
  assert.match(r.stderr, /\/broken: error: .*HTTP 500/);
  const guarded = join(tmp.dir, 'guarded.yaml');
  writeFileSync(guarded, `feeds:\n  - ${base()}/rss\n`);
  const g = await run(['watch', guarded, '--db', join(tmp.dir, 'g.db'), '--once'], { SITREP_NO_GEOCODER: '1' });
  assert.equal(g.status, 1);
  assert.match(g.stderr, /refused 127\.0\.0\.1/);
});
