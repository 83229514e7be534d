// Stage 1: sentences and tokens with character offsets, in one linear pass.
// Robust to abbreviations (U.S., Maj. Gen., Jan.), initials, quotes, datelines, list lines and
// HTML leftovers (tags and entities are skipped as if they were spaces; block tags end a sentence).
import type { Sentence, Token } from '../core/types.ts';

// Tokens: a word (letters, marks and digits, optionally one inner apostrophe and letters:
// /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/u) or any single non-space character, read from char codes
// with a per-code-unit class table: a regex match object per token was a measurable share of
// extraction (test/extract/segment.test.ts checks the scanner against that regex).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
/** per BMP code unit, bits: 1 word char, 2 letter, 4 white space, 8 computed */
const CLASS = new Uint8Array(65536);
function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 8 | (WORD_CHAR.test(ch) ? 1 : 0) | (LETTER.test(ch) ? 2 : 0) | (SPACE.test(ch) ? 4 : 0);
    CLASS[c] = k;
  }
  return k;
}
function isPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
/** code units of the character at i when it has class `bit` (1 word char, 2 letter), else 0 */
function charOf(text: string, i: number, bit: 1 | 2): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return classOf(c) & bit ? 1 : 0;
  if (!isPair(text, i)) return 0;
  return (bit === 1 ? WORD_CHAR : LETTER).test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
}
/** ASCII word characters (letters and digits) for the scanner's fast path; bit 2: a capital */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (classOf(c) & 1 ? 1 : 0) | (c >= 65 && c <= 90 ? 2 : 0);
/** set by tokenEnd: the token it scanned is ASCII without capitals, i.e. its own lower case */
let plainToken = false;
/** end of the token starting at i (text[i] is not white space); sets plainToken */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const c0 = text.charCodeAt(i);
  // plain: ASCII without capitals so far
  let plain = c0 < 128 && (c0 < 65 || c0 > 90);
  let w = c0 < 128 ? ASCII_WORD[c0] & 1 : charOf(text, i, 1);
  if (w === 0) {
    plainToken = plain;
    return i + (isPair(text, i) ? 2 : 1);
  }
  let j = i + w;
  // (ASCII letters and digits are read from a small table; anything else takes the general path)
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      const k = ASCII_WORD[c];
      if (k === 0) break;
      if (k & 2) plain = false;
      j++;
      continue;
    }
    plain = false;
    if ((w = charOf(text, j, 1)) === 0) break;
    j += w;
  }
  plainToken = plain;
  const c = text.charCodeAt(j);
  if ((c === 39 || c === 0x2019) && j + 1 < n && (w = charOf(text, j + 1, 2)) > 0) {
    j += 1 + w;
    while (j < n && (w = charOf(text, j, 2)) > 0) j += w;
    // (the apostrophe part is rare: the general lower-casing handles it)
    plainToken = false;
  }
  return j;
}
// \p{…} regexes are module constants: tsx compiles such a literal to a new RegExp at every evaluation
const A_LETTER = /\p{L}/u;
const LOWER_OR_COMMA = /[\p{Ll},;:]/u;
const A_LOWER = /\p{Ll}/u;
const OPENS_SENTENCE = /[\p{N}"“'‘(\[«]/u;
/** white space as \s reads it (never a surrogate) */
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : (c < 0xd800 || c > 0xdfff) && (classOf(c) & 4) !== 0);
// HTML leftovers: a tag or an entity. Bounded repetition keeps it linear.
const HTML_RE = /<\/?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>]{0,300})?\/?>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'table', 'section', 'article', 'blockquote']);

/** words that take a period and do not end a sentence (lower-case, without the period) */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl',
  'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'pres', 'amb', 'hon', 'insp', 'supt', 'cmdt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'dept', 'univ', 'inc', 'ltd', 'co', 'corp', 'al', 'e.g', 'i.e', 'km', 'ca',
]);
/** abbreviations that often end a sentence ("... in the U.S. The ...") */
const ENDING_ABBREV = new Set(['u.s.', 'u.k.', 'u.n.', 'etc.', 'e.u.']);
/** (all are four characters ending in a period: the set is asked only about such tokens) */
const endingAbbrev = (norm: string) => norm.length === 4 && norm.charCodeAt(3) === 46 && ENDING_ABBREV.has(norm);
const SENTENCE_STARTERS = new Set(['the', 'a', 'an', 'in', 'on', 'it', 'he', 'she', 'they', 'this', 'but', 'however', 'meanwhile', 'according']);

/** the tokens of a text and, in parallel arrays, what the gap before each holds (the tokens are
 * the sentences' own objects: one object per token, made once) */
interface Raw {
  toks: Token[];
  /** a block-level HTML tag or a paragraph break precedes the token */
  breakBefore: boolean[];
  /** number of newlines in the gap before the token */
  newlines: number[];
}

