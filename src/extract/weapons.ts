// Stage 2b: weapon mentions from the weapons lexicon, each with the ACLED mode it points to.
import type { Sentence, WeaponMention } from '../core/types.ts';
import { lexicons, type WeaponMode } from './lexicon.ts';

export interface WeaponHit extends WeaponMention {
  mode: WeaponMode;
  startToken: number;
  endToken: number;
}

/** nouns after a weapon word that make it the name of a body or a facility, not a weapon in use:
 * "the Air Force Intelligence", "an air force officer", "the drone factory", "a missile base" */
const NOT_IN_USE_NEXT = new Set([
  'intelligence', 'base', 'bases', 'academy', 'officer', 'officers', 'directorate', 'branch', 'headquarters', 'college', 'school',
  'personnel', 'commander', 'commanders', 'chief', 'station', 'factory', 'factories', 'depot', 'depots', 'warehouse', 'warehouses', 'workshop', 'plant',
]);

/** words before "tank(s)" that make it a container, not an armoured vehicle: "a septic tank", "the water tank" */
const CONTAINER_BEFORE = new Set(['septic', 'water', 'fuel', 'gas', 'oil', 'petrol', 'storage', 'fish', 'think', 'diesel', 'oxygen', 'sewage', 'holding', 'reservoir', 'cistern']);

/** words around "mine(s)" that make it a pit, not a land mine: "a gold mine", "the mine collapsed";
 * "mining" (the stem joins it to "mine") is always the industry */
const PIT_BEFORE = new Set(['gold', 'coal', 'copper', 'diamond', 'tin', 'cobalt', 'coltan', 'iron', 'uranium', 'salt', 'jade', 'emerald', 'silver', 'lithium', 'artisanal', 'illegal', 'open-pit', 'underground', 'opencast', 'quarry', 'sand']);
const PIT_AFTER = new Set(['collapse', 'collapsed', 'workers', 'worker', 'site', 'sites', 'shaft', 'shafts', 'owner', 'owners', 'operator', 'company', 'concession', 'pit']);
function pitNotMine(s: Sentence, start: number, end: number): boolean {
  const w = s.tokens[start].norm;
  if (w === 'mining') return true;
  if (w !== 'mine' && w !== 'mines') return false;
  return PIT_BEFORE.has(s.tokens[start - 1]?.norm ?? '') || PIT_AFTER.has(s.tokens[end]?.norm ?? '');
}

/** words of a monitoring mission's count ("the SMM observed 15 explosions"): there a bare
 * "explosions" is stand-off fire; elsewhere a blast of unknown source is an explosive device's */
const MONITOR_RE = /\b(?:observed|recorded|heard|monitors?|monitoring|SMM)\b/i;
const EXPLOSION_RE = /^explosions?$/;
/** ("gunshots and explosions were reported": a fight's, whatever fired them) */
const GUNFIRE_RE = /\b(?:gunshots?|gunfire|shots|shooting|exchanges? of fire)\b/i;
function bareExplosion(s: Sentence, start: number, end: number): boolean {
  return end - start === 1 && EXPLOSION_RE.test(s.tokens[start].norm) && !MONITOR_RE.test(s.text) && !GUNFIRE_RE.test(s.text);
}

export function findWeapons(s: Sentence): WeaponHit[] {
  return lexicons().weapons.findAll(s.tokens).filter((m) => !bareExplosion(s, m.startToken, m.endToken) && !NOT_IN_USE_NEXT.has(s.tokens[m.endToken]?.norm ?? '') && !(/^tanks?$/.test(s.tokens[m.startToken].norm) && CONTAINER_BEFORE.has(s.tokens[m.startToken - 1]?.norm ?? '')) && !(m.endToken - m.startToken === 1 && pitNotMine(s, m.startToken, m.endToken))).map((m) => {
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
