// Exact stand-ins for chrono-node on the commonest date shapes of news text, so that most date
// windows never reach chrono (the slowest stage of the extractor):
//   a weekday ("on Monday,", "last Friday", "Sunday")       chrono's ENWeekdayParser pattern
//   a month and day ("May 20", "Sept. 9, 2020")            chrono's ENMonthNameMiddleEndianParser pattern
//   "today", "yesterday"                                  chrono's ENCasualDateParser
//   "next week", "last month", "this year"                chrono's ENRelativeDateFormatParser
//     (cold code mid-extraction: a chrono parse of such a window cost 25-130 µs, its stand-in ~1 µs)
// A window is answered here only when chrono could have found nothing else in it: every other
// parser's trigger (GATES, a necessary condition for its pattern to match) is absent from the
// window once the recognized expression is blanked out, and nothing around the expression could
// extend it (a day number before a month, a time-zone suffix). Otherwise the window goes to
// chrono as before. The result is handed to the same refiners as chrono's (a stand-in object
// with the parts of chrono's ParsedResult they read), so the mention is the same.
// test/extract/dates.test.ts checks the two paths agree (and they agree on the ACLED dev/Benin notes and
// the HRDsAttack articles: one difference, a spurious "the days before" chrono no longer reads).
import * as chrono from 'chrono-node';

/**
 * Per chrono parser: a pattern every match of that parser contains (case-insensitive). A window
 * where it is absent cannot give that parser a match. Used to run only the parsers that can match.
 */
// chrono's month names (its MONTH_DICTIONARY) as they may end: a month word is read only when no
// letter follows it ("marched", "Marib", "mayor", "decree", "junta" are no months), except an
// ordinal word glued to it (its middle-endian pattern) or "of" (its month-name pattern)
const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
const MONTH_END = `${MONTH_WORD}(?:(?![a-z])|(?=of|${ORDINAL_WORDS}))`;
// chrono's time units (its TIME_UNIT_DICTIONARY): "ago", "before", "earlier" count only right after one
const TIME_UNIT = '(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)';

// The gates that open with a lookbehind get a lookahead for the words every match of theirs starts
// with: irregexp tries a leading lookbehind at every offset of the window, and with a literal
// lookahead first it skips most offsets (a lookahead the match itself implies: the same matches;
// test/extract/date-gates.test.ts compares each gate with and without it). The gate over a window
// was the dates stage's costliest regex.
const MONTH_FIRST = '(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const WEEKDAY_FIRST = '(?=sun|mon|tue|wed|thu|fri|sat|wee)';
const CASUAL_FIRST = '(?=now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last)';
const RELATIVE_FIRST = '(?=this|last|past|next|after)';

