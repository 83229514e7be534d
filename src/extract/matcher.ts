// A token trie compiled once from lexicon phrases: one left-to-right pass over a sentence finds
// every lexicon phrase (longest match at each position), whatever the size of the lexicon.
// Keys are light stems of lower-cased tokens, so "clashes", "clashed" and "clash" share a key;
// in-word hyphens are skipped, so "al-Shabaab" equals "al Shabaab" and "Iran-backed" "Iran backed".
import type { Token } from '../core/types.ts';
import { phraseTokens, segmentCount } from './segment.ts';
import { isLastStem, stemKeyHash, stringHash } from './stem-filter.ts';

/** a cheap suffix stripper, applied to both the lexicon and the text (only consistency matters) */
export function stem(w: string): string {
  let s = w.toLowerCase();
  if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
  if (s.endsWith('.') && s.length > 2) s = s.slice(0, -1);
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(?:ss|ch|sh|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  // double final consonant left by -ed/-ing ("stabbed" → "stabb" → "stab"), except ll/ss
  if (s.length > 3 && s[s.length - 1] === s[s.length - 2] && /[bdgmnprt]/.test(s[s.length - 1])) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** the tokens that take part in matching: in-word hyphens and apostrophe-s are skipped */
export function matchView(tokens: Token[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.text === '-' || t.text === '‐' || t.text === '–') && i > 0 && i + 1 < tokens.length &&
      tokens[i - 1].end === t.start && tokens[i + 1].start === t.end) continue;
    idx.push(i);
  }
  return idx;
}

interface Entry<T> {
  value: T;
  /** exact surface forms required (case-sensitive entries) */
  exact: string[] | null;
  /** lower-cased surface of the phrase: an exact surface match ranks first */
  surf: string;
  /** a text word must be at least this long ("down" does not match "downed" through its stem) */
  minLen: number[];
}

interface Node<T> {
  /** children by stem id (null until the first child: most nodes are leaves) */
  next: Map<number, Node<T>> | null;
  entries: Entry<T>[] | null;
}

export interface TrieMatch<T> {
  /** token indexes into the sentence's tokens, end exclusive */
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  values: T[];
}

export interface AddOptions {
  /** match the phrase's letters case-sensitively ("US" but not "us") */
  caseSensitive?: boolean;
}

// Every stem that occurs in any trie gets a small integer id, shared by all tries. A sentence's
// tokens are mapped to ids once (a word in no lexicon gets -1), so each trie's scan is integer
// map lookups, and most tokens are rejected by one comparison without touching any map.
const VOCAB = new Map<string, number>();
/** bumped when a trie adds a new stem: cached word ids and views computed before are stale */
let vocabVersion = 0;
const WORD_IDS = new Map<string, number>();
/** bounded caches: memory stays flat over any number of reports (50k words hold any one
 * language's working vocabulary; a miss costs one stem and one map lookup) */
const MAX_CACHED_WORDS = 50_000;

function stemId(key: string): number {
  let id = VOCAB.get(key);
  if (id === undefined) {
    id = VOCAB.size;
    VOCAB.set(key, id);
    vocabVersion++;
    WORD_IDS.clear();
  }
  return id;
}

/** a string that shares no storage with the text it was cut from */
const ownCopy = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** the tables below are remade when VOCAB grows */
let filterVersion = -1;
/** per slot (the low 14 bits of the stem hash: a 32 KB table stays in the CPU cache): the id of the
 * one vocabulary stem in that slot, -1 for none, -2 for several (then listed in idsByHash); and
 * each id's stem */
const SLOT_MASK = (1 << 14) - 1;
let idByHash: Int16Array | Int32Array = new Int16Array(0);
let idsByHash = new Map<number, number[]>();
let stems: string[] = [];

