// Clause ids per token of a sentence: the scope in which the builder attaches actors to a trigger
// and modality cues scope over it (split out of builder.ts).
import type { Sentence } from '../core/types.ts';

const CLAUSE_WORDS = new Set(['which', 'where', 'who', 'whom', 'while', 'whereas', 'but', 'although', 'though', 'however', 'meanwhile']);
const AFTER_COMMA = new Set(['as', 'when', 'after', 'before', 'since', 'because', 'triggering', 'prompting', 'marking', 'amid', 'adding', 'saying', 'according', 'citing', 'and']);
const REPORTING = new Set(['denied', 'denies', 'said', 'says', 'say', 'reported', 'reports', 'disclosed', 'announced', 'told', 'stated', 'confirmed', 'added', 'claimed', 'noted', 'revealed', 'informed', 'insisted', 'warned', 'alleged', 'acknowledged', 'indicated', 'expressed', 'believes', 'believed']);

/** per word, which of the three lists hold it (one lookup per token instead of two or three) */
const CLAUSE_WORD = 1, AFTER_COMMA_WORD = 2, REPORTING_WORD = 4;
export const WORD_FLAGS = new Map<string, number>();
for (const [list, bit] of [[CLAUSE_WORDS, CLAUSE_WORD], [AFTER_COMMA, AFTER_COMMA_WORD], [REPORTING, REPORTING_WORD]] as const) for (const w of list) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);

/** clause ids per token: ; : — and clause-opening words start a new clause */
export function clauses(s: Sentence): number[] {
  const ids: number[] = [];
  let c = 0;
  let maxId = 0;
  let lastReporting = -10;
  // a relative clause ("who ...,") closes at the next comma and the main clause resumes
  let resume = -1;
  const toks = s.tokens;
  let prev: string | undefined;
  for (let i = 0; i < toks.length; prev = toks[i++].norm) {
    const n = toks[i].norm;
    if (n === ',' && resume >= 0) {
      ids.push(c);
      c = resume;
      resume = -1;
      continue;
    }
    if ((n === 'who' || n === 'which' || n === 'whose' || n === 'whom') && prev === ',' && resume < 0) {
      resume = c;
      c = ++maxId;
      ids.push(c);
      continue;
    }
    // (every listed word has two letters or more: a one-character token needs no lookup)
    const f = n.length > 1 ? WORD_FLAGS.get(n) ?? 0 : 0;
    if (n === ';' || n === ':' || n === '—' || (n === '–' && toks[i - 1]?.end !== toks[i].start)) c = ++maxId;
    else if (f & CLAUSE_WORD) c = ++maxId;
    else if (prev === ',' && f & AFTER_COMMA_WORD) c = ++maxId;
    else if (n === 'that' && i - lastReporting <= 5) c = ++maxId;
    if (f & REPORTING_WORD) lastReporting = i;
    ids.push(c);
  }
  attributionTail(s, ids, lastReporting, maxId + 1);
  return ids;
}

/** words that may follow the reporting verb of a closing attribution ("said on Tuesday", "told Reuters") */
const TAIL_MAX_AFTER = 4;
/** words the speaker may take between the comma and the verb ("a local commander", "the Libyan health ministry") */
const TAIL_MAX_SPEAKER = 7;

/** ", a local commander said." closing a sentence: the speaker's words are a clause of their own,
 *  so no trigger of the story takes the speaker for its target */
function attributionTail(s: Sentence, ids: number[], verb: number, id: number): void {
  const n = s.tokens.length;
  if (verb < 2) return;
  // (or an attribution set off inside the sentence: ", the navy said, but it caused no damage.")
  let end = n;
  if (n - 1 - verb > TAIL_MAX_AFTER) {
    if (s.tokens[verb + 1]?.norm !== ',' || !(WORD_FLAGS.get(s.tokens[verb + 2]?.norm ?? '') ?? 0)) return;
    end = verb + 1;
  }
  for (let k = verb - 1; k >= 1 && verb - k <= TAIL_MAX_SPEAKER + 1; k--) {
    const t = s.tokens[k].norm;
    if (t === ',') {
      if (verb - k < 2) return;
      for (let j = k; j < end; j++) ids[j] = id;
      return;
    }
    if (WORD_FLAGS.has(t) || t === 'that') return;
  }
}
