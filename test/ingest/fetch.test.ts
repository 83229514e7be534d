import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { fetchUrl, closeFetchAgents, FetchError } from '../../src/ingest/fetch.ts';
import { documentFromUrl } from '../../src/ingest/sources.ts';
import { readHtml } from '../../src/ingest/html.ts';
import { serve, article } from './helpers.ts';

after(() => closeFetchAgents());

const BODY = 'Gunmen attacked a police post near the town on Monday, killing two officers, local officials said. The attackers fled.';

const srv = await serve((req, res) => {
  const u = req.url ?? '/';
  if (u === '/article') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(article('Police post attacked', `${BODY}\nA second paragraph with more detail about the attack and the response.`,
      '<meta property="og:site_name" content="Invented Gazette"><meta property="article:published_time" content="2024-06-11T08:00:00Z">'));
  } else if (u === '/jsonld') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(article('JSON-LD dated', BODY, '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-05-02T10:00:00+03:00"}</script>'));
  } else if (u === '/latin1') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
    res.end(Buffer.from('Caf\xe9 attacked in Bamako, two killed, witnesses said on Tuesday evening in the capital city.', 'latin1'));
  } else if (u === '/nav-only') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body><nav><a href="/">Home</a></nav><script>var x = "not text";</script></body></html>');
  } else if (u === '/big') {
    // 50 MB announced honestly: refused before the body is read
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.end();
  } else if (u === '/big-chunked') {
    // 50 MB with no length: the download is aborted once it passes the cap
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, 97);
    let sent = 0;
    const pump = () => {
      while (sent < 200) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = 1e9));
    pump();
  } else if (u.startsWith('/loop')) {
    res.writeHead(302, { location: u === '/loop-a' ? '/loop-b' : '/loop-a' });
    res.end();
  } else if (u.startsWith('/hop/')) {
    const n = Number(u.slice(5));
    res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
    res.end();
  } else if (u === '/pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4');
  } else if (u === '/drip') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const t = setInterval(() => res.write('a'), 100);
    res.on('close', () => clearInterval(t));
  } else if (u === '/hang') {
    /* never answers */
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('nope');
  }
});
after(() => srv.close());

const opts = { allowPrivateNetworks: true };

test('an article page: text, title, outlet and published date from the meta tags', async () => {
  const doc = await documentFromUrl(`${srv.base}/article`, { fetch: opts });
  assert.match(doc.text, /Gunmen attacked a police post/);
  assert.doesNotMatch(doc.text, /Home|World|©/, 'navigation and footer are not article text');
  assert.equal(doc.title, 'Police post attacked');
  assert.equal(doc.source, 'Invented Gazette');
  assert.equal(doc.published, '2024-06-11');
  assert.equal(doc.url, `${srv.base}/article`);
  const ld = await documentFromUrl(`${srv.base}/jsonld`, { fetch: opts });
  assert.equal(ld.published, '2024-05-02');
  assert.equal(ld.source, '127.0.0.1', 'no og:site_name: the host stands in');
  const given = await documentFromUrl(`${srv.base}/article`, { fetch: opts, published: '2024-01-01', source: 'Mine' });
  assert.deepEqual([given.published, given.source], ['2024-01-01', 'Mine']);
});

test('the declared charset is honoured', async () => {
  const r = await fetchUrl(`${srv.base}/latin1`, opts);
  assert.match(r.body, /^Café attacked/);
});

test('a page with no article is refused with a clear reason', async () => {
  await assert.rejects(documentFromUrl(`${srv.base}/nav-only`, { fetch: opts }), /no article text/);
  assert.equal(readHtml('<html><body><script>alert(1)</script></body></html>').text, '');
});

test('a 50 MB download is refused up front or aborted at the cap, quickly', async () => {
  const t0 = Date.now();
  await assert.rejects(fetchUrl(`${srv.base}/big`, opts), (e: FetchError) => e.kind === 'too_large' && /50\.0 MB/.test(e.message));
  await assert.rejects(fetchUrl(`${srv.base}/big-chunked`, opts), (e: FetchError) => e.kind === 'too_large' && /aborted/.test(e.message));
  assert.ok(Date.now() - t0 < 10_000);
});

test('redirects: loops are caught, more than 5 hops refused, 5 hops followed', async () => {
  await assert.rejects(fetchUrl(`${srv.base}/loop-a`, opts), (e: FetchError) => e.kind === 'redirect_loop');
  await assert.rejects(fetchUrl(`${srv.base}/hop/5`, opts), (e: FetchError) => e.kind === 'too_many_redirects');
  const ok = await fetchUrl(`${srv.base}/hop/4`, opts);
  assert.equal(ok.url, `${srv.base}/article`);
});

test('content type, HTTP status and bad URLs give one-line errors', async () => {
  await assert.rejects(fetchUrl(`${srv.base}/pdf`, opts), (e: FetchError) => e.kind === 'content_type' && /application\/pdf/.test(e.message));
  await assert.rejects(fetchUrl(`${srv.base}/missing`, opts), (e: FetchError) => e.kind === 'http_status' && /404/.test(e.message));
  await assert.rejects(fetchUrl('not a url', opts), (e: FetchError) => e.kind === 'bad_url');
  await assert.rejects(fetchUrl('http://127.0.0.1:1/', { ...opts, connectTimeoutMs: 2000 }), (e: FetchError) => e.kind === 'network' || e.kind === 'timeout');
});

test('a server that drips or hangs hits the timeouts', async () => {
  const t0 = Date.now();
  await assert.rejects(fetchUrl(`${srv.base}/drip`, { ...opts, totalTimeoutMs: 800 }), (e: FetchError) => e.kind === 'timeout');
  await assert.rejects(fetchUrl(`${srv.base}/hang`, { ...opts, headersTimeoutMs: 500 }), (e: FetchError) => e.kind === 'timeout');
  assert.ok(Date.now() - t0 < 5000);
});
