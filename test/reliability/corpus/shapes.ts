// fast-check generators of whole inputs for the readers and importers: HTML pages, RSS/Atom/RDF/
// JSON feeds, ACLED-shaped CSV files and API requests. Each mixes realistic report parts
// (generate.ts) with junk, broken markup, wrong types and absurd values. Shared by bench/fuzz.ts
// and test/reliability/fuzz.test.ts.
import fc from 'fast-check';
import { documentTextArb, sentenceArb } from './generate.ts';

const junkText = fc.oneof(
  { weight: 4, arbitrary: sentenceArb },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '&amp;', '&#0;', '&#xD800;', '&bogus;', '<![CDATA[x]]>', ']]>', '<!--', '-->', '\u0000', '\ufeff', '\u202e') },
);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// --- HTML pages ------------------------------------------------------------------------------
const TAGS = ['p', 'div', 'span', 'article', 'section', 'main', 'b', 'i', 'a', 'table', 'td', 'tr', 'li', 'ul', 'h1', 'h2', 'blockquote', 'pre', 'script', 'style', 'iframe', 'svg', 'math', 'template', 'noscript', 'nav', 'aside', 'footer', 'form', 'textarea', 'select', 'img', 'br'];
const ATTRS = ['', ' class="content"', ' id="main"', ' onerror="alert(1)"', ' style="display:none"', ' href="javascript:alert(1)"', ' src="x"', ' class="' + 'a '.repeat(200) + '"', ' data-x="</p>"', ' hidden', ' dir="rtl"', ' lang="ar"'];

/** a page: a head (title, meta dates in any shape) and blocks of nested, sometimes unclosed markup */
export const htmlPageArb: fc.Arbitrary<string> = fc
  .tuple(
    junkText,
    fc.constantFrom('', '2024-08-13', '0000-00-00', '9999-12-31T25:61:00Z', 'yesterday', '2024-02-30', '1e400'),
    fc.array(fc.tuple(fc.array(fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)), { minLength: 1, maxLength: 6 }), fc.oneof({ weight: 3, arbitrary: sentenceArb.map(esc) }, { weight: 1, arbitrary: junkText }), fc.nat(3)), { maxLength: 25 }),
    fc.nat(4),
  )
  .map(([title, date, blocks, shape]) => {
    const body = blocks
      .map(([tags, text, unclosed]) => {
        const open = tags.map(([t, a]) => `<${t}${a}>`).join('');
        const close = tags.slice(unclosed).reverse().map(([t]) => `</${t}>`).join('');
        return open + text + close;
      })
      .join(shape === 1 ? '' : '\n');
    const head = `<head><meta charset="utf-8"><title>${esc(title)}</title><meta property="article:published_time" content="${date}"></head>`;
    if (shape === 0) return body; // a fragment
    if (shape === 2) return `<!doctype html><html>${head}<body>${body}`; // never closed
    return `<!doctype html><html>${head}<body>${body}</body></html>`;
  });

// --- feeds -----------------------------------------------------------------------------------
const dateText = fc.oneof(
  fc.constantFrom('Tue, 13 Aug 2024 10:00:00 GMT', '2024-08-13T10:00:00Z', '2024-08-13', '0000-01-01', '9999-12-31T23:59:59Z', '31 February 2024', 'not a date', '', '1e400', '-1'),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toUTCString()),
);
const link = fc.oneof(fc.webUrl(), fc.constantFrom('', 'javascript:alert(1)', 'http://127.0.0.1/', '//x', 'not a url', 'http://[::1]/'));
const feedItem = fc.record({ title: junkText, link, guid: fc.oneof(fc.uuid(), junkText), date: dateText, body: fc.oneof(documentTextArb, junkText), cdata: fc.boolean() });

/** RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed; sometimes cut short or with junk spliced in */
export const feedArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('rss', 'atom', 'rdf', 'json'), junkText, fc.array(feedItem, { maxLength: 40 }), fc.nat(9), fc.nat(), fc.string({ maxLength: 20 }))
  .map(([format, title, items, mangle, at, junk]) => {
    const txt = (s: string, cdata: boolean) => (cdata ? `<![CDATA[${s}]]>` : esc(s));
    let out: string;
    if (format === 'json') {
      out = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: items.map((i) => ({ id: i.guid, url: i.link, title: i.title, date_published: i.date, content_text: i.body })) });
    } else if (format === 'atom') {
      out = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title>${items
        .map((i) => `<entry><id>${esc(i.guid)}</id><title>${txt(i.title, i.cdata)}</title><link href="${esc(i.link)}"/><updated>${esc(i.date)}</updated><content type="html">${txt(i.body, i.cdata)}</content></entry>`)
        .join('')}</feed>`;
    } else if (format === 'rdf') {
      out = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${esc(title)}</title></channel>${items
        .map((i) => `<item rdf:about="${esc(i.link)}"><title>${txt(i.title, i.cdata)}</title><link>${esc(i.link)}</link><dc:date>${esc(i.date)}</dc:date><description>${txt(i.body, i.cdata)}</description></item>`)
        .join('')}</rdf:RDF>`;
    } else {
      out = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title>${items
        .map((i) => `<item><title>${txt(i.title, i.cdata)}</title><link>${esc(i.link)}</link><guid>${esc(i.guid)}</guid><pubDate>${esc(i.date)}</pubDate><content:encoded>${txt(i.body, i.cdata)}</content:encoded></item>`)
        .join('')}</channel></rss>`;
    }
    if (mangle === 0) return out.slice(0, at % (out.length + 1)); // cut short
    if (mangle === 1) {
      const k = at % (out.length + 1);
      return out.slice(0, k) + junk + out.slice(k); // junk spliced in anywhere
    }
    return out;
  });

// --- ACLED-shaped CSV ------------------------------------------------------------------------
const ACLED_HEADER = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'fatalities', 'latitude', 'longitude', 'notes'];
const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  sentenceArb,
  fc.constantFrom('1e400', '-1', 'NA', '"', '""', '"a""b"', '"unclosed', '0000-01-01', '31 December 9999', '2024-02-30', 'Battles', 'Armed clash', 'Explosions/Remote violence', ',,,', '\u0000', '\r', '9'.repeat(40), '-91', '181', 'NaN'),
);

/** a header (sometimes with columns missing or shuffled) and rows with the wrong number of cells */
export const acledCsvArb: fc.Arbitrary<string> = fc
  .tuple(fc.shuffledSubarray(ACLED_HEADER, { minLength: 3 }), fc.array(fc.array(cell, { maxLength: 15 }), { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([header, rows, eol, bom]) => (bom ? '\ufeff' : '') + [header.join(','), ...rows.map((r) => r.join(','))].join(eol));

// --- API requests ----------------------------------------------------------------------------
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  payload?: string;
  contentType?: string;
}

const junkValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '0', '-1', '1e400', 'NaN', '9999999999999999999999', '0000-00-00', '9999-12-31', '0000-01-01', '2024-02-30', '2024-08-13', '1,2,3', '-180,-90,180,90', '181,0,0,0', ',,,,',
    "' OR 1=1 --", '%00', '../../etc/passwd', '<script>alert(1)</script>', 'x'.repeat(3000), '[]', '{}', 'null', 'day', 'week', 'month', 'actor_pair', 'event_type', 'admin1', 'Battles', 'csv', 'geojson', 'json'),
);
const PARAMS = ['from', 'to', 'bbox', 'country', 'admin1', 'event_type', 'sub_event_type', 'actor', 'min_confidence', 'q', 'origin', 'cursor', 'limit', 'format', 'by', 'period', 'since', 'unknown', 'limit[]', '__proto__'];
const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), junkValue), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());
const eventId = fc.oneof(fc.constantFrom('seed-0', 'nope', '%00', '..%2F..', 'x'.repeat(120)), fc.string({ maxLength: 20 }).map(encodeURIComponent));

/** GETs with random queries, POSTed documents (generated reports, or bodies of the wrong type), PATCHes */
export const apiRequestArb: fc.Arbitrary<ApiRequest> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('/api/events', '/api/aggregates', '/api/alerts', '/api/openapi.json'), query).map(([p, q]): ApiRequest => ({ method: 'GET', url: q ? `${p}?${q}` : p })) },
  { weight: 1, arbitrary: fc.tuple(eventId, query).map(([id, q]): ApiRequest => ({ method: 'GET', url: `/api/events/${id}${q ? `?${q}` : ''}` })) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.uuid(), documentTextArb, fc.oneof(fc.constant(undefined), junkValue), fc.oneof(fc.constant(undefined), fc.webUrl(), junkValue)).map(
      ([id, text, published, url]): ApiRequest => ({ method: 'POST', url: '/api/documents', payload: JSON.stringify({ id, text, published, url }), contentType: 'application/json' }),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v): ApiRequest => ({ method: 'POST', url: '/api/documents', payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded')).map(
      ([s, contentType]): ApiRequest => ({ method: 'POST', url: '/api/documents', payload: s, contentType }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(eventId, fc.dictionary(fc.constantFrom('notes', 'event_type', 'sub_event_type', 'fatalities', 'event_date', 'latitude', 'longitude', 'actor1', 'admin1', 'x', '__proto__'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })).map(
      ([id, body]): ApiRequest => ({ method: 'PATCH', url: `/api/events/${id}`, payload: JSON.stringify(body), contentType: 'application/json' }),
    ),
  },
);
