// looksEnglish reads words (runs of \p{L}) from char codes instead of a regex: it must count the
// words /\p{L}+/gu finds, astral letters, lone surrogates and the 4,000-character cut included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, OTHER, looksEnglish } from '../../src/extract/language.ts';

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

test('looksEnglish counts English and other function words as a lower-cased lookup in each list does', () => {
  // the reference: the \p{L}+ words, lower-cased, English list first
  const reference = (t: string) => {
    let en = 0, other = 0, words = 0;
    for (const m of t.slice(0, 4000).matchAll(/\p{L}+/gu)) {
      if (words++ >= 300) break;
      const w = m[0].toLowerCase();
      if (EN.has(w)) en++;
      else if (OTHER.has(w)) other++;
    }
    return { en, other };
  };
  const listed = [...EN, ...OTHER];
  // words of both lists in every case, with accents and words of neither list between them
  const forms = (w: string) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), `${w}x`, `É${w}`];
  for (let k = 0; k < 40; k++) {
    const words = listed.slice(k * 7, k * 7 + 30).flatMap((w, i) => [forms(w)[(i + k) % 5], i % 3 ? 'Zorba' : 'étÉ']);
    const text = words.join(k % 2 ? ' ' : ', ');
    const { en, other } = reference(text);
    const n = Math.min(300, [...text.slice(0, 4000).matchAll(/\p{L}+/gu)].length);
    // ratio = en / words; english then follows from en and other by the rules, so they are compared through it
    assert.equal(Math.round(looksEnglish(text).ratio * n), en, text.slice(0, 60));
    // the other list's count decides against three English words: the text's own other-list words
    // after "the of and" (some slices hold more than three, some fewer)
    const three = `the of and ${words.filter((w) => !EN.has(w.toLowerCase())).join(' ')}`;
    const r = reference(three);
    assert.equal(r.en, 3);
    if ([...three.matchAll(/\p{L}+/gu)].length >= 40) assert.equal(looksEnglish(three).english, r.other <= 3, three.slice(0, 60));
  }
});
