// Stage 2b: weapon mentions from the weapons lexicon, each with the ACLED mode it points to.
import type { Sentence, WeaponMention } from '../core/types.ts';
import { lexicons, type WeaponMode } from './lexicon.ts';

export interface WeaponHit extends WeaponMention {
  mode: WeaponMode;
  startToken: number;
  endToken: number;
}

export function findWeapons(s: Sentence): WeaponHit[] {
  return lexicons().weapons.findAll(s.tokens).map((m) => {
    const w = m.values[0];
    return {
      kind: 'weapon', sentence: s.index, start: m.start, end: m.end, text: s.text.slice(m.start - s.start, m.end - s.start),
      weapon: w.weapon, mode: w.mode, startToken: m.startToken, endToken: m.endToken,
    };
  });
}

/** how strongly a weapon mode decides the sub-event type: a remote weapon beats a gun */
export const MODE_RANK: Record<WeaponMode, number> = {
  suicide: 9, chemical: 8, air: 7, ied: 6, grenade: 5, shell: 4, small: 2, melee: 1, arson: 1, crowd: 0,
};