// Tokens are made with `new`, not as object literals: V8 may decide to allocate a literal's objects
// straight in the old generation when most of them outlived a young collection (allocation-site
// pretenuring), and in some runs it so decided for the token literals while the lexicons' phrases
// were tokenized at start-up. Every report's tokens then went to the old generation and held their
// young strings alive through each young collection (~0.8 MB promoted per scavenge). Instances of
// a class are never pretenured so; the fields and their order are those of the literal.
class Tok implements Token {
  constructor(public start: number, public end: number, public text: string, public norm: string) {}
}

function token(start: number, end: number, text: string): Token {
  return new Tok(start, end, text, lowerCase(text));
}

/** text.toLowerCase(), without a new string for the usual all-ASCII, already lower-case token
 * (that call was a third of the time the segmenter spent making tokens) */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** masks HTML leftovers; returns the ranges to skip and where block tags break sentences */
function htmlMask(text: string): { skip: [number, number][]; breaks: Set<number> } {
  const skip: [number, number][] = [];
  const breaks = new Set<number>();
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return { skip, breaks };
  HTML_RE.lastIndex = 0;
  for (let m = HTML_RE.exec(text); m; m = HTML_RE.exec(text)) {
    skip.push([m.index, m.index + m[0].length]);
    if (m[1] && BLOCK_TAGS.has(m[1].toLowerCase())) breaks.add(m.index + m[0].length);
  }
  return { skip, breaks };
}

function rawTokens(text: string): Raw {
  const { skip, breaks } = htmlMask(text);
  const out: Raw = { toks: [], breakBefore: [], newlines: [] };
  let si = 0;
  let pendingBreak = false;
  let lastEnd = 0;
  const n = text.length;
  for (let start = 0; start < n; ) {
    if (isSpace(text.charCodeAt(start))) {
      start++;
      continue;
    }
    while (si < skip.length && skip[si][1] <= start) {
      if (breaks.has(skip[si][1])) pendingBreak = true;
      si++;
    }
    if (si < skip.length && skip[si][0] <= start && start < skip[si][1]) {
      // inside a tag or entity: jump past it
      start = skip[si][1];
      if (breaks.has(skip[si][1])) pendingBreak = true;
      si++;
      continue;
    }
    const end = tokenEnd(text, start);
    let newlines = 0;
    for (let i = lastEnd; i < start; i++) if (text.charCodeAt(i) === 10) newlines++;
    const t = text.slice(start, end);
    // (a token without capitals or non-ASCII characters is its own lower case: no string made for it)
    out.toks.push(plainToken ? new Tok(start, end, t, t) : token(start, end, t));
    out.breakBefore.push(pendingBreak);
    out.newlines.push(newlines);
    pendingBreak = false;
    lastEnd = end;
    start = end;
  }
  return out;
}

/** merges "U . S ." into "U.S.", "Gen ." into "Gen.", "F ." (an initial) into "F."; in place (a merged
 * token replaces its parts, so the write index never passes the read index) */
function mergeAbbreviations(text: string, rawList: Raw): Raw {
  const raw = rawList.toks;
  const { breakBefore, newlines } = rawList;
  let w = 0;
  const keep = (t: Token, i: number) => {
    raw[w] = t;
    breakBefore[w] = breakBefore[i];
    newlines[w] = newlines[i];
    w++;
  };
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const t = raw[i];
    const s = t.text;
    const next = raw[i + 1];
    const adjacentDot = next && next.start === t.end && next.end - next.start === 1 && text.charCodeAt(next.start) === 46;
    if (adjacentDot && s.length === 1 && A_LETTER.test(s)) {
      // chain of single letters with dots: U.S., U.N., e.g.
      let j = i + 1;
      let end = next.end;
      while (
        raw[j + 2] && raw[j + 1].start === raw[j].end && raw[j + 1].end - raw[j + 1].start === 1 && A_LETTER.test(text[raw[j + 1].start]) &&
        raw[j + 2].start === raw[j + 1].end && text[raw[j + 2].start] === '.'
      ) {
        end = raw[j + 2].end;
        j += 2;
      }
      if (j > i + 1 || isUpper(s)) {
        keep(token(t.start, end, text.slice(t.start, end)), i);
        i = j;
        continue;
      }
    }
    if (adjacentDot && ABBREV.has(t.norm)) {
      keep(token(t.start, next.end, text.slice(t.start, next.end)), i);
      i++;
      continue;
    }
    keep(t, i);
  }
  raw.length = breakBefore.length = newlines.length = w;
  return rawList;
}

function isTerminal(s: string): boolean {
  return s === '.' || s === '!' || s === '?' || s === '…';
}
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** a real sentence has well under 150 tokens; text with no full stops (junk, tables, run-on feeds)
 * is cut into pieces so every per-sentence stage stays bounded: a soft cut at a comma or
 * semicolon past SOFT tokens, a hard cut at HARD */
