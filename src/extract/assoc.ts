// Associated actors (assoc_actor_1/2): ACLED keeps actor1/actor2 to broad parties ("Protesters
// (Kenya)", "Civilians (Kenya)") and names the people's group beside them ("Teachers (Kenya)").
// Group words and names: data/lexicons/assoc-groups.json.
import { readFileSync } from 'node:fs';
import type { ActorHit } from './actors.ts';

let groups: Map<string, string> | null = null;
/** groups named only for a crowd (protest, riot): a labour action, not workers who happened to be hit */
const crowdOnly = new Set<string>();

function groupByWord(): Map<string, string> {
  if (groups) return groups;
  const raw = JSON.parse(readFileSync(new URL('../../data/lexicons/assoc-groups.json', import.meta.url), 'utf8')) as { groups: { name: string; words: string[]; crowdOnly?: boolean }[] };
  groups = new Map();
  for (const g of raw.groups) {
    for (const w of g.words) groups.set(w.toLowerCase(), g.name);
    if (g.crowdOnly) crowdOnly.add(g.name);
  }
  return groups;
}

function lookup(phrase: string): string | undefined {
  const words = phrase.toLowerCase().replace(/[’']s$/, '').split(/\s+/);
  const byWord = groupByWord();
  // the whole phrase first ("taxi drivers"), then its head noun ("university students" -> students)
  return byWord.get(words.join(' ')) ?? byWord.get(words.slice(-2).join(' ')) ?? byWord.get(words[words.length - 1]);
}

/** a word before the mention that makes a compound with it ("media workers", "health workers") */
export const COMPOUND_RE = /([A-Za-z-]+)\s+$/;
/** one more group joined before the mention: "journalists and ...", "teachers, ..." */
const CONJOINED_RE = /((?:[A-Za-z-]+\s+)?[A-Za-z-]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;
// (an end-anchored pattern is tried from every offset of the text before the mention: these
// cheap tests of its last characters skip it where it cannot match)
const SPACE = /\s/;
/** the text ends in ",", "&" or "and" (then spaces): CONJOINED_RE's necessary ending */
function mayBeConjoined(t: string): boolean {
  const e = t.trimEnd();
  const c = e[e.length - 1];
  return c === ',' || c === '&' || e.endsWith('and');
}
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
/**
 * COMPOUND_RE's match read from the end of the text (the pattern is tried from every offset): the run
 * of letters and hyphens right before the closing spaces, or null (test/extract/assoc.test.ts compares
 * the two)
 */
export function compoundBefore(t: string): { 1: string; index: number } | null {
  let k = t.length;
  while (k > 0 && SPACE.test(t[k - 1])) k--;
  if (k === t.length) return null;
  let a = k;
  while (a > 0 && isWordChar(t.charCodeAt(a - 1))) a--;
  return a === k ? null : { 1: t.slice(a, k), index: a };
}
/** and after it: "... workers and nurses" */
const CONJOINED_AFTER_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)([A-Za-z-]+(?:\s+[A-Za-z-]+)?)/;

/**
 * The associated groups that a generic mention of people names ("striking teachers" -> Teachers),
 * with the groups conjoined before it ("journalists and media workers" -> Journalists), `; `-joined.
 */
export function assocGroup(hit: ActorHit | undefined, country: string | undefined, text = '', crowd = true): string {
  // only people taken for civilians, protesters or rioters: a named party is its own actor
  if (!hit || hit.actorKind !== 'generic' || (hit.inter !== 7 && hit.inter !== 6 && hit.inter !== 5)) return '';
  const before = text.slice(Math.max(0, hit.start - 80), hit.start);
  const compound = compoundBefore(before);
  // (each phrase looked up once)
  const ofCompound = compound ? lookup(`${compound[1]} ${hit.text}`) : undefined;
  const ofHit = lookup(hit.text);
  const head = ofCompound || ofHit;
  const names: string[] = head ? [head] : [];
  let rest = compound && head && ofCompound !== ofHit ? before.slice(0, compound.index) : before;
  for (let m = mayBeConjoined(rest) ? CONJOINED_RE.exec(rest) : null; m; m = mayBeConjoined(rest) ? CONJOINED_RE.exec(rest) : null) {
    const g = lookup(m[1]);
    if (!g) break;
    if (!names.includes(g)) names.unshift(g);
    rest = rest.slice(0, m.index);
  }
  const after = CONJOINED_AFTER_RE.exec(text.slice(hit.end, hit.end + 60));
  // "workers and nurses" or "workers and health workers": the second word alone, then with the next
  const next = after && (lookup(after[1].split(/\s+/)[0]) ?? lookup(after[1]));
  if (next && !names.includes(next)) names.push(next);
  return names.filter((n) => crowd || !crowdOnly.has(n)).map((n) => (country ? `${n} (${country})` : n)).join('; ');
}
