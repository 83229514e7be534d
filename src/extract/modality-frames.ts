// A participle used as an adjective names an act the sentence does not report: "rescued 20
// kidnapped students", "the seized weapons", "a request from jailed former President X" describe
// people or things by what was done to them before (background).
import type { Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';

/** what may come right before an adjective: a determiner, a number, a quantifier or a preposition */
const ATTRIBUTIVE_BEFORE = /^(?:the|a|an|these|those|its|their|his|her|our|some|all|many|several|other|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.]*|of|from|for|with|about|among|freed|released|rescued)$/;
/** what cannot follow an adjective: the participle is then a verb or stands alone ("the arrested were") */
const NOT_HEAD = /^(?:by|in|at|on|to|from|for|with|and|or|but|during|after|before|as|near|outside|inside|into|onto|over|under|were|was|are|is|have|has|had|be|been|being|that|which|who|whom|since|last|earlier|yesterday|today|overnight|while|when|because|than|then|there|here|early|late|mid|this|the|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** a noun that is itself an act: "a targeted killing" is the act named, not its object */
const ACT_NOUN = /^(?:attacks?|killings?|strikes?|raids?|assaults?|bombings?|shootings?|operations?|campaigns?|violence|clash(?:es)?|confrontations?|fighting|abductions?|kidnappings?|arrests?|protests?|offensives?|ambush(?:es)?|incursions?|explosions?|blasts?|murders?|assassinations?|executions?)$/;
const PARTICIPLE = /^(?:\p{L}+ed|burnt|stolen|held|taken)$/u;
/** acts whose participle describes what was taken, destroyed or moved ("kidnapped students", "the
 * looted shops", "displaced families"). A killing's ("the beheaded body of a man was found") is how
 * ACLED learns of the killing itself; an arrest's ("called for the release of the detained
 * journalists") is often a report's only word of the arrest; "armed" names no act. */
const HELD_OR_TAKEN = new Set(['abduct', 'loot', 'seize', 'regain', 'disrupt', 'displace', 'deploy', 'riot']);

/** "the kidnapped students", "20 abducted girls", "the seized weapons": the participle describes a noun */
export function attributiveParticiple(s: Sentence, tr: TriggerHit): boolean {
  const first = s.tokens[tr.startToken];
  if (!first || !HELD_OR_TAKEN.has(tr.cls) || !PARTICIPLE.test(first.norm) || first.norm === 'armed' || tr.startToken === 0) return false;
  if (!ATTRIBUTIVE_BEFORE.test(s.tokens[tr.startToken - 1].norm)) return false;
  const next = s.tokens[tr.startToken + 1];
  if (!next || !/^\p{L}/u.test(next.text) || NOT_HEAD.test(next.norm) || ACT_NOUN.test(next.norm)) return false;
  // ("the men arrested attacked ..."): a word in -ed right after may be the finite verb; leave it
  return !/ed$/.test(next.norm);
}
