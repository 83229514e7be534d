// Days told from the story's last date rather than from the publication: "two days later", "the
// following day", "that night", "the same day", "the previous day". They name a day only in the
// narrative that dated the day before them: each is read from the last date told before it, when
// that date names a day and was told at most CHAIN_GAP sentences before.
import type { Resolved } from './relative.ts';

/** sentences between the last date and the expression that goes on from it */
export const CHAIN_GAP = 2;

const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PART = '(day|morning|afternoon|evening|night)';
const CHAIN = new RegExp(
  // ("two days before" / "the day before" only where nothing follows: "two days before the vote"
  // counts from the vote)
  `\\b(?:(?:the\\s{1,3})?(following|next)\\s{1,3}${PART}|(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s{1,3}(days?|weeks?)\\s{1,3}(later|earlier|before(?=\\s*[,.;]))|(?:that|the\\s{1,3}same)\\s{1,3}${PART}|hours\\s{1,3}(?:later|earlier)|the\\s{1,3}(?:(?:previous|preceding)\\s{1,3}${PART}|day\\s{1,3}before(?=\\s*[,.;])|night\\s{1,3}before(?=\\s*[,.;])|day\\s{1,3}after(?=\\s*[,.;])))\\b`,
  'gi',
);
/** cheap test before the pattern */
const NEED = /following|next|later|earlier|before|after|that|same|previous|preceding/i;

/** "fighting the RSF since April 2023": where a running state began, never the day a later sentence's act is told from */
const SINCE_BEFORE_RE = /\bsince\s+(?:(?:early|mid|late|mid-)\s*)?$/i;
export function sinceDate(text: string, d: { start: number }): boolean {
  return SINCE_BEFORE_RE.test(text.slice(Math.max(0, d.start - 12), d.start));
}

export interface LastDay {
  r: Resolved;
  sentence: number;
}

/** the chained days of a sentence (`text`, at `base` in the document) not inside `found`, read from
 *  `last` and the sentence's own dates before each (or, opening the sentence, from the article's
 *  `lead` day); returns them sorted with `found` */
export function chainDays(text: string, base: number, sentence: number, found: Resolved[], last: LastDay | undefined, lead?: LastDay): Resolved[] {
  if (!NEED.test(text)) return found;
  let out: Resolved[] | null = null;
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    const start = base + m.index, end = start + m[0].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    // the last date before the expression: of this sentence, else of the sentences before
    let from: Resolved | undefined;
    for (const f of found) if (f.end <= start) from = f;
    if (!from && last && sentence - last.sentence <= CHAIN_GAP) from = last.r;
    // ("A day earlier, an airstrike ..." opening a later paragraph, after "this year": told from the lead's day)
    if ((!from || from.precision !== 1) && lead && m.index <= 1) from = lead.r;
    if (!from || from.precision !== 1) continue;
    const span = offset(m);
    if (!span) continue;
    const day = from.date + span.days;
    const night = /night/i.test(m[0]);
    (out ??= [...found]).push({ start, end, date: day, from: day - span.slack, to: day + span.slack + (night ? 1 : 0), precision: span.slack ? 2 : 1, relative: from.relative });
  }
  return out ? out.sort((a, b) => a.start - b.start) : found;
}

/** the days from the last date, and the slack either side ("a week later" is about a week) */
function offset(m: RegExpExecArray): { days: number; slack: number } | null {
  if (m[1]) return { days: 1, slack: 0 };
  if (m[3]) {
    const n = COUNT[m[3].toLowerCase()] ?? Number(m[3]);
    if (!n) return null;
    const sign = /^later$/i.test(m[5]) ? 1 : -1;
    if (/^week/i.test(m[4])) return n === 1 ? { days: 7 * sign, slack: 2 } : null;
    return n <= 10 ? { days: n * sign, slack: 0 } : null;
  }
  if (m[6] || /^hours/i.test(m[0])) return { days: 0, slack: 0 };
  if (m[7]) return { days: -1, slack: 0 };
  if (/\b(?:day|night)\s+before$/i.test(m[0])) return { days: -1, slack: 0 };
  if (/\bday\s+after$/i.test(m[0])) return { days: 1, slack: 0 };
  return null;
}
