// Word tokens for place matching (independent of the extractor's tokenizer so the geocoder can be
// used and tested alone). Possessive "'s" is split off; "U.S." gives the tokens "U" and "S".
import { fold, ARTICLES } from './normalize.ts';
import type { WordKeys } from './name-keys.ts';

/** how a token's folded form is made: most words are plain ASCII, whose fold is toLowerCase */
const enum Fold { asIs, lower, full }

/** a plain word of up to three ASCII letters or digits as one number, lower-cased (| 32 lowers a
 * letter and keeps a digit) */
function asciiCode(s: string, start: number, end: number): number {
  let c = 0;
  for (let k = start; k < end; k++) c = c * 128 + (s.charCodeAt(k) | 32);
  return c;
}
// (all articles are of two or three ASCII letters)
const ARTICLE_CODES = new Set([...ARTICLES].map((a) => asciiCode(a, 0, a.length)));

/**
 * A word token. The text and folded forms are made on first use: the matcher reads only the
 * capitalised words and their neighbours, so most tokens of a report never need a string of their own.
 */
export class GTok {
  private textMemo: string | undefined;
  private lowMemo: string | undefined;
  /** the matcher's word keys of `low` (find.ts keysOf: a word is read as a name's start and again as
   * a later word) */
  keysMemo: WordKeys | undefined = undefined;
  constructor(
    private readonly src: string,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
    readonly upper: boolean,
    /** followed by a possessive 's */
    readonly poss: boolean,
    private readonly fold: Fold,
  ) {}

  get text(): string {
    return (this.textMemo ??= this.src.slice(this.start, this.end));
  }

  /** folded lower-case form */
  get low(): string {
    if (this.lowMemo === undefined) {
      const t = this.text;
      this.lowMemo = this.fold === Fold.asIs ? t : this.fold === Fold.lower ? t.toLowerCase() : fold(t).replace(/ /g, '');
    }
    return this.lowMemo;
  }

  /** `low === word` for a lower-case ASCII word, read from char codes where the token is plain ASCII
   * (capitalSpans asks every token of a report whether it is "capital": most never need a string) */
  is(word: string): boolean {
    if (this.lowMemo !== undefined || this.fold === Fold.full) return this.low === word;
    const n = this.end - this.start;
    if (n !== word.length) return false;
    // (a plain token holds only ASCII letters and digits: | 32 lowers a letter and keeps a digit)
    for (let k = 0; k < n; k++) if ((this.src.charCodeAt(this.start + k) | 32) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** one of the articles dropped inside names ("al", "el", ...); a plain word is read from its char
   * codes (every lower-case word of a report is asked: "in", "at" and "as" would each need a string) */
  get article(): boolean {
    if (this.fold === Fold.full) return ARTICLES.has(this.low);
    const n = this.end - this.start;
    return n >= 2 && n <= 3 && ARTICLE_CODES.has(asciiCode(this.src, this.start, this.end));
  }
}

// A word is /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/u. The geocoder tokenizes every report in full,
// so the scan below reads char codes instead of running that regex and allocating a match per
// word (test/geo/tokens.test.ts checks both give the same tokens).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** per BMP code unit: 0 not yet known, 1 letter/digit, 2 not */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** length (1 or 2 code units) of the letter or digit at i, or 0 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = BMP[c];
    if (k === 0) BMP[c] = k = LETTER_OR_DIGIT.test(text[i]) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  // a surrogate pair: an astral letter or digit counts as one character of two units
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 0; // a lone surrogate
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

export function tokenize(text: string): GTok[] {
  const out: GTok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // (ASCII, most of any report, read straight from the table)
    const c = text.charCodeAt(i);
    let w = c < 128 ? (BMP[c] === 1 ? 1 : 0) : wordCharAt(text, i);
    if (w === 0) { i++; continue; }
    const start = i;
    i += w;
    // (a word of ASCII letters and digits only, most of a report, is made here from the case counts
    // the scan takes; others, and those with an apostrophe, by makeToken)
    let simple = c < 128;
    let upperN = c >= 65 && c <= 90 ? 1 : 0;
    let lowerN = c >= 97 ? 1 : 0;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (BMP[d] !== 1) break;
          if (d >= 97) lowerN++;
          else if (d >= 65) upperN++;
          i++;
        } else {
          if ((w = wordCharAt(text, i)) === 0) break;
          simple = false;
          i += w;
        }
      }
      // an apostrophe inside the word ("Ma'arrat", "Syria's") when a letter or digit follows
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) { i++; simple = false; continue; }
      break;
    }
    out.push(simple ? new GTok(text, start, i, c >= 65 && c <= 90, i - start > 1 && upperN > 0 && lowerN === 0, false, upperN ? Fold.lower : Fold.asIs) : makeToken(text, start, i));
  }
  return out;
}

function makeToken(text: string, start: number, end: number): GTok {
  let poss = false;
  const last = text.charCodeAt(end - 1);
  if (end - start > 3 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
    end -= 2;
    poss = true;
  }
  // plain ASCII letters and digits (most words): fold() is toLowerCase, case flags from char codes
  let plain = true;
  let upperN = 0;
  let lowerN = 0;
  for (let k = start; k < end && plain; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) upperN++;
    else if (c >= 97 && c <= 122) lowerN++;
    else if (c < 48 || c > 57) plain = false;
  }
  if (plain) {
    const c0 = text.charCodeAt(start);
    return new GTok(text, start, end, c0 >= 65 && c0 <= 90, end - start > 1 && upperN > 0 && lowerN === 0, poss, upperN ? Fold.lower : Fold.asIs);
  }
  const t = text.slice(start, end);
  const first = t[0];
  return new GTok(text, start, end, first !== first.toLowerCase(), t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase(), poss, Fold.full);
}

/** the characters between token i-1 and token i */
export function gapBefore(text: string, toks: GTok[], i: number): string {
  if (i <= 0) return text.slice(0, toks[0]?.start ?? 0);
  if (i >= toks.length) return text.slice(toks[toks.length - 1].end);
  return text.slice(toks[i - 1].end + (toks[i - 1].poss ? 2 : 0), toks[i].start);
}
