// looksEnglish reads words (runs of \p{L}) from char codes instead of a regex: it must count the
// words /\p{L}+/gu finds, astral letters, lone surrogates and the 4,000-character cut included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksEnglish } from '../../src/extract/language.ts';

const regexWords = (t: string) => Math.min(300, [...t.slice(0, 4000).matchAll(/\p{L}+/gu)].length);

test('looksEnglish counts the words the \\p{L}+ regex finds', () => {
  // one English function word, then words in no word list: ratio = 1 / words
  const tails = [
    'Ünïcödé wörds, ÉTÉ — Bürgermeister x9y',
    '𝒜𝒷𝒸 unit \ud835 lone \udc00 halves 𝓍',
    'İstanbul ılık KELVIN \u212A sign',
    'ǅemal q\u0301b\u0300c ﬁre ﬂag ªº',
    // (the cut at 4,000 falls inside the surrogate pair of the last letter)
    'x'.repeat(3994) + ' 𝒜𝒷 zz',
    'qq '.repeat(400),
  ];
  for (const tail of tails) {
    const text = `the ${tail}`;
    assert.equal(Math.round(1 / looksEnglish(text).ratio), regexWords(text), tail.slice(0, 30));
  }
});

test('looksEnglish: other scripts count against English', () => {
  assert.equal(looksEnglish('Полиция сообщила, что в городе были убиты трое.').english, false);
  assert.equal(looksEnglish('Police said three men were killed in the town on Monday.').english, true);
});
