// An act told as the time reference of the sentence's dated act: "A week after gunmen killed 12
// villagers, residents held a vigil on Sunday", "Two days after the army shelled the market, ...".
// The sentence's date is the main clause's; the act after "N days/weeks after" came that long before.
import type { DateMention, Sentence } from '../../core/types.ts';
import { iso, parseIso } from './calendar.ts';

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, several: 4 };
const UNIT: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };
/** "a week after", "two days after", "10 days after", "a few days after" */
const GAP_RE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d{1,2})\s+(?:few\s+)?(days?|weeks?)\s+after\s/gi;

/** the words between the gap phrase and the trigger (the act's subject, "the", an adverb) */
const SUBJECT_SPAN = 60;

/** The date of an act told after "N days/weeks after": the sentence date moved back by that gap, as a
 *  range of the gap's slack (a day for days, three days either side for weeks). Undefined when the
 *  trigger follows no such phrase in its clause, or the sentence's date, told after the trigger, is no day. */
export function gapBefore(text: string, s: Sentence, trigger: { start: number }, date: DateMention | undefined): DateMention | undefined {
  if (!date || date.precision !== 1 || date.start < trigger.start) return undefined;
  const before = text.slice(Math.max(s.start, trigger.start - SUBJECT_SPAN), trigger.start);
  let m: RegExpExecArray | null = null;
  for (let x = GAP_RE.exec(before); x; x = GAP_RE.exec(before)) m = x;
  GAP_RE.lastIndex = 0;
  // (the gap phrase and the trigger's subject, no clause break between them)
  if (!m || /[,;:]/.test(before.slice(m.index))) return undefined;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER[m[1].toLowerCase()];
  const unit = UNIT[m[2].toLowerCase()];
  const day = parseIso(date.date);
  if (!n || !unit || day === null) return undefined;
  const at = day - n * unit;
  const slack = unit === 7 || /few|several/i.test(m[0]) ? 3 : 1;
  return { ...date, date: iso(at), range: [iso(at - slack), iso(at + slack)], precision: 2 };
}
