// Seizures and destruction of drugs and smuggled goods. ACLED codes a state seizure of drugs or
// contraband (and the destruction of a drug lab or of drug crops) as Strategic developments,
// looting/property destruction, against an unidentified armed group: the traffickers who own them.
import type { Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';

const CONTRABAND = new Set([
  'marijuana', 'marihuana', 'cannabis', 'cocaine', 'heroin', 'drugs', 'narcotics', 'hashish', 'methamphetamine', 'methamphetamines',
  'meth', 'shabu', 'opium', 'poppy', 'poppies', 'fentanyl', 'crack', 'ecstasy', 'captagon', 'contraband', 'smuggled', 'cigarettes',
]);

/** the object of a seizure, a dismantling or a destruction is drugs or smuggled goods */
export function contrabandObject(s: Sentence, clause: number[], tr: TriggerHit): boolean {
  if (tr.cls !== 'seize' && tr.cls !== 'disrupt' && tr.cls !== 'loot') return false;
  const cl = clause[tr.startToken];
  for (let k = tr.endToken; k < s.tokens.length && k <= tr.endToken + 12 && clause[k] === cl; k++) {
    const n = s.tokens[k].norm;
    if (CONTRABAND.has(n)) return true;
    if (n === ';' || n === 'and' && k > tr.endToken + 6) return false;
  }
  return false;
}
