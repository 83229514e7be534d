// Date mentions: chrono-node anchored on the document's published day (UTC, no timezone drift),
// plus news-specific parsers (dates/relative.ts) and refiners (dates/refiners.ts).
//
// - Relative expressions ("on Tuesday", "last week", "yesterday") resolve against doc.published.
//   Without it they are resolved against today's UTC date, marked `unanchored: true` with
//   precision 3 and a range widened to the whole month, and a warning names each one: never a
//   silently wrong date.
// - Absolute dates ("9 May 2020") need no anchor.
// - chrono is slow (~670k words/s), so a sentence without any date word skips it.
import * as chrono from 'chrono-node';
import type { DateMention, Document, Sentence } from '../core/types.ts';
import { iso, monthEnd, monthStart, parseIso, todayUtc } from './dates/calendar.ts';
import { findSpecial, type Resolved } from './dates/relative.ts';
import { DROP, resolveChrono, type Candidate } from './dates/refiners.ts';
import { GATES, fastResults } from './dates/fast.ts';
import { tweetDay, tweetSpans } from './dates/tweets.ts';
import { chainDays, sinceDate, type LastDay } from './dates/chain.ts';
import { joinAdjacentYears, joinYearPhrases } from './dates/year-phrase.ts';

export interface DateOptions {
  /** YYYY-MM-DD used as "today" when the document has no published date (tests pin it) */
  today?: string;
  /** read days told from the story's last date ("two days later", dates/chain.ts): in articles only
   *  (a coded note's follow-up acts belong to its event) */
  chain?: boolean;
}

// Month, weekday and relative-date words, and numeric dates: the cheap gate before chrono.
// Month and weekday names count only capitalized ("May 9", not "may hold"; "March", not "march
// on"), or in capitals; relative words in any case; digits only as numeric dates ("9/5", "2020-05").
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DAYS = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?';
const RELATIVE = '[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight|[Nn]ight|[Mm]orning|[Aa]fternoon|[Ee]vening|[Ww]eeks?|[Ww]eekends?|[Mm]onths?|[Yy]ears?|ago';
// holidays read by dates/holidays.ts ("on Christmas Eve"): cues for the special parsers only
const HOLIDAYS = 'Christmas|Boxing|Valentine|Halloween|Women|Easter';
const CUE_SOURCE = `\\b(?:${MONTHS}|${MONTHS.toUpperCase()}|${DAYS}|${DAYS.toUpperCase()}|${RELATIVE}|${RELATIVE.replace(/\[(\w)\w\]/g, '$1').toUpperCase()}|${HOLIDAYS})\\b|\\d[/.-]\\d`;
const CUE = new RegExp(CUE_SOURCE);
const CUE_ALL = new RegExp(CUE_SOURCE, 'g');

/** true when a sentence may hold a date expression */
export function hasDateCue(text: string): boolean {
  return CUE.test(text);
}

// context chrono gets on each side of a date word: enough for "this coming", "last", "early",
// a day and a year around a month (the refiners read the whole sentence for wider context)
const BEFORE = 28;
const AFTER = 28;

