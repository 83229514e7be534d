// The date line of a coded note: "10 June." or "02 June (or around)." standing alone before the
// note's story. Like a dateline it dates the whole note: a later date inside a story sentence
// ("... to protest the arrests made at the end of April") is a detail of that sentence, not the
// day the note reports.
import type { DateMention, Sentence } from '../../core/types.ts';

/** what may stand beside the date in a date line */
const DATE_LINE_REST_RE = /^[\s.,:;()\-–]*(?:(?:on|around|or around|as reported|reported on|about|approximately)[\s.,:;()\-–]*)*$/i;

/** the date of a brief's opening date line, when the first sentence holds nothing but a date */
export function noteDateLine(sentences: readonly Sentence[], first: readonly DateMention[] | undefined): DateMention | undefined {
  if (sentences.length < 2 || first?.length !== 1) return undefined;
  const s = sentences[0];
  const d = first[0];
  if (d.precision > 2 || d.unanchored) return undefined;
  const rest = s.text.slice(0, d.start - s.start) + ' ' + s.text.slice(d.end - s.start);
  return DATE_LINE_REST_RE.test(rest) ? d : undefined;
}

/** The note's date line overrides a trigger date that is missing or told after the trigger. A
 *  definite noun keeps a date told after it: "the riots of late April" names an earlier act by its day. */
export function framedByDateLine(line: DateMention | undefined, date: DateMention | undefined, trigger: { start: number; anaphoric?: boolean }): boolean {
  return !!line && (!date || (!trigger.anaphoric && date.start > trigger.start));
}
