import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, gapBefore } from '../../src/geo/tokens.ts';
import { fold, ARTICLES } from '../../src/geo/normalize.ts';

// the definition the char-code scanner must agree with
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
function reference(text: string) {
  return [...text.matchAll(WORD)].map((m) => {
    let t = m[0];
    let poss = false;
    if (/['’ʼ][sS]$/.test(t) && t.length > 3) [t, poss] = [t.slice(0, -2), true];
    const first = t[0];
    return {
      start: m.index!, end: m.index! + t.length, text: t, low: fold(t).replace(/ /g, ''),
      cap: first !== first.toLowerCase(), upper: t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase(), poss,
    };
  });
}

test('tokens of a report: possessives split, initials apart, case flags', () => {
  const toks = tokenize("Syria's Deir ez-Zor, U.S. forces and NATO's Ma’arrat al-Nu’man post.");
  assert.deepEqual(toks.map((t) => t.text), ['Syria', 'Deir', 'ez', 'Zor', 'U', 'S', 'forces', 'and', 'NATO', 'Ma’arrat', 'al', 'Nu’man', 'post']);
  assert.equal(toks[0].poss, true);
  assert.equal(toks[8].upper, true);
  assert.equal(toks[9].low, 'maarrat');
  assert.equal(gapBefore("Syria's Deir", toks, 1), ' ');
});

// the fields of a token (text and folded form are made on demand)
const fields = (text: string) => tokenize(text).map((t) => ({ start: t.start, end: t.end, text: t.text, low: t.low, cap: t.cap, upper: t.upper, poss: t.poss }));

test('the scanner gives the regex tokenizer\'s tokens on any text', () => {
  const pieces = ['Al', 'deir', "'s", '’S', 'ʼ', "'", ' ', '-', '.', 'É', 'é', 'e\u0301', 'İ', 'ß', '٣', '²', 'Ω', 'дом', '😀', '𝐀', '\ud800', '\udc00', 'A1', 'US', 'x', '\n'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
    const text = parts.join('');
    assert.deepEqual(fields(text), reference(text));
  }), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
    assert.deepEqual(fields(text), reference(text));
  }), { numRuns: 2000 });
});

test('a token is an article exactly when its folded form is one of the articles', () => {
  for (const a of ARTICLES) assert.match(a, /^[a-z]{2,3}$/);
  const toks = tokenize("Al-Hol, ash Shaddadi, the Atlas and ʿʿal ASH");
  assert.deepEqual(toks.map((t) => t.article), toks.map((t) => ARTICLES.has(t.low)));
  assert.deepEqual(toks.filter((t) => t.article).map((t) => t.text), ['Al', 'ash', 'ʿʿal', 'ASH']);
});

test('is(word) agrees with low === word, before and after low is read', () => {
  const text = "The Capital's capital CAPITAL capitals Capítal capi\u0301tal the THE thé 7th capital7 caPital";
  for (const word of ['capital', 'the', '7th', 'capital7']) {
    for (const t of tokenize(text)) assert.equal(t.is(word), t.low === word, `${t.text} ${word}`);
    for (const t of tokenize(text)) { const low = t.low; assert.equal(t.is(word), low === word, `${t.text} ${word}`); }
  }
});