/** the id of a lower-cased word's stem, or -1 when no trie holds it */
function wordId(norm: string): number {
  if (filterVersion !== vocabVersion) {
    // (16-bit entries while the ids fit them: the lexicons hold a few thousand stems)
    idByHash = (VOCAB.size < 32_000 ? new Int16Array(SLOT_MASK + 1) : new Int32Array(SLOT_MASK + 1)).fill(-1);
    idsByHash = new Map();
    stems = [...VOCAB.keys()];
    for (const [k, id] of VOCAB) {
      const h = stringHash(k) & SLOT_MASK;
      const ids = idsByHash.get(h);
      if (ids) ids.push(id);
      else idsByHash.set(h, [id]);
      idByHash[h] = idByHash[h] === -1 ? id : -2;
    }
    filterVersion = vocabVersion;
  }
  // a plain ASCII word's stem hash, read in place, picks the one vocabulary stem it can be (or none),
  // and the stem is compared in place: no string made, no lookup in the large word cache (that
  // lookup was the matcher's main cost on news articles: common words are in the cue and actor
  // lexicons, so most words of a report have a stem there). Other words go through the cache.
  const h0 = stemKeyHash(norm);
  if (h0 >= 0) {
    const h = h0 & SLOT_MASK;
    const one = idByHash[h];
    if (one === -1) return -1;
    if (one >= 0) return isLastStem(norm, stems[one]) ? one : -1;
    const ids = idsByHash.get(h)!;
    for (let i = 0; i < ids.length; i++) if (isLastStem(norm, stems[ids[i]])) return ids[i];
    return -1;
  }
  let id = WORD_IDS.get(norm);
  if (id === undefined) {
    id = VOCAB.get(stem(norm)) ?? -1;
    if (WORD_IDS.size >= MAX_CACHED_WORDS) WORD_IDS.clear();
    // a token's text is a slice of its report, and V8 keeps the whole report alive behind a long
    // slice: the cache keeps a copy of its own
    WORD_IDS.set(norm.length >= 13 ? ownCopy(norm) : norm, id);
  }
  return id;
}

/** bumped by every add(): a trie's root array made before may lack a first word (one already in
 * the vocabulary, so vocabVersion did not move) */
let addVersion = 0;

export class TokenTrie<T> {
  private root: Node<T> = { next: new Map(), entries: null };
  /**
   * the root's children as a dense array indexed by stem id (one slot per vocabulary stem): the
   * scan looks up every token there. Built on the first scan after a phrase was added: filled
   * as the tries were added it was sparse, and V8 kept the sparser ones as slow dictionaries.
   */
  private first: (Node<T> | undefined)[] = [];
  /** 1 where a phrase of this trie starts with the stem id (a byte per id: the scan's test for the
   * many words that open no phrase here reads this small table, not the array of nodes) */
  private starts = new Uint8Array(0);
  private firstVersion = -1;
  size = 0;

  private rootArray(): (Node<T> | undefined)[] {
    if (this.firstVersion === addVersion) return this.first;
    const a: (Node<T> | undefined)[] = [];
    for (let k = 0; k < VOCAB.size; k++) a.push(undefined);
    for (const [k, n] of this.root.next!) a[k] = n;
    const starts = new Uint8Array(VOCAB.size);
    for (const k of this.root.next!.keys()) starts[k] = 1;
    this.first = a;
    this.starts = starts;
    this.firstVersion = addVersion;
    return a;
  }

  add(phrase: string, value: T, opts: AddOptions = {}): void {
    const toks = phraseTokens(phrase);
    const view = matchView(toks).map((i) => toks[i]);
    if (view.length === 0) return;
    addVersion++;
    let node = this.root;
    for (const t of view) {
      const k = stemId(stem(t.norm));
      node.next ??= new Map();
      let n = node.next.get(k);
      if (!n) {
        n = { next: null, entries: null };
        node.next.set(k, n);
      }
      node = n;
    }
    (node.entries ??= []).push({
      value,
      exact: opts.caseSensitive ? view.map((t) => t.text) : null,
      surf: view.map((t) => t.norm).join(' '),
      minLen: view.map((t) => t.norm.length - 1),
    });
    this.size++;
  }

  /** all leftmost-longest, non-overlapping matches in a token sequence */
  findAll(tokens: Token[]): TrieMatch<T>[] {
    const { view, ids, lens } = viewOf(tokens);
    const n = view.length;
    const root = this.rootArray();
    const starts = this.starts;
    const out: TrieMatch<T>[] = [];
    for (let p = 0; p < n; ) {
      const first = ids[p];
      if (first < 0 || starts[first] === 0) {
        p++;
        continue;
      }
      let node: Node<T> | undefined = root[first]!;
      let bestQ = -1;
      let bestNode: Node<T> | null = null;
      for (let q = p; ; ) {
        if (node.entries !== null && anyAccepted(node.entries, tokens, view, lens, p)) {
          bestQ = q;
          bestNode = node;
        }
        if (++q >= n || node.next === null || ids[q] < 0) break;
        node = node.next.get(ids[q]);
        if (node === undefined) break;
      }
      if (bestNode === null) {
        p++;
        continue;
      }
      const a = view[p];
      const b = view[bestQ];
      out.push({ startToken: a, endToken: b + 1, start: tokens[a].start, end: tokens[b].end, values: acceptedValues(bestNode.entries!, tokens, view, lens, p, bestQ) });
      p = bestQ + 1;
    }
    return out;
  }
}

