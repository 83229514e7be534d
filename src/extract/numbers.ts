// Counts written in news prose: digits ("2,500"), number words ("twenty-one", "two hundred and
// fifty"), vague quantities ("dozens", "hundreds") and hedges ("at least 11", "more than 20").
// Everything here walks a bounded number of tokens: linear time, no backtracking regexes.

export interface Quantity {
  value: number;
  /** true for lower bounds and estimates: "at least", "more than", "dozens", "3-5" */
  approximate: boolean;
}

export interface QuantityAt extends Quantity {
  /** index of the first token of the quantity (after any hedge) */
  start: number;
  /** index one past the last token used */
  next: number;
}

/** Counts above this are not plausible casualty or crowd figures; they are rejected, never capped. */
export const MAX_COUNT = 10_000_000;

/** A word token: `norm` is lower case; offsets are into whatever text was tokenized. */
export interface WordToken {
  text: string;
  norm: string;
  start: number;
  end: number;
}

// Tokens are the matches of /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|[.,]\d+)*|[^\s\p{L}\p{N}]/gu:
// letters/digits joined by - or ' ("twenty-one", "pro-Houthi", "3-5"), and . or , only before
// digits ("2,500", "1.5"), or any other single character but white space. They are read from
// char codes (a regex match object per token was a measurable allocation); test/extract/numbers.test.ts
// checks the reader against the regex.
const LN = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** per BMP code unit: bit 1 letter or number, bit 2 white space, bit 4 known */
const CLASS = new Uint8Array(65536);

/** code units of the character at i when it is a letter or number (\p{L}\p{N}), else 0 */
function lnAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LN.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  }
  return classOf(c) & 1 ? 1 : 0;
}

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 4 | (c < 0xd800 || c > 0xdfff ? (LN.test(ch) ? 1 : 0) | (SPACE.test(ch) ? 2 : 0) : 0);
    CLASS[c] = k;
  }
  return k;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** Splits text into word and punctuation tokens with offsets shifted by `base`. */
export function wordTokens(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let k = lnAt(text, i);
    let end: number;
    if (k > 0) {
      end = i + k;
      while (end < n && (k = lnAt(text, end)) > 0) end += k;
      // joined parts: a separator and at least one more character of its kind
      for (;;) {
        const c = text.charCodeAt(end);
        if ((c === 45 || c === 39 || c === 0x2019) && end + 1 < n && (k = lnAt(text, end + 1)) > 0) {
          end += 1 + k;
          while (end < n && (k = lnAt(text, end)) > 0) end += k;
        } else if ((c === 46 || c === 44) && isAsciiDigit(text.charCodeAt(end + 1))) {
          end += 2;
          while (isAsciiDigit(text.charCodeAt(end))) end++;
        } else break;
      }
    } else {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      // white space is no token (astral characters are never white space)
      if (!pair && classOf(c) & 2) {
        i++;
        continue;
      }
      end = i + (pair ? 2 : 1);
    }
    const t = text.slice(i, end);
    out.push({ text: t, norm: t.toLowerCase(), start: base + i, end: base + end });
    i = end;
  }
  return out;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

// Vague quantities. Values follow ACLED's coding convention for vague fatality reports
// ("dozens" → 12, "hundreds" → 100, "several"/"many" → 10); "a few" → 3 is sitrep's own choice.
const VAGUE: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, several: 10, many: 10, numerous: 10,
};

// Hedges before a count. Values: true = the count is approximate, false = exact ("a total of").
const HEDGES: [string[], boolean][] = [
  [['at', 'least'], true], [['more', 'than'], true], [['over'], true], [['upwards', 'of'], true],
  [['about'], true], [['around'], true], [['approximately'], true], [['approx'], true],
  [['nearly'], true], [['almost'], true], [['roughly'], true], [['some'], true],
  [['up', 'to'], true], [['an', 'estimated'], true], [['estimated'], true], [['as', 'many', 'as'], true],
  [['close', 'to'], true], [['in', 'excess', 'of'], true], [['fewer', 'than'], true],
  [['less', 'than'], true], [['at', 'most'], true], [['a', 'total', 'of'], false], [['a', 'further'], false],
  [['another'], false], [['an', 'additional'], false], [['total', 'of'], false],
];

const isDigit = (c: number) => c >= 48 && c <= 57;

/** the hedges by their first word, in HEDGES order: a token is compared only with those it can start */
const HEDGES_BY_FIRST = new Map<string, [string[], boolean][]>();
for (const h of HEDGES) {
  const list = HEDGES_BY_FIRST.get(h[0][0]);
  if (list) list.push(h);
  else HEDGES_BY_FIRST.set(h[0][0], [h]);
}
const NO_HEDGES: [string[], boolean][] = [];

/** every word a count can start with */
const FIRST = new Set<string>([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE),
  ...HEDGES.map(([words]) => words[0]), 'a', 'an', 'between', 'dozen', 'none',
]);

const DIGITS_RE = /^\d{1,3}(?:,\d{3})+$|^\d{1,9}$/;
const DECIMAL_RE = /^\d{1,6}\.\d{1,3}$/;
const RANGE_RE = /^(\d{1,7})-(\d{1,7})$/;

