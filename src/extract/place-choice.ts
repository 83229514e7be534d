// Which of a sentence's places is the place of one trigger, and when one trigger is several events
// at several places ("strikes hit A and B"). ACLED codes an event at the most specific place named
// for it; a province or district written after a town ("X (Y, Z)") is context, not the scene.
import type { PlaceMention, Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';
import { bestPlaceInSentence } from './places.ts';

const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'inside', 'around', 'across', 'into', 'from', 'within', 'on', 'of', 'to', 'towards', 'toward', 'between', 'throughout', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'village', 'town', 'city', 'district', 'province', 'region', 'area', 'outskirts', 'coded']);

/** the place of a trigger: places in its clause introduced by a locative word first, then the sentence */
export function placeForTrigger(s: Sentence, clause: number[], places: PlaceMention[], tr: TriggerHit): PlaceMention | undefined {
  if (!places.length) return undefined;
  const tokenAt = (pos: number) => s.tokens.findIndex((t) => t.start >= pos);
  const scored = places.map((p) => {
    const ti = tokenAt(p.start);
    let k = ti - 1;
    while (k >= 0 && /^(the|a|an|of|[\p{Lu}][\p{L}'’-]*|,)$/u.test(s.tokens[k].text) && ti - k < 4 && !LOCATIVE.has(s.tokens[k].norm)) k--;
    const locative = k >= 0 && LOCATIVE.has(s.tokens[k].norm);
    const sameClause = ti >= 0 && clause[ti] === clause[tr.startToken];
    return { p, tier: (sameClause ? 0 : 2) + (locative ? 0 : 1) };
  });
  const bestTier = Math.min(...scored.map((x) => x.tier));
  return bestPlaceInSentence(scored.filter((x) => x.tier === bestTier).map((x) => x.p), tr.start);
}

/**
 * Places that split one trigger into several events: two or more town-level places in the
 * trigger's clause after it, joined by "and" ("hit Kharkiv and Zaporizhzhia"), in different
 * admin areas. Only a plural trigger or weapon ("airstrikes", "missiles") can be several events.
 */
export function splitPlaces(text: string, s: Sentence, clause: number[], places: PlaceMention[], tr: TriggerHit, best: PlaceMention | undefined): PlaceMention[] {
  if (!best || places.length < 2) return [];
  const plural = /s$/i.test(tr.text) || /\b(?:missiles|rockets|strikes|airstrikes|drones|shells|attacks)\b/i.test(text.slice(Math.max(s.start, tr.start - 120), Math.min(s.end, tr.end + 120)));
  if (!plural) return [];
  const cl = clause[tr.startToken];
  const towns = places.filter((p) => p.feature !== 'country' && p.feature !== 'region')
    .filter((p) => clause[s.tokens.findIndex((t) => t.start >= p.start)] === cl)
    .sort((a, b) => a.start - b.start);
  const out: PlaceMention[] = [];
  for (const p of towns) {
    const prev = out[out.length - 1];
    if (prev && (prev.name === p.name || (prev.admin1 && prev.admin1 === p.admin1) || p.country !== prev.country)) continue;
    if (prev && !/\band\b/.test(text.slice(prev.end, p.start))) break;
    out.push(p);
  }
  return out.length >= 2 ? out : [];
}
