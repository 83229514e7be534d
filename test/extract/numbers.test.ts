import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber, readQuantity, wordTokens, MAX_COUNT } from '../../src/extract/numbers.ts';
import fc from 'fast-check';
import { fragments } from './fuzz-inputs.ts';

const cases: [string, number | null, boolean?][] = [
  ['eight', 8, false],
  ['Eight', 8, false],
  ['twenty-one', 21, false],
  ['twenty one', 21, false],
  ['ninety-nine', 99, false],
  ['a dozen', 12, false],
  ['two dozen', 24, false],
  ['dozens', 12, true],
  ['hundreds', 100, true],
  ['several hundred', 100, true],
  ['several', 10, true],
  ['hundreds of thousands', 100000, true],
  ['at least 11', 11, true],
  ['more than 20', 20, true],
  ['over 30', 30, true],
  ['some 40', 40, true],
  ['up to 15', 15, true],
  ['a total of 15', 15, false],
  ['2,500', 2500, false],
  ['10,000', 10000, false],
  ['1,234,567', 1234567, false],
  ['1.5 million', 1500000, false],
  ['two hundred and fifty', 250, false],
  ['a hundred', 100, false],
  ['three thousand', 3000, false],
  ['3-5', 3, true],
  ['between 2 and 4', 2, true],
  ['between five to 23', 5, true],
  ['20 or more', 20, true],
  ['at least eleven', 11, true],
  ['zero', 0, false],
  ['', null],
  ['people', null],
  ['1e12', null],
  ['10^30', null],
  ['1.5', null],
  ['2,50', null],
  ['first', null],
  ['1st', null],
  ['99999999999999999999', null],
  ['twenty-one people', null],
];

for (const [text, value, approx] of cases) {
  test(`parseNumber(${JSON.stringify(text)})`, () => {
    const got = parseNumber(text);
    if (value === null) assert.equal(got, null);
    else assert.deepEqual(got, { value, approximate: approx });
  });
}

test('counts above MAX_COUNT are rejected, not capped', () => {
  assert.equal(parseNumber(String(MAX_COUNT + 1)), null);
  assert.deepEqual(parseNumber(String(MAX_COUNT)), { value: MAX_COUNT, approximate: false });
  assert.equal(parseNumber('ten million million'), null);
});

test('readQuantity reports the token span after the hedge', () => {
  const w = wordTokens('killed at least 11 people').map((t) => t.norm);
  const q = readQuantity(w, 1);
  assert.ok(q);
  assert.equal(q.value, 11);
  assert.equal(q.start, 3);
  assert.equal(q.next, 4);
  assert.equal(readQuantity(w, 0), null);
});

test('wordTokens keeps numbers with commas and hyphenated words whole, with offsets', () => {
  const text = 'Some 2,500 pro-Houthi fighters, twenty-one.';
  const toks = wordTokens(text, 100);
  assert.deepEqual(toks.map((t) => t.text), ['Some', '2,500', 'pro-Houthi', 'fighters', ',', 'twenty-one', '.']);
  for (const t of toks) assert.equal(text.slice(t.start - 100, t.end - 100), t.text);
});

test('tokenizing pathological input is linear', () => {
  const t0 = Date.now();
  wordTokens(','.repeat(200_000) + 'a-'.repeat(200_000) + '1,'.repeat(200_000));
  assert.ok(Date.now() - t0 < 15_000);
});

test('parseNumber returns null or a finite non-negative integer for any string', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((a) => a.join(' '))), (s) => {
      const q = parseNumber(s);
      if (q !== null) assert.ok(Number.isSafeInteger(q.value) && q.value >= 0);
    }),
    { numRuns: 500 },
  );
});

// wordTokens reads char codes; it must give exactly the matches of the regex it replaced
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|[.,]\d+)*|[^\s\p{L}\p{N}]/gu;
function regexTokens(text: string, base: number) {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], norm: m[0].toLowerCase(), start: base + m.index!, end: base + m.index! + m[0].length }));
}

test('wordTokens gives the matches of its token regex (joined parts, astral letters, lone surrogates)', () => {
  for (const t of ["Pro-Houthi fighters killed 2,500.5 people (twenty-one) o'clock", "3-5 km' 1.x ,5 -a a- 12,", 'Ünïcödé ٣٤ ²Ⅻ 𝒜𝒷-𝒸 \ud835x \udc00 中文 a\u0301b\u00a0c\u3000d']) {
    assert.deepEqual(wordTokens(t, 11), regexTokens(t, 11), t);
  }
  const alphabet = ['a', 'Z', '9', '٣', '-', "'", '’', '.', ',', ' ', '\n', '\u00a0', '𝒜', '\ud835', '\udc00', 'é', '中', '!', '\u0301', '²'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
      const t = parts.join('');
      assert.deepEqual(wordTokens(t, 3), regexTokens(t, 3));
    }),
    { numRuns: 2000 },
  );
});
