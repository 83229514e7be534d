// Lists of places that make one told act several events: "clashes on the A (X), B (Y), and C
// frontlines", "operations in A, B, C and D provinces". Conflict data codes one event per place named
// in such a list; a chain of containers ("X village, Y district of Z") is no list.
import type { PlaceMention } from '../core/types.ts';

/** a place word that may follow a list item or close the list ("... and C frontlines") */
const PLACE_WORD = /^(?:fronts?|frontlines?|axis|axes|villages?|towns?|areas?|districts?|provinces?|governorates?|regions?|counties|county|states?|localities|locality|municipalities|municipality|lgas?|camps?|neighbou?rhoods?|quarters?|sub-?districts?|subdivisions?|communes?|townships?|cities|city|junctions?|checkpoints?|crossroads|roundabouts?|mountains?|hills?|valleys?|bases?|airbases?)$/i;
/** the words a list item may open with: "the Nihm front", "on the Sirwah front", "in Manbij" */
const LEAD_WORD = /^(?:the|on|in|at|near|around|of|north|south|east|west|north-?east|north-?west|south-?east|south-?west|outskirts|vicinity)$/i;
const LOCATIVE = /^(?:in|on|at|near|around|across|throughout|along|within|inside|outside)$/i;
/** a name we do not know standing for an item, its container given in brackets: "Qaniyah (Mahliyah, Marib)" */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|al|el|ad|an|as|ash|az|ar|en|ul|wa|bin|ibn|de|del|da|do|dos|das|di|du|des|la|le)$/u;

interface Segment { start: number; end: number; sep: string }

/** the text from `from` to `to` cut at commas and "and" outside brackets; `sep` is what ends a segment */
function segments(text: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ',') {
      const and = /^,\s+and\s/i.exec(text.slice(i, i + 6));
      out.push({ start, end: i, sep: and ? 'and' : ',' });
      i += and ? and[0].length - 1 : 0;
      start = i + 1;
    } else if (depth === 0 && (c === 'a' || c === 'A') && /\s/.test(text[i - 1] ?? '') && /^and\s/i.test(text.slice(i, i + 4))) {
      out.push({ start, end: i, sep: 'and' });
      i += 3;
      start = i + 1;
    }
  }
  out.push({ start, end: to, sep: '' });
  return out;
}

interface Word { w: string; end: number }

/** the segment's words outside brackets, each with its end offset */
function outerWords(text: string, seg: Segment): Word[] {
  const out: Word[] = [];
  let depth = 0;
  let w = '';
  const flush = (at: number) => { if (w) out.push({ w, end: at }); w = ''; };
  for (let i = seg.start; i < seg.end; i++) {
    const c = text[i];
    if (c === '(') {
      flush(i);
      depth++;
    }
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0 || /[\s.;:!?"]/.test(c)) flush(i);
    else w += c;
  }
  flush(seg.end);
  return out;
}

/** the place one segment names, when the segment is no more than a list item: [lead words] name
 * [place word], the name a place we know or one we do not, followed by its containers in brackets.
 * The list's first item may follow any words, ending in a locative word ("clashes erupted on the")
 * or in the trigger itself ("shelled A, B and C"): not a noun of its own ("the governor of A and B") */
function itemPlace(text: string, seg: Segment, places: PlaceMention[], first: boolean, from: number, triggerEnd: number, last = false): PlaceMention | undefined {
  const inSeg = places.filter((p) => p.start >= seg.start && p.end <= seg.end);
  if (!inSeg.length) return undefined;
  const outer = inSeg.filter((p) => !p.container && text.lastIndexOf('(', p.start) <= text.lastIndexOf(')', p.start));
  // the item's own name: a known place outside the brackets, else the most precise container of the brackets after an unknown name
  const own = outer[outer.length - 1] ?? [...inSeg].sort((a, b) => rank(a) - rank(b))[0];
  const words = outerWords(text, seg);
  let k = words.length;
  if (outer.length) {
    // (the list's last item may go on: "... and C frontlines as battles went on")
    const tail = text.slice(own.end, seg.end).replace(/\([^()]*\)|[.;:!?"]/g, ' ').trim().split(/\s+/).filter(Boolean);
    if (!last && !tail.every((w) => PLACE_WORD.test(w))) return undefined;
    k = words.length;
    while (k > 0 && words[k - 1].end > own.start) k--;
  } else {
    while (k > 0 && PLACE_WORD.test(words[k - 1].w)) k--;
    let n = 0;
    while (k > 0 && NAME_WORD.test(words[k - 1].w) && n < 4) [k, n] = [k - 1, n + 1];
    if (!n) return undefined;
  }
  if (!first) return words.slice(0, k).every((x) => LEAD_WORD.test(x.w)) ? own : undefined;
  while (k > 0 && (/^(?:the|of)$/i.test(words[k - 1].w) || PLACE_WORD.test(words[k - 1].w) || /^\p{Lu}/u.test(words[k - 1].w))) k--;
  // (no word before it: the list opens the sentence, or follows the trigger right after a comma)
  if (k === 0) return seg.start === from || (triggerEnd <= seg.start && /^[\s,]*$/.test(text.slice(triggerEnd, seg.start))) ? own : undefined;
  return LOCATIVE.test(words[k - 1].w) || words[k - 1].end === triggerEnd ? own : undefined;
}

const RANK: Record<PlaceMention['feature'], number> = { site: 0, city: 1, admin2: 2, admin1: 3, region: 4, country: 5 };
const rank = (p: PlaceMention) => RANK[p.feature] ?? 5;

/**
 * The places of the list in a sentence that holds the place chosen for a trigger: two or more items
 * cut by commas and a last "and", each one name (its containers in brackets), distinct places none of
 * which holds another. [from, to) is the sentence; triggerEnd where the trigger ends.
 */
export function listPlaces(text: string, places: PlaceMention[], from: number, to: number, triggerEnd: number, chosen: PlaceMention): PlaceMention[] {
  // ("between A and B" is one place between the two)
  const cand = places.filter((p) => p.feature !== 'country' && p.feature !== 'region' && p.relation !== 'between');
  if (cand.length < 2 || !cand.includes(chosen)) return [];
  const segs = segments(text, from, to);
  let run: PlaceMention[] = [];
  for (let i = 0; i < segs.length; i++) {
    // (an item that does not continue the list may still open a new one)
    let p = run.length ? itemPlace(text, segs[i], cand, false, from, triggerEnd, segs[i - 1].sep === 'and') : undefined;
    if (!p) {
      run = [];
      p = itemPlace(text, segs[i], cand, true, from, triggerEnd);
      if (!p) continue;
    }
    run.push(p);
    // the items are cut by commas up to the last one, which "and" joins: the list is closed there
    if (run.length >= 2 && segs[i - 1].sep === 'and') {
      if (run.includes(chosen)) return distinct(run);
      run = [];
    }
  }
  return [];
}

/** the list's places, each once ("a junction (X district) and X district": X once); none where a
 * province holds a town of the list (one scene) */
function distinct(list: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of list) {
    if (out.some((q) => q.name === p.name)) continue;
    if (out.some((q) => holds(q, p) || holds(p, q))) return [];
    out.push(p);
  }
  return out.length >= 2 ? out : [];
}

/** area a holds place b */
function holds(a: PlaceMention, b: PlaceMention): boolean {
  if (a.country !== b.country) return false;
  if (a.feature === 'admin1') return rank(b) < 3 && a.admin1 === b.admin1;
  if (a.feature === 'admin2') return rank(b) < 2 && !!a.admin2 && a.admin2 === b.admin2;
  return false;
}