export const GATES: Record<string, RegExp> = {
  // (a year, then a month name or number and a day number: "in 2021," alone gives it nothing)
  ENYearMonthDayParser: /\d{4}[-./\s](?:[a-z.]+|\d{1,2})[-./\s]\d/i,
  ISOFormatParser: /\d{4}-/,
  // (chrono keeps a dotted or dashed pair only with a year after it: "1.8 million", "16.7%" and
  // "3-0" give it nothing)
  SlashDateFormatParser: /\d\/\d|\d[/.-]\d{1,2}[/.-]\d\d/,
  // a month after a non-letter, or glued to an ordinal ("9thMay", "first of May")
  ENMonthNameLittleEndianParser: new RegExp(`${MONTH_FIRST}(?:(?<![a-z])|(?<=of|st|nd|rd|th))${MONTH_END}`, 'i'),
  ENMonthNameMiddleEndianParser: new RegExp(`${MONTH_FIRST}(?<![a-z])${MONTH_END}`, 'i'),
  ENMonthNameParser: new RegExp(`${MONTH_FIRST}(?<![a-z])${MONTH_END}`, 'i'),
  // a weekday word ending the word, or followed by "(of) this/last/past/next" ("Monday of last week");
  // chrono's pattern puts a non-word character, "on" or "this/last/past/next" right before it
  // ("showed", "statue" and "common" hold no weekday)
  ENWeekdayParser: new RegExp(WEEKDAY_FIRST + /(?:(?<![a-z0-9_])|(?<=on|this|last|past|next))(?:sun|mon|tue|wed|thu|fri|sat|weekend|weekday)(?:day|nesday|sday|rsday|urday|rs|r)?\.?(?:\s*(?:of\s*)?(?:this|last|past|next))?(?![a-z0-9_])/.source, 'i'),
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENTimeUnitAgoFormatParser: new RegExp(`${TIME_UNIT}\\s{0,5}(?:ago|before|earlier)(?![a-z0-9_])`, 'i'),
  ENCasualDateParser: new RegExp(CASUAL_FIRST + /(?<![a-z0-9_])(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?![a-z0-9_])/.source, 'i'),
  ENCasualTimeParser: /(?:morning|afternoon|evening|night|midnight|midday|noon)(?![a-z0-9_])/i,
  ENRelativeDateFormatParser: new RegExp(RELATIVE_FIRST + /(?<![a-z0-9_])(?:this|last|past|next|after\s*this)\s*(?:quarters?|seconds?|minutes?|hours?|weeks?|months?|years?|mins|days?|sec|min|hrs|hr|mon|mos|mo|qtr|yr|s|m|h|d|w|y)(?![a-z0-9_])/.source, 'i'),
};
// gates that add nothing to the union: another gate matches wherever they do (an ISO date is a
// year-month-day, a slash month-year has a digit-slash-digit; the little-endian month
// gate admits every month the other two do)
const IMPLIED = new Set(['ISOFormatParser', 'ENSlashMonthFormatParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser']);
/** true when any gate matches: the gates joined into one pattern, one scan of the window instead of twelve */
const ANY_GATE = new RegExp(Object.entries(GATES).filter(([k]) => !IMPLIED.has(k)).map(([, g]) => `(?:${g.source})`).join('|'), 'i');
/** every gate but the part-of-day one */
const OTHER_GATE = new RegExp(Object.entries(GATES).filter(([k]) => k !== 'ENCasualTimeParser' && !IMPLIED.has(k)).map(([, g]) => `(?:${g.source})`).join('|'), 'i');
/** chrono's ENCasualTimeParser pattern, word boundary included */
const CASUAL_TIME = /(\W|^)(this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)/gi;
/** a part of the day that refiners.ts's dropBareTimeOfDay always drops when chrono reads it alone */
const BARE_TIME = /^(?:morning|afternoon|evening|night|midnight|noon)$/i;

/**
 * How chrono would read the parts of the day in a window where no other parser can match:
 * 'none' (no part-of-day result: "overnight" has no word boundary), 'dropped' (exactly one bare
 * "evening"/"night": a time-only result the refiners drop), or null (anything else: chrono decides).
 */
function partsOfDay(x: string): 'none' | 'dropped' | null {
  if (OTHER_GATE.test(x)) return null;
  CASUAL_TIME.lastIndex = 0;
  const m = CASUAL_TIME.exec(x);
  if (m === null) return 'none';
  // "this evening" is a date; two results may merge into a range ("morning to evening")
  if (m[2] !== undefined || !BARE_TIME.test(m[3])) return null;
  const after = x.slice(m.index + m[0].length);
  if (ZONE_AFTER_UPPER.test(after) || ZONE_OFFSET.test(after)) return null;
  if (CASUAL_TIME.exec(x) !== null) return null;
  return 'dropped';
}

/** the parts of chrono's ParsedResult that dates/refiners.ts reads */
export class StandIn {
  readonly end = null;
  readonly start: StandInComponents;
  constructor(readonly index: number, readonly text: string, known: Record<string, number>, tags: string[], implied: Record<string, number> | null = null) {
    this.start = new StandInComponents(known, tags, implied);
  }
}

/** the parts of chrono's ParsingComponents the refiners read (methods, not closures made per
 * result: tsx names every closure it creates, a measurable cost here) */