function ok(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** value of one number word: "eight", "twenty", "twenty-one"; null for anything else */
function wordValue(t: string): number | null {
  const u = UNITS[t] ?? TENS[t];
  if (u !== undefined) return u;
  const dash = t.indexOf('-');
  if (dash < 0) return null;
  const tens = TENS[t.slice(0, dash)];
  const unit = UNITS[t.slice(dash + 1)];
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

/** Number words from index i ("two hundred and fifty", "twenty one"): value and next index. */
function readWords(w: string[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let any = false;
  let j = i;
  // at most 12 tokens: enough for any count a report writes out in words
  for (let steps = 0; j < w.length && steps < 12; steps++) {
    const t = w[j];
    const add = wordValue(t);
    if (add !== null) {
      current += add;
      any = true;
      j++;
      continue;
    }
    if (t in SCALES && any) {
      const s = SCALES[t];
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      j++;
      continue;
    }
    // "two hundred and fifty": "and" only continues a number that has a scale word before it
    if (t === 'and' && any && (current >= 100 || total > 0) && j + 1 < w.length && (w[j + 1] in UNITS || w[j + 1] in TENS)) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, next: j };
}

/** Core count without hedges, starting exactly at token i. */
function readCore(w: string[], i: number): { value: number; approximate: boolean; next: number } | null {
  const t = w[i];
  if (t === undefined) return null;
  if (DIGITS_RE.test(t)) {
    const value = Number(t.replace(/,/g, ''));
    const scale = SCALES[w[i + 1]];
    if (scale && scale >= 1000) return { value: value * scale, approximate: false, next: i + 2 };
    return { value, approximate: false, next: i + 1 };
  }
  if (DECIMAL_RE.test(t)) {
    // "1.5 million" is a count; a bare "1.5" is not
    const scale = SCALES[w[i + 1]];
    if (scale && scale >= 1000) return { value: Math.round(Number(t) * scale), approximate: false, next: i + 2 };
    return null;
  }
  const range = RANGE_RE.exec(t);
  if (range) return { value: Number(range[1]), approximate: true, next: i + 1 };
  if (t === 'a' || t === 'an') {
    const n = w[i + 1];
    if (n === 'dozen') return { value: 12, approximate: false, next: i + 2 };
    if (n === 'few') return { value: 3, approximate: true, next: i + 2 };
    if (n === 'hundred' || n === 'thousand') return { value: SCALES[n], approximate: false, next: i + 2 };
    if (n === 'couple' && w[i + 2] === 'of') return { value: 2, approximate: true, next: i + 3 };
    if (n === 'handful' && w[i + 2] === 'of') return { value: 3, approximate: true, next: i + 3 };
    if (n === 'number' && w[i + 2] === 'of') return { value: 10, approximate: true, next: i + 3 };
    return null;
  }
  if (t in VAGUE) {
    // "several hundred" → 100, like "hundreds"; "hundreds of thousands" → 100,000
    let value = VAGUE[t];
    let next = i + 1;
    const scale = SCALES[w[next]];
    if (scale && VAGUE[t] < 100) return { value: scale, approximate: true, next: next + 1 };
    if (w[next] === 'of' && (w[next + 1] === 'thousands' || w[next + 1] === 'millions')) {
      value *= w[next + 1] === 'thousands' ? 1000 : 1_000_000;
      next += 2;
    }
    return { value, approximate: true, next };
  }
  if (t === 'dozen') return { value: 12, approximate: false, next: i + 1 };
  if (t === 'none') return { value: 0, approximate: false, next: i + 1 };
  const words = readWords(w, i);
  if (words) {
    if (w[words.next] === 'dozen') return { value: words.value * 12, approximate: false, next: words.next + 1 };
    return { value: words.value, approximate: false, next: words.next };
  }
  return null;
}

/**
 * Reads a hedged count starting at token i of `w` (lower-cased tokens): "at least 11",
 * "dozens", "more than twenty", "2,500", "3-5". Returns null when no plausible count starts there.
 */
export function readQuantity(w: string[], i: number): QuantityAt | null {
  const t = w[i];
  // fast reject: most tokens cannot start a count (this runs on every token of a sentence)
  if (t === undefined || !(FIRST.has(t) || isDigit(t.charCodeAt(0)) || (t.includes('-') && FIRST.has(t.slice(0, t.indexOf('-')))))) return null;
  let j = i;
  let hedged = false;
  for (const [words, approx] of HEDGES_BY_FIRST.get(t) ?? NO_HEDGES) {
    let match = true;
    for (let k = 0; k < words.length; k++) if (w[j + k] !== words[k]) { match = false; break; }
    if (match) {
      j += words.length;
      hedged = approx;
      break;
    }
  }
  // "between 2 and 4", "between five to 23": the lower bound, approximate
  if (w[j] === 'between') {
    const lo = readCore(w, j + 1);
    if (lo && (w[lo.next] === 'and' || w[lo.next] === 'to')) {
      const hi = readCore(w, lo.next + 1);
      if (hi && ok(lo.value) && ok(hi.value)) return { value: lo.value, approximate: true, start: j, next: hi.next };
    }
    return null;
  }
  const core = readCore(w, j);
  if (!core || !ok(core.value)) return null;
  let approximate = hedged || core.approximate;
  let next = core.next;
  // trailing hedges: "20 or more", "20-plus", "20 or so"
  if (w[next] === 'or' && (w[next + 1] === 'more' || w[next + 1] === 'so')) {
    approximate = true;
    next += 2;
  } else if (w[next] === 'plus' || w[next] === '+') {
    approximate = true;
    next += 1;
  }
  return { value: core.value, approximate, start: j, next };
}

/**
 * Parses a whole phrase as a count: "eight", "twenty-one", "a dozen", "dozens", "at least 11",
 * "more than 20", "hundreds", "2,500". Returns null for anything else (including absurd values
 * such as "1e12" or counts above MAX_COUNT).
 */
export function parseNumber(text: string): Quantity | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const w = wordTokens(text.trim()).map((t) => t.norm);
  if (w.length === 0) return null;
  const q = readQuantity(w, 0);
  if (!q || q.next !== w.length) return null;
  return { value: q.value, approximate: q.approximate };
}
