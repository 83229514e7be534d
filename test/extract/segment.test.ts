import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';

test('segment: abbreviations, initials and dates do not end a sentence', () => {
  const text = 'Maj. Gen. John F. Smith of the U.S. Army said on Jan. 5 that troops left. Then they went home.';
  const s = segment(text);
  assert.equal(s.length, 2);
  assert.ok(s[0].text.endsWith('troops left.'));
  assert.ok(s[0].tokens.some((t) => t.text === 'U.S.'));
  assert.ok(s[0].tokens.some((t) => t.text === 'Gen.'));
});

test('segment: offsets point into the text', () => {
  const text = 'KYIV (Reuters) - Russian drones hit Kyiv overnight. Two people were hurt.';
  for (const s of segment(text)) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('segment: closing quotes stay with their sentence; list lines and paragraphs split', () => {
  const s = segment('He said "troops left." Then they went.\n- item one\n- item two\n\nNew paragraph here');
  assert.deepEqual(s.map((x) => x.text), ['He said "troops left."', 'Then they went.', '- item one', '- item two', 'New paragraph here']);
});

test('segment: a hard-wrapped line does not break a sentence', () => {
  const s = segment('Unidentified gunmen on motorbikes attacked the village of\nKoro on Monday, killing three.\nGunmen kill three in central Mali\nBAMAKO (Reuters) - More text.');
  assert.equal(s.length, 3);
  assert.ok(s[0].text.includes('Koro on Monday'));
  assert.equal(s[1].text, 'Gunmen kill three in central Mali');
});

test('segment: HTML leftovers are skipped and block tags end a sentence', () => {
  const s = segment('<p>Clashes erupted in Goma &amp; nearby</p><p>Police arrived</p>');
  assert.deepEqual(s.map((x) => x.tokens.map((t) => t.text).join(' ')), ['Clashes erupted in Goma nearby', 'Police arrived']);
});

test('segment: linear on pathological input', () => {
  const t0 = Date.now();
  segment(','.repeat(10_000) + 'a'.repeat(1_000_000) + '. '.repeat(50_000));
  assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
});

test('segment: text with no full stops is cut into bounded sentences, offsets kept', () => {
  const words = ['rebels', 'shelled', 'the', 'town', 'and', 'troops', 'answered', ','];
  let text = '';
  for (let i = 0; text.length < 60_000; i++) text += words[i % words.length] + ' ';
  const ss = segment(text);
  assert.ok(ss.length > 10, `expected many pieces, got ${ss.length}`);
  for (const s of ss) {
    assert.ok(s.tokens.length <= 250, `sentence of ${s.tokens.length} tokens`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  // a normal long sentence is not cut
  const long = 'The ' + Array.from({ length: 60 }, (_, i) => `village${i}`).join(', ') + ' were shelled on Monday.';
  assert.equal(segment(long).length, 1);
});

test('the token scanner splits text as the token regex does (words with one inner apostrophe, any other non-space character)', async () => {
  const fc = (await import('fast-check')).default;
  const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?|\S/gu;
  // no '.', '<' or '&': those join abbreviations or mask HTML, which the regex alone does not model
  const pieces = ['Al', 'qaeda', "'", '’', "'s", 'e\u0301', 'É', '٣', '²', 'дом', '😀', '𝐀', '\ud800', '\udc00', ' ', '\u00a0', '\u2009', '\n', '\n\n', '-', ',', '"', 'x1', 'US', '!', '?'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
    const text = parts.join('');
    const got = segment(text).flatMap((s) => s.tokens.map((t) => [t.start, t.end]));
    const want = [...text.matchAll(TOKEN_RE)].map((m) => [m.index!, m.index! + m[0].length]);
    assert.deepEqual(got, want, JSON.stringify(text));
  }), { numRuns: 3000 });
});

test('tokenAtOrAfter finds the first token at or after an offset, as a linear scan does', async () => {
  const { tokenAtOrAfter } = await import('../../src/extract/segment.ts');
  const text = 'Patrols from the river post crossed near Lamu, U.S. officials said.';
  const [s] = segment(text);
  for (let pos = -1; pos <= text.length + 1; pos++) {
    assert.equal(tokenAtOrAfter(s, pos), s.tokens.findIndex((t) => t.start >= pos), `at ${pos}`);
  }
});