class StandInComponents {
  private tagSet: Set<string> | null = null;
  constructor(private readonly known: Record<string, number>, private readonly tagList: string[], private readonly implied: Record<string, number> | null = null) {}
  isCertain(k: string): boolean {
    return this.known[k] !== undefined;
  }
  get(k: string): number | null {
    return this.known[k] ?? this.implied?.[k] ?? null;
  }
  tags(): Set<string> {
    return (this.tagSet ??= new Set(this.tagList));
  }
}

// chrono's own patterns (left boundary included), limited to the forms decided here: full
// weekday names; a month (name or standard abbreviation) and a day in digits, with a 4-digit year
const WEEKDAY = /(\W|^)(?:(?:,|\(|（)\s*)?(?:on\s*?)?(?:(this|last|past|next)\s*)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s*(?:,|\)|）))?(?:\s*(?:of\s*)?(this|last|past|next)\s*week)?(?=\W|$)/i;
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const MONTH_DAY = /(\W|^)(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?:-|\/|\s*,?\s*)(\d{1,2})(?:st|nd|rd|th)?(?!\s*(?:am|pm))\s*(?:(?:-|\/|\s*,\s*|\s+)([1-9]\d{3}))?(?=\W|$)(?!:\d)/i;
/** days every year's month has (index 1-12) */
const EVERY_YEAR_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const CASUAL = /(\W|^)(today|yesterday)(?=\W|$)/i;
/**
 * chrono's own ENMonthNameLittleEndianParser pattern, word boundary included ("27 January",
 * "on 3rd of May 2020"; groups: boundary, day, day range end, month, year): its first match in a
 * window is the one chrono reads
 */
const LITTLE_ENDIAN = chronoPattern('ENMonthNameLittleEndianParser');
/** chrono's ENMonthNameParser pattern: its result on the month of a little-endian date wins when longer */
const CHRONO_MONTH_NAME = chronoPattern('ENMonthNameParser');
const DIGIT_DAY = /^\d{1,2}(?:st|nd|rd|th)?$/i;
/** what after a little-endian date makes chrono read more: a number (a year, a middle-endian day), a range, an era */
const LITTLE_ENDIAN_GOES_ON = /^[\s,/-]*\d|^\s*(?:to\b|[-–—])|^\s*(?:BE|AD|BC|BCE|CE)\b/i;

/** the pattern (word boundary included) of one of chrono's casual English parsers */
function chronoPattern(name: string): RegExp {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === name) as unknown as { pattern(): RegExp } | undefined;
  if (!parser) throw new Error(`chrono-node has no ${name}`);
  return parser.pattern();
}
/** a part of the day right after a weekday: chrono merges "Monday evening" into one result (its
 * casual-time parser and date-time merge refiner); the tags are those of the time part */
