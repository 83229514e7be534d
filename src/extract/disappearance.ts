// Enforced disappearance (ACLED codebook: violence against civilians, abduction/forced
// disappearance): a detention after which the person is held where nobody can reach them, or the
// detaining side will not say where, is no plain arrest.
import type { Sentence } from '../core/types.ts';
import type { EventAcc } from './coref.ts';
import { saidOfEvent } from './victim-status.ts';

/** "his whereabouts remain unknown", "held incommunicado", "has not been seen since", "police deny holding her" */
const DISAPPEARANCE_CUE = new RegExp([
  String.raw`\bwhereabouts\s+(?:(?:are|is|were|was|remain|remains|remained|have\s+been|has\s+been)\s+)?(?:still\s+|also\s+)?(?:unknown|not\s+known|a\s+mystery|undisclosed)`,
  String.raw`\b(?:whereabouts|location)\s+(?:has|have|had)\s+not\s+been\s+(?:disclosed|revealed|made\s+public|confirmed)`,
  String.raw`\bheld\s+incommunicado\b`,
  // (the verb, said of someone: the noun "enforced disappearance" is mostly a list of abuses)
  String.raw`\b(?:forcibly|enforced(?:ly)?)\s+disappeared\b`,
  String.raw`\b(?:has|have|had)\s+not\s+been\s+(?:seen|heard\s+from)\s+(?:again|since)\b`,
  String.raw`\b(?:refus\w*|declin\w*)\s+to\s+(?:disclose|reveal|say|confirm|acknowledge)\s+(?:where|his|her|their|the\s+location)`,
  String.raw`\bden(?:y|ies|ied|ying)\s+(?:that\s+(?:they|it)\s+(?:is|are|was|were)\s+)?(?:holding|detaining|having\s+(?:arrested|detained))\b`,
].join('|'), 'i');

export const disappearanceCue = (text: string): boolean => DISAPPEARANCE_CUE.test(text);

/**
 * An arrest whose detainee the report then says is held incommunicado or at an unknown place
 * becomes an abduction/forced disappearance. The cue is read in the event's own sentences and the
 * two after them that hold no other event.
 */
export function retypeDisappearedDetainees(events: EventAcc[], sentences: Sentence[], asserted: Set<number>): void {
  for (const e of events) {
    if (e.background || e.type.sub_event_type !== 'Arrests') continue;
    if (!saidOfEvent(e, sentences, asserted, DISAPPEARANCE_CUE)) continue;
    e.type = { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', strength: 1 };
  }
}