/** `lens`: the view's word lengths (read from the view, not from each token object) */
function accepts<T>(e: Entry<T>, tokens: Token[], view: number[], lens: number[], p: number): boolean {
  const minLen = e.minLen;
  for (let j = 0; j < minLen.length; j++) {
    if (lens[p + j] < minLen[j]) return false;
    if (e.exact !== null && tokens[view[p + j]].text !== e.exact[j] && !possessiveOf(tokens[view[p + j]].text, e.exact[j])) return false;
  }
  return true;
}

/** "Hamas's", "US’s": the exact word with a possessive ending, which the stem already drops */
function possessiveOf(text: string, word: string): boolean {
  return text.length === word.length + 2 && text.startsWith(word) && (text.endsWith("'s") || text.endsWith('’s'));
}

function anyAccepted<T>(entries: Entry<T>[], tokens: Token[], view: number[], lens: number[], p: number): boolean {
  for (let i = 0; i < entries.length; i++) if (accepts(entries[i], tokens, view, lens, p)) return true;
  return false;
}

/** the values of the entries that accept the words: those whose surface is exactly the text first */
// (no intermediate arrays: a phrase shared by many lexicon entries made this the matcher's main
// allocation)
function acceptedValues<T>(entries: Entry<T>[], tokens: Token[], view: number[], lens: number[], p: number, q: number): T[] {
  if (entries.length === 1) return [entries[0].value];
  let n = 0;
  let one = -1;
  for (let i = 0; i < entries.length; i++) if (accepts(entries[i], tokens, view, lens, p)) { n++; one = i; }
  if (n === 1) return [entries[one].value];
  let surface = tokens[view[p]].norm;
  for (let j = p + 1; j <= q; j++) surface += ' ' + tokens[view[j]].norm;
  const out: T[] = [];
  for (const e of entries) if (e.surf === surface && accepts(e, tokens, view, lens, p)) out.push(e.value);
  for (const e of entries) if (e.surf !== surface && accepts(e, tokens, view, lens, p)) out.push(e.value);
  return out;
}

// The view and ids of a token array are computed once and shared by every trie (six lexicons
// scan the same sentence); keyed by the array itself, in a map made anew when the segmenter splits
// a new text. (A long-lived WeakMap, or a Map emptied with clear(), left each report's tokens
// reachable from an old table that young-generation collections take for live: every report's
// tokens and views were copied to the old generation, about 2 MB per scavenge, and the heap grew to
// 150 MB between full collections; now 0.2-1 MB survive and the heap stays under 50 MB.)
interface View {
  tokens: Token[];
  version: number;
  view: number[];
  ids: number[];
  /** the length of each view token's lower-cased form */
  lens: number[];
}
let VIEWS = new Map<Token[], View>();
let viewsFor = -1;
/** the last view handed out: the lexicons of one sentence are scanned one after another */
let lastView: View | null = null;

function viewOf(tokens: Token[]): View {
  if (lastView !== null && lastView.tokens === tokens && lastView.version === vocabVersion) return lastView;
  if (viewsFor !== segmentCount()) {
    VIEWS = new Map();
    viewsFor = segmentCount();
  }
  let v = VIEWS.get(tokens);
  if (v === undefined || v.version !== vocabVersion) {
    const view = matchView(tokens);
    // (a plain array of small integers: cheaper to make than a typed array for a sentence)
    const ids: number[] = [];
    const lens: number[] = [];
    for (let i = 0; i < view.length; i++) {
      const norm = tokens[view[i]].norm;
      ids.push(wordId(norm));
      lens.push(norm.length);
    }
    v = { tokens, version: vocabVersion, view, ids, lens };
    VIEWS.set(tokens, v);
  }
  lastView = v;
  return v;
}
