// ACLED-style notes often open with a tag naming the sub-event ("Property destruction: On 3 May
// 2020, ..."). The tag is the analyst's own classification, so it becomes a trigger of its own.
import { readFileSync } from 'node:fs';
import type { Sentence } from '../core/types.ts';
import type { TriggerClass } from './lexicon.ts';
import type { TriggerHit } from './triggers.ts';

const LABELS = new Map<string, TriggerClass>(
  (JSON.parse(readFileSync(new URL('../../data/lexicons/note-labels.json', import.meta.url), 'utf8')).labels as { label: string; class: TriggerClass }[]).map((l) => [l.label, l.class]),
);
// bounded, no nested quantifiers: linear on any input
const LABEL_RE = /^\s{0,5}([A-Za-z][A-Za-z /-]{1,45}):\s/;

/** the note's leading tag as a trigger on the first sentence, if the tag is a known one */
export function noteLabel(text: string, first: Sentence | undefined): TriggerHit | null {
  if (!first) return null;
  const m = LABEL_RE.exec(text.slice(0, 60));
  if (!m) return null;
  const cls = LABELS.get(m[1].trim().toLowerCase());
  if (!cls) return null;
  const start = text.indexOf(m[1]);
  const end = start + m[1].length;
  const endToken = Math.max(1, first.tokens.findIndex((t) => t.start >= end));
  return {
    sentence: first.index, start, end, text: m[1], startToken: 0, endToken, cls, alt: [], id: 'note-label', pos: 'noun', weak: false, anaphoric: false,
  };
}