const TIME_AFTER = /^\s{1,3}(morning|afternoon|evening|night)(?=\W|$)/i;
const TIME_TAG: Record<string, string> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'evening' };
// chrono's ENMonthNameParser pattern, word boundary included (its month dictionary, longest first,
// and its YEAR_PATTERN): "in June", "since May 2023", "April," (a comma or "of" is read along)
const CHRONO_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.'];
const CHRONO_YEAR = '(?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}|[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))';
const MONTH_NAME = new RegExp(`(\\W|^)((?:in)\\s*)?((?:${[...CHRONO_MONTHS].sort((a, b) => b.length - a.length).join('|').replace(/\./g, '\\.')}))\\s*(?:(?:,|-|of)?\\s*(${CHRONO_YEAR})?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, 'i');
const FULL_MONTH = /^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;
/** chrono's ENEndOfPeriodRefiner moves "end of June" to the month's last day */
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const MONTH_DAY_GOES_ON = /^\s*(?:to\b|[-–—])|^\W{0,3}\d|^\s*(?:BE|AD|BC|BCE|CE)\b/i;
const MONTH_NAME_GOES_ON = /^\s*[-–—]|^\W{0,3}\d|^\s*(?:BE|AD|BC|BCE|CE)\b/i;

/** a day number or ordinal word just before a month would make chrono read a longer date */
const DAY_BEFORE = /(?:\d(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)\W{0,4}(?:of\W{0,4})?$/i;
/** what chrono's time-zone refiners would add to a date ("Monday (EAT)", "Monday -5") */
const ZONE_AFTER_UPPER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/;
const ZONE_OFFSET = /^\s*\(?(?:GMT|UTC)?\s?[+-]\d/i;

/** the components chrono gives "today"/"yesterday" read at the anchor (noon UTC) */
function anchorParts(anchor: number, back: number): Record<string, number> {
  const d = new Date((anchor - back) * 86_400_000);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

/**
 * chrono's single result for `w` (a window already masked as chrono would read it), or null
 * when this window needs chrono: several possible results, a shape not decided here, a context
 * that could extend the expression. An empty array means chrono finds nothing.
 */
export function fastResults(w: string, anchor: number): StandIn[] | null {
  let best: { index: number; text: string; known: Record<string, number>; tags: string[]; implied?: Record<string, number> } | null = null;
  let mn: RegExpExecArray | null;
  let le: RegExpExecArray | null;
  /** chrono's ENUnlikelyFormatFilter drops the result at the end */
  let unlikely = false;
  const m = WEEKDAY.exec(w);
  if (m) {
    const index = m.index + m[1].length;
    best = { index, text: m[0].slice(m[1].length), known: { weekday: WEEKDAYS[m[3].toLowerCase()] }, tags: [] };
    const end = m.index + m[0].length;
    const t = TIME_AFTER.exec(w.slice(end));
    if (t) {
      best.text += t[0];
      best.tags = [`casualReference/${TIME_TAG[t[1].toLowerCase()]}`, 'parser/ENCasualTimeParser'];
    } else if (m[2] === undefined && m[4] === undefined) {
      // "Thursday, May 6, 2021": chrono's weekday-merge refiner joins a bare weekday and the month-day
      // right after it (a comma or spaces between) into the month-day's result, the weekday assigned
      const d = MONTH_DAY.exec(w.slice(end));
      const at = d === null ? -1 : end + d.index + d[1].length;
      if (d !== null && at > 0 && !WORD_CHAR.test(w[at - 1]) && BETWEEN.test(w.slice(end, at))) {
        const md = monthDay(w, d, end);
        if (md === null) return null;
        best = { index, text: w.slice(index, md.index + md.text.length), known: { ...md.known, weekday: best.known.weekday }, tags: md.tags };
      }
    }
  } else {
    const d = MONTH_DAY.exec(w);
    if (d) {
      best = monthDay(w, d, 0);
      if (best === null) return null;
    } else if ((le = LITTLE_ENDIAN.exec(w)) !== null) {
      // a day in digits, no range, a plain year or none ("the first of May", "3-5 May", "9 May 20"
      // and "9 May 2020 AD" have chrono rules of their own: chrono decides)
      const [all, head, dayText, toDay, monthName, yearText] = le;
      if (toDay !== undefined || !DIGIT_DAY.test(dayText) || (yearText !== undefined && !/^[12]\d{3}$/.test(yearText))) return null;
      const day = parseInt(dayText, 10);
      const month = MONTHS[monthName.slice(0, 3).toLowerCase()];
      // (chrono checks the day against the year it implies: a day that some year lacks is left to it)
      if (day < 1 || day > 31 || (yearText === undefined && day > EVERY_YEAR_DAYS[month])) return null;
      const index = le.index + head.length;
      const text = all.slice(head.length);
      const end = index + text.length;
      // a range, a year chrono's year-suffix refiner would add, an era, "end of": chrono decides
      if (LITTLE_ENDIAN_GOES_ON.test(w.slice(end)) || END_OF_BEFORE.test(w.slice(0, index))) return null;
      // the month alone read further ("9 April of", "9 April, ..."): the longer result is chrono's
      const monthAt = le.index + all.lastIndexOf(monthName);
      const mn2 = CHRONO_MONTH_NAME.exec(w.slice(monthAt - 1));
      if (mn2 !== null && mn2.index === 0 && monthAt - 1 + mn2[0].length > end) return null;
      const known: Record<string, number> = { day, month };
      if (yearText !== undefined) known.year = Number(yearText);
      // (chrono's little-endian parser tags nothing)
      best = { index, text, known, tags: [] };
    } else if ((mn = MONTH_NAME.exec(w)) !== null) {
      // only a full month name with a plain year or none ("Jun", "June 19", "June 2019 AD" and "end
      // of June" have chrono rules of their own: chrono decides)
      if (!(FULL_MONTH.test(mn[3]) || /^may$/i.test(mn[3])) || (mn[4] !== undefined && !/^[12]\d{3}$/.test(mn[4]))) return null;
      const index = mn.index + mn[1].length + (mn[2] ?? '').length;
      // "9 June", "the 3rd of June": a day before the month is chrono's little-endian date
      if (END_OF_BEFORE.test(w.slice(0, index)) || DAY_BEFORE.test(w.slice(Math.max(0, index - 24), index))) return null;
      const known: Record<string, number> = { month: MONTHS[mn[3].slice(0, 3).toLowerCase()] };
      if (mn[4] !== undefined) known.year = Number(mn[4]);
      // (with no year, a number after the month could be read as one: leave that to chrono)
      else if (/^\s*\d/.test(w.slice(mn.index + mn[0].length))) return null;
      best = { index, text: mn[0].slice(mn[1].length + (mn[2] ?? '').length), known, tags: ['parser/ENMonthNameParser'] };
      unlikely = unlikelyMay(w, best.text, index);
    } else {
      const c = CASUAL.exec(w);
      if (c) {
        const word = c[2].toLowerCase();
        best = { index: c.index + c[1].length, text: c[2], known: anchorParts(anchor, word === 'today' ? 0 : 1), tags: [`casualReference/${word}`, 'parser/ENCasualDateParser'] };
      } else {
        let r = relativeDate(w, anchor);
        if (r === null) r = timeAgo(w, anchor);
        if (r === undefined) return null;
        best = r;
      }
    }
  }
  if (!best) return !ANY_GATE.test(w) || partsOfDay(w) !== null ? [] : null;
  const after = w.slice(best.index + best.text.length);
  if (ZONE_AFTER_UPPER.test(after) || ZONE_OFFSET.test(after)) return null;
  // a month and day followed by a range ("May 9 - 11", "May 9 to 11") or a number chrono may take for a
  // year; after a month alone "to" opens no range of its own ("sentenced in June 2018 to 15 years":
  // a month after it, "June to July", is left in the rest below)
  if (best.tags.length === 1 && (best.tags[0] === 'parser/ENMonthNameParser' ? MONTH_NAME_GOES_ON : MONTH_DAY_GOES_ON).test(after)) return null;
  // nothing else chrono could read may be left in the window
  const rest = w.slice(0, best.index) + ' '.repeat(best.text.length) + after;
  // ("overnight on Sunday": "night" inside a word gives chrono no result)
  if (ANY_GATE.test(rest) && partsOfDay(rest) !== 'none') return weekdayAndPeriod(w, rest, best, anchor);
  if (unlikely) return [];
  return [new StandIn(best.index, best.text, best.known, best.tags, best.implied ?? null)];
}

type Found = { index: number; text: string; known: Record<string, number>; tags: string[]; implied?: Record<string, number> };
const BARE_WEEKDAY = /^(?:on\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day,?$/i;
const RANGE_WORD = /^\s*(?:to|-|–|until|through|till)\s*$/i;

/**
 * "A day earlier, on Saturday": a bare weekday and one period from the anchor ("a day earlier",
 * "next week") with punctuation between are two results no chrono refiner joins (its weekday merger
 * takes no relative date, its follow-by merger only a space between, its range merger a range word,
 * its date-time merger a time); null when chrono must decide.
 */
function weekdayAndPeriod(w: string, rest: string, best: Found, anchor: number): StandIn[] | null {
  if (best.tags.length !== 0 || !BARE_WEEKDAY.test(best.text)) return null;
  let o = timeAgo(rest, anchor);
  if (o === null) o = relativeDate(rest, anchor);
  if (!o || o.tags.length !== 1) return null;
  const [a, b] = o.index < best.index ? [o, best] : [best, o];
  const between = w.slice(a.index + a.text.length, b.index);
  if (!/\S/.test(between) || RANGE_WORD.test(between)) return null;
  const after = w.slice(o.index + o.text.length);
  if (ZONE_AFTER_UPPER.test(after) || ZONE_OFFSET.test(after) || MONTH_DAY_GOES_ON.test(after)) return null;
  const rest2 = rest.slice(0, o.index) + ' '.repeat(o.text.length) + rest.slice(o.index + o.text.length);
  if (ANY_GATE.test(rest2) && partsOfDay(rest2) !== 'none') return null;
  return [a, b].map((x) => new StandIn(x.index, x.text, x.known, x.tags, x.implied ?? null));
}

/** chrono's ENRelativeDateFormatParser pattern, word boundary included (groups: boundary, modifier, unit) */
const RELATIVE = chronoPattern('ENRelativeDateFormatParser');
const RELATIVE_GATE = GATES.ENRelativeDateFormatParser;
/** the units of its time-unit dictionary read here (hours and smaller carry a time, quarters are rare: chrono) */
const RELATIVE_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  d: 'day', day: 'day', days: 'day', w: 'week', week: 'week', weeks: 'week',
  mo: 'month', mos: 'month', month: 'month', months: 'month', y: 'year', yr: 'year', year: 'year', years: 'year',
};
// ("mon" is also chrono's Monday: "next mon" may be either, chrono decides)

/**
 * "next week", "last month", "the past year", "this month": chrono's relative-date result (its
 * ParsingComponents.createRelativeFromReference, or for "this" its period's start), or null when
 * the window has none, or undefined when chrono must decide ("end of next month", hours). chrono adds the period to the
 * anchor day's noon in local time (setDate, setMonth, setFullYear on a date whose local wall clock
 * it set to the anchor's noon): the same calendar arithmetic as Date.UTC on the anchor's UTC day,
 * overflow included ("31 January" and a month is 2 or 3 March), in any time zone.
 */
function relativeDate(w: string, anchor: number): { index: number; text: string; known: Record<string, number>; tags: string[]; implied: Record<string, number> } | null | undefined {
  const m = RELATIVE_GATE.test(w) ? RELATIVE.exec(w) : null;
  if (m === null) return null;
  const modifier = m[2].toLowerCase();
  const n = modifier === 'next' ? 1 : modifier === 'last' || modifier === 'past' ? -1 : 0;
  const unit = RELATIVE_UNITS[m[3].toLowerCase()];
  const index = m.index + m[1].length;
  // ("after this week" is next week to chrono; "end of next month" its last day: chrono decides)
  if ((n === 0 && modifier !== 'this') || unit === undefined || END_OF_BEFORE.test(w.slice(0, index))) return undefined;
  const a = new Date(anchor * 86_400_000);
  const y = a.getUTCFullYear(), mo = a.getUTCMonth(), d = a.getUTCDate();
  const text = m[0].slice(m[1].length);
  if (n === 0) {
    // "this week": the week's Sunday, implied only (so no date is kept); "this month", "this year":
    // the period's first day, its month and year certain; no tags (chrono's own components)
    const sunday = new Date(Date.UTC(y, mo, d - a.getUTCDay()));
    if (unit === 'week') return { index, text, known: {}, tags: [], implied: { day: sunday.getUTCDate(), month: sunday.getUTCMonth() + 1, year: sunday.getUTCFullYear() } };
    if (unit === 'month') return { index, text, known: { year: y, month: mo + 1 }, tags: [], implied: { day: 1 } };
    if (unit === 'year') return { index, text, known: { year: y }, tags: [], implied: { day: 1, month: 1 } };
    return undefined;
  }
  return shifted(index, text, anchor, unit, n);
}

/** chrono's createRelativeFromReference for `n` of `unit` from the anchor day */
function shifted(index: number, text: string, anchor: number, unit: 'day' | 'week' | 'month' | 'year', n: number): { index: number; text: string; known: Record<string, number>; tags: string[]; implied: Record<string, number> } {
  const a = new Date(anchor * 86_400_000);
  const y = a.getUTCFullYear(), mo = a.getUTCMonth(), d = a.getUTCDate();
  const t = new Date(Date.UTC(unit === 'year' ? y + n : y, unit === 'month' ? mo + n : mo, unit === 'day' ? d + n : unit === 'week' ? d + 7 * n : d));
  const parts = { day: t.getUTCDate(), month: t.getUTCMonth() + 1, year: t.getUTCFullYear(), weekday: t.getUTCDay() };
  const tags = ['result/relativeDate'];
  if (unit === 'day') return { index, text, known: parts, tags, implied: {} };
  if (unit === 'week') return { index, text, known: { day: parts.day, month: parts.month, year: parts.year }, tags, implied: { weekday: parts.weekday } };
  if (unit === 'month') return { index, text, known: { month: parts.month, year: parts.year }, tags, implied: { day: parts.day } };
  return { index, text, known: { year: parts.year }, tags, implied: { day: parts.day, month: parts.month } };
}

/** chrono's ENTimeUnitAgoFormatParser pattern, word boundary included (groups: boundary, the periods) */
const AGO = chronoPattern('ENTimeUnitAgoFormatParser');
const AGO_GATE = GATES.ENTimeUnitAgoFormatParser;
/** the one period read here: a whole number of days, weeks, months or years ("three days", "a week", "2 years") */
const ONE_PERIOD = /^(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s{1,3}(days?|weeks?|months?|years?)$/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** "three days ago", "a week earlier", "2 years before": chrono's result (the period back from the
 * anchor day), null when the window has none, undefined when chrono must decide (several periods,
 * "about", "a few", "half a", hours, "end of 3 months ago") */
function timeAgo(w: string, anchor: number): { index: number; text: string; known: Record<string, number>; tags: string[]; implied: Record<string, number> } | null | undefined {
  // (the gate first: chrono's pattern is long and most windows hold no "ago", "before" or "earlier")
  const m = AGO_GATE.test(w) ? AGO.exec(w) : null;
  if (m === null) return null;
  const p = ONE_PERIOD.exec(m[2]);
  const index = m.index + m[1].length;
  if (p === null || END_OF_BEFORE.test(w.slice(0, index))) return undefined;
  const count = NUMBER_WORDS[p[1].toLowerCase()] ?? parseInt(p[1], 10);
  return shifted(index, m[0].slice(m[1].length), anchor, RELATIVE_UNITS[p[2].toLowerCase()], -count);
}

/** what may stand between a weekday and the date chrono merges it with */
const BETWEEN = /^,?\s*$/;
const WORD_CHAR = /\w/;

/** chrono's middle-endian result for MONTH_DAY's match `d` at offset `off` of window `w`, or null
 * when chrono must decide */
function monthDay(w: string, d: RegExpExecArray, off: number): { index: number; text: string; known: Record<string, number>; tags: string[] } | null {
  const day = Number(d[3]);
  const month = MONTHS[d[2].slice(0, 3).toLowerCase()];
  // (chrono checks the day against the year it implies, not the one we would: a day that some
  // year lacks, 29 February, is left to chrono)
  if (day < 1 || day > 31 || (day > EVERY_YEAR_DAYS[month] && !d[4])) return null;
  const index = off + d.index + d[1].length;
  if (DAY_BEFORE.test(w.slice(Math.max(0, index - 24), index))) return null;
  const known: Record<string, number> = { day, month };
  if (d[4]) known.year = Number(d[4]);
  return { index, text: d[0].slice(d[1].length), known, tags: ['parser/ENMonthNameMiddleEndianParser'] };
}

/**
 * chrono's ENUnlikelyFormatFilter: a result that is the bare word "may" (not the whole text) is
 * removed unless "in" comes right before it ("in May" is the month, "May and" mostly not)
 */
function unlikelyMay(w: string, text: string, index: number): boolean {
  const t = text.trim();
  if (t === w.trim() || t.toLowerCase() !== 'may') return false;
  return !/\b(in)$/i.test(w.substring(0, index).trim());
}