const SOFT_SENTENCE_TOKENS = 150;
const HARD_SENTENCE_TOKENS = 250;

// extract() and, when finishing its events, carry.ts segment the same report: the last two results
// are kept and handed out again (sentences and tokens are read-only once made). Two, because the
// headline is segmented in between: with one, carry.ts split every titled report a second time.
let last: { text: string; sentences: Sentence[] } | null = null;
let prev: { text: string; sentences: Sentence[] } | null = null;

/** the index of the first token of s that starts at or after character offset pos, or -1: a binary
 * search (tokens are in text order), for stages that look a mention's token up per draft */
export function tokenAtOrAfter(s: Sentence, pos: number): number {
  const toks = s.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/** a phrase's tokens, as segment() would give them across its sentences, without the sentence
 * objects (the lexicons' phrases are read so) */
export function phraseTokens(text: string): Token[] {
  return mergeAbbreviations(text, rawTokens(text)).toks;
}

/** how many texts segment() has split: per-report caches of token data start afresh when it moves */
let segmented = 0;
export const segmentCount = (): number => segmented;

/** Splits a text into sentences with tokens. Linear time in the text length. */
export function segment(text: string): Sentence[] {
  if (last !== null && last.text === text) return last.sentences;
  if (prev !== null && prev.text === text) return prev.sentences;
  const sentences = segmentText(text);
  prev = last;
  last = { text, sentences };
  segmented++;
  return sentences;
}

function segmentText(text: string): Sentence[] {
  const { toks, breakBefore, newlines } = mergeAbbreviations(text, rawTokens(text));
  const sentences: Sentence[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const start = cur[0].start;
    const end = cur[cur.length - 1].end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: cur });
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const s = t.text;
    if (cur.length > 0) {
      if (breakBefore[i] || newlines[i] >= 2) flush();
      else if (newlines[i] === 1) {
        // a single line break ends a sentence unless the line was hard-wrapped mid-sentence
        // (a long line that stops mid-phrase was wrapped; short lines are headings or list items)
        const prev = cur[cur.length - 1];
        const lastCh = prev.text[prev.text.length - 1];
        const lineStart = text.lastIndexOf('\n', prev.end - 1) + 1;
        const continues = LOWER_OR_COMMA.test(lastCh) && (A_LOWER.test(s[0]) || prev.end - lineStart >= 55);
        if (!continues) flush();
      }
    }
    cur.push(t);
    if (isTerminal(s) || endingAbbrev(t.norm)) {
      // take closing quotes and brackets along
      let j = i + 1;
      if (isTerminal(s)) {
        // only characters glued to the terminal ("...", '."', '.)') belong to it
        while (j < toks.length && toks[j].start === toks[j - 1].end && (isTerminal(toks[j].text) || CLOSERS.has(text[toks[j].start]))) {
          // (a terminal or a quote or bracket: its lower case is itself)
          cur.push(toks[j]);
          j++;
        }
      }
      const next = toks[j];
      i = j - 1;
      if (!next) continue;
      const ns = next.text;
      const startsNew = isUpper(ns[0]) || OPENS_SENTENCE.test(ns[0]);
      const ok = isTerminal(s) ? startsNew : startsNew && SENTENCE_STARTERS.has(ns.toLowerCase());
      if (ok && next.start > toks[j - 1].end) flush();
    } else if (cur.length >= HARD_SENTENCE_TOKENS || (cur.length >= SOFT_SENTENCE_TOKENS && (s === ',' || s === ';'))) {
      flush();
    }
  }
  flush();
  return sentences;
}

/** a coder's tag set off as a sentence of its own: "[size=about 250]", "[coded to Athens]" */
const CODER_TAG = /^\s*(?:\[[^\]]*\]\s*)+\.?\s*$/;
/** a wire brief runs to four sentences; a coded note, with its follow-ups (arrests, tolls, sources), to six */
const BRIEF_MAX = 4;
const NOTE_MAX = 6;
/** a coded note opens on the day of its event: "On 3 May 2020,", "Around 9 May 2020 (as reported),",
 * "Property destruction: On 6 May 2020," */
const NOTE_LEAD = /^(?:[A-Z][a-z]+(?: [a-z/]+){0,3}: )?(?:On|Around|As reported on|Reported on|Between|From|During|Overnight on|In the night of)\b[^,.]{0,40}\b\d{4}\b/;
/**
 * a brief: a coded note or a short wire item, which reports one incident with its consequences
 * (coreference, folding and place lists read it so); its coder's tags do not count as sentences
 */
export function isBrief(sentences: readonly Sentence[]): boolean {
  let n = 0;
  let tagged = false;
  for (const s of sentences) {
    if (CODER_TAG.test(s.text)) tagged = true;
    else if (++n > NOTE_MAX) return false;
  }
  return n <= BRIEF_MAX || tagged || (sentences.length > 0 && NOTE_LEAD.test(sentences[0].text));
}
