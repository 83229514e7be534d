import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/ingest/html.ts';
import { htmlShape, stripTags } from '../../src/ingest/html-shape.ts';
import { article } from './helpers.ts';

const SENTENCE = 'Gunmen attacked a village near the river on Monday, killing two people, officials said.';

test('an ordinary page: Readability text, title, outlet, date', () => {
  const a = readHtml(article('Village attacked', `${SENTENCE}\nThe second paragraph adds detail on the aftermath and the response.`, '<meta property="og:site_name" content="Invented Post"><meta name="date" content="2024-03-05">'));
  assert.equal(a.article, true);
  assert.match(a.text, /^Gunmen attacked/m);
  assert.equal(a.outlet, 'Invented Post');
  assert.equal(a.published, '2024-03-05');
});

test('shape: depth and element count in one pass; unclosed p/li do not count as nesting', () => {
  assert.deepEqual(htmlShape('<div><div><p>a<p>b<br></div></div>'), { maxDepth: 2, elements: 5 });
  assert.equal(htmlShape('<ul>' + '<li>x'.repeat(1000) + '</ul>').maxDepth, 1);
});

test('hostile HTML stays fast: 100k-deep nesting, 100k elements, unclosed scripts, 5 MB of paragraphs', () => {
  const cases: [string, string][] = [
    ['deep', '<html><body>' + '<div>'.repeat(100_000) + SENTENCE + '</div>'.repeat(100_000) + '</body></html>'],
    ['medium-deep', '<html><body>' + '<div><span>'.repeat(500) + SENTENCE + '</span></div>'.repeat(500) + '</body></html>'],
    ['many', '<html><body>' + '<!-- c --><p>x</p>'.repeat(100_000) + `<p>${SENTENCE}</p></body></html>`],
    ['scripts', '<html><body>' + '<script>'.repeat(50_000) + '</body></html>'],
    ['big', '<html><body><article>' + `<p>${SENTENCE}</p>`.repeat(50_000) + '</article></body></html>'],
  ];
  for (const [name, html] of cases) {
    const t0 = Date.now();
    const a = readHtml(html);
    const ms = Date.now() - t0;
    // generous bound for a loaded CI machine; before the guards the 500-deep page alone took ~40 s
    assert.ok(ms < 8000, `${name}: ${ms} ms`);
    if (name !== 'scripts') assert.match(a.text, /Gunmen attacked/, name);
  }
});

test('stripTags: scripts, styles and comments gone, entities decoded, blocks on their own lines', () => {
  assert.equal(stripTags('<p>A &amp; B&#39;s &#x263A;</p><script>evil()</script><!-- note --><div>C&nbsp;D</div>').replace(/\s+/g, ' ').trim(), "A & B's ☺ C D");
  assert.equal(stripTags('<p>kept</p><style>unclosed').trim(), 'kept');
});

test('whitespace and entity bombs skip Readability (its trimming regexes are quadratic on long runs)', () => {
  const bomb = '<html><body><p>' + '&nbsp;'.repeat(30_000) + 'Shelling killed 4.</p></body></html>';
  const t0 = Date.now();
  const a = readHtml(bomb);
  assert.ok(Date.now() - t0 < 4000, `${Date.now() - t0} ms`);
  assert.equal(a.text, 'Shelling killed 4.');
});