/** [start, end) of every date word in a sentence, in text order */
function cueSpans(text: string): number[] {
  const out: number[] = [];
  CUE_ALL.lastIndex = 0;
  for (let m = CUE_ALL.exec(text); m; m = CUE_ALL.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** holiday names (read by the special parsers only), plural periods ("years" is a cue only for "the past two years", a special parser) and "overnight" alone never give a kept chrono date (periods are dropped as vague;
 * "overnight on Sunday" is read through "Sunday"): they open no window of their own */
const NO_WINDOW = new Set(['weeks', 'months', 'years', 'overnight', 'WEEKS', 'MONTHS', 'YEARS', 'OVERNIGHT', 'Weeks', 'Months', 'Years', 'Overnight', ...HOLIDAYS.split('|')]);

/**
 * Windows of the sentence around date words that the special parsers did not already cover,
 * snapped to spaces and merged: chrono reads only these (it is the slow stage).
 */
export function cueWindows(text: string, covered: Uint8Array | null, cues: number[] = cueSpans(text)): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < cues.length; i += 2) {
    const at = cues[i];
    const end = cues[i + 1];
    if ((covered !== null && covered[at] === 1) || NO_WINDOW.has(text.slice(at, end))) continue;
    let a = Math.max(0, at - BEFORE);
    let b = Math.min(text.length, end + AFTER);
    for (let k = 0; k < 20 && a > 0 && !/\s/.test(text[a - 1]); k++) a--;
    for (let k = 0; k < 20 && b < text.length && !/\s/.test(text[b]); k++) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

// chrono's English casual parser without the parsers whose output is dropped or handled by
// dates/relative.ts anyway (times of day, "within 3 days", "3 days later", "this week"): together
// with their refiner passes they made chrono about ten times slower on news text
const SKIP_PARSERS = /Within|Later|YearMonthName|EndOfCurrentMonth|TimeExpression|CasualRelative/;
const PARSERS = chrono.casual.parsers.filter((p) => !SKIP_PARSERS.test(p.constructor.name));

// A window without a parser's gate (dates/fast.ts) cannot give that parser a match: only the
// parsers that can match run (chrono runs every parser's pattern over the whole window).
const NEEDS = PARSERS.map((p) => GATES[p.constructor.name] ?? null);
/** a chrono instance per set of parsers (a bit mask over PARSERS): a few dozen at most */
const BY_MASK = new Map<number, chrono.Chrono>();

/** chrono with only the parsers that can match somewhere in `text`, or null when none can */
function parserFor(text: string): chrono.Chrono | null {
  let mask = 0;
  for (let i = 0; i < NEEDS.length; i++) if (NEEDS[i] === null || NEEDS[i]!.test(text)) mask |= 1 << i;
  if (mask === 0) return null;
  let p = BY_MASK.get(mask);
  if (!p) {
    p = chrono.casual.clone();
    p.parsers = PARSERS.filter((_, i) => mask & (1 << i));
    BY_MASK.set(mask, p);
  }
  return p;
}

/** chrono results of one sentence, refined and resolved */
// chrono reads "morning of February 26" as this morning: blank the prefix (same length, so
// offsets hold) and let the refiners see the original words
const PART_OF_DAY_OF = /\b(?:early\s+)?(?:morning|night|evening|afternoon|dawn)\s+of\b/gi;

let fastPath = true;
/** switches the chrono stand-ins of dates/fast.ts off (tests and benches compare both paths) */
export function useFastDates(on: boolean): void {
  fastPath = on;
}

/** chrono on text[a, b) of a sentence; `base` is the sentence's offset in the document */
function chronoDates(text: string, a: number, b: number, base: number, anchor: number): Resolved[] {
  const masked = text.slice(a, b).replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length));
  // the commonest shapes are read without chrono when it could have found nothing else
  let results = fastPath ? (fastResults(masked, anchor) as chrono.ParsedResult[] | null) : null;
  if (results === null) {
    const parser = parserFor(masked);
    if (!parser) return [];
    const p = new Date(anchor * 86_400_000 + 12 * 3_600_000);
    try {
      results = parser.parse(masked, { instant: p, timezone: 0 }, { forwardDate: false });
    } catch {
      return []; // a chrono failure on odd input never stops the document
    }
  }
  const out: Resolved[] = [];
  for (const result of results) {
    const c: Candidate = { result, text, offset: a, anchor };
    if (!DROP.every((keep) => keep(c))) continue;
    const r = resolveChrono(c, base + a);
    if (r) out.push(r);
  }
  return out;
}

// chrono's cost grows faster than linearly on very long inputs: a "sentence" longer than this
// (junk, a 1 MB single line) is fed to it in pieces cut at punctuation or spaces
const CHUNK = 1500;

/** [start, end) pieces of text no longer than CHUNK, cut after punctuation or whitespace */
export function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    let cut = -1;
    for (let k = start + CHUNK; k > start + CHUNK / 2 && cut < 0; k--) if (/[.;,!?\n]/.test(text[k])) cut = k + 1;
    for (let k = start + CHUNK; k > start + CHUNK / 2 && cut < 0; k--) if (/\s/.test(text[k])) cut = k + 1;
    if (cut < 0) cut = start + CHUNK;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/** the date mentions of one sentence: special parsers first, chrono for the rest */
export function datesInSentence(doc: Document, sentence: Sentence, anchor: number): Resolved[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const cues = cueSpans(text);
  if (cues.length === 0) return [];
  const special = findSpecial(text, sentence.start, anchor);
  // the characters the special parsers read (made only when they read any: a typed array per
  // sentence was a measurable share of this stage)
  let covered: Uint8Array | null = null;
  if (special.length > 0) {
    covered = new Uint8Array(text.length);
    for (const s of special) covered.fill(1, s.start - sentence.start, s.end - sentence.start);
  }
  const out = special;
  for (const [wa, wb] of cueWindows(text, covered, cues)) {
    // a window can still be long when date words are dense (junk, a 1 MB line): cut it further
    for (const [ca, cb] of wb - wa > CHUNK ? chunks(text.slice(wa, wb)) : [[0, wb - wa] as [number, number]]) {
    for (const r of chronoDates(text, wa + ca, wa + cb, sentence.start, anchor)) {
      let overlaps = false;
      if (covered !== null) for (let k = r.start - sentence.start; k < r.end - sentence.start && !overlaps; k++) overlaps = covered[k] === 1;
      if (!overlaps) out.push(r);
    }
    }
  }
  out.sort((x, y) => x.start - y.start);
  return joinAdjacentYears(out.length > 1 ? joinYearPhrases(out, text, sentence.start) : out, text, sentence.start);
}

function toMention(doc: Document, r: Resolved, sentence: number, anchored: boolean): DateMention {
  const day = iso(r.date);
  const m: DateMention = {
    kind: 'date',
    start: r.start,
    end: r.end,
    text: doc.text.slice(r.start, r.end),
    sentence,
    date: day,
    // (most ranges are the day itself: its string is made once)
    range: [r.from === r.date ? day : iso(r.from), r.to === r.date ? day : iso(r.to)],
    precision: r.precision,
  };
  if (r.relative && !anchored) {
    // no published date: keep the guess visible as a month-wide, precision-3 date
    m.precision = 3;
    m.range = [iso(Math.min(r.from, monthStart(r.date))), iso(Math.max(r.to, monthEnd(r.date)))];
    m.unanchored = true;
  }
  return m;
}

/** All date mentions of a document, in text order, with warnings for unanchored ones. */
/** sentences at the top of an article that tell its story's day */
const LEAD_SENTENCES = 3;

export function findDates(doc: Document, sentences: Sentence[], opts: DateOptions = {}): { mentions: DateMention[]; warnings: string[] } {
  const warnings: string[] = [];
  const published = parseIso(doc.published);
  if (doc.published && published === null) warnings.push(`published date "${doc.published}" is not a valid YYYY-MM-DD date; relative dates are unanchored`);
  const anchored = published !== null;
  const anchor = published ?? parseIso(opts.today) ?? todayUtc();
  const mentions: DateMention[] = [];
  const unanchored: string[] = [];
  const tweets = tweetSpans(doc.text);
  let last: LastDay | undefined;
  // the first day the article's opening sentences tell: its story's day
  let lead: LastDay | undefined;
  for (const s of sentences) {
    if (s.end <= s.start) continue;
    // an embedded tweet's sentences are read against the day it was posted
    const posted = tweets.length ? tweetDay(tweets, s.start, s.end) : undefined;
    const own = datesInSentence(doc, s, posted ?? anchor);
    const found = opts.chain ? chainDays(doc.text.slice(s.start, s.end), s.start, s.index, own, last, lead) : own;
    // (not a running state's start: "fighting since April 2023. A day earlier, ...")
    const tail = found.length ? found[found.length - 1] : undefined;
    if (tail && !sinceDate(doc.text, tail)) last = { r: tail, sentence: s.index };
    if (!lead && s.index < LEAD_SENTENCES) { const day = found.find((r) => r.precision === 1); if (day) lead = { r: day, sentence: s.index }; }
    for (const r of found) {
      const m = toMention(doc, r, s.index, anchored || posted !== undefined);
      if (m.unanchored) unanchored.push(`"${m.text.replace(/\s+/g, ' ').slice(0, 40)}"`);
      mentions.push(m);
    }
  }
  // one line per document, naming the expressions (the CLI prints warnings on stderr)
  if (unanchored.length > 0) {
    const shown = unanchored.slice(0, 5).join(', ') + (unanchored.length > 5 ? `, … (${unanchored.length} in all)` : '');
    warnings.push(`relative date ${shown} needs a published date; assumed relative to ${iso(anchor)} with time_precision 3 (pass --published)`);
  }
  return { mentions, warnings };
}
