// A token trie compiled once from lexicon phrases: one left-to-right pass over a sentence finds
// every lexicon phrase (longest match at each position), whatever the size of the lexicon.
// Keys are light stems of lower-cased tokens, so "clashes", "clashed" and "clash" share a key;
// in-word hyphens are skipped, so "al-Shabaab" equals "al Shabaab" and "Iran-backed" "Iran backed".
import type { Token } from '../core/types.ts';
import { segment } from './segment.ts';

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
  next: Map<string, Node<T>>;
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

function phraseTokens(phrase: string): Token[] {
  const s = segment(phrase);
  return s.flatMap((x) => x.tokens);
}

export class TokenTrie<T> {
  private root: Node<T> = { next: new Map(), entries: null };
  size = 0;

  add(phrase: string, value: T, opts: AddOptions = {}): void {
    const toks = phraseTokens(phrase);
    const view = matchView(toks).map((i) => toks[i]);
    if (view.length === 0) return;
    let node = this.root;
    for (const t of view) {
      const k = stem(t.norm);
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), entries: null };
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

  private accept(e: Entry<T>, tokens: Token[], view: number[], p: number): boolean {
    for (let j = 0; j < e.minLen.length; j++) {
      const t = tokens[view[p + j]];
      if (t.norm.length < e.minLen[j]) return false;
      if (e.exact && t.text !== e.exact[j]) return false;
    }
    return true;
  }

  /** all leftmost-longest, non-overlapping matches in a token sequence */
  findAll(tokens: Token[]): TrieMatch<T>[] {
    const { view, keys: k } = viewOf(tokens);
    const out: TrieMatch<T>[] = [];
    for (let p = 0; p < view.length; ) {
      let node: Node<T> | undefined = this.root;
      let bestQ = -1;
      let bestNode: Node<T> | null = null;
      for (let q = p; q < view.length; q++) {
        node = node.next.get(k[q]);
        if (!node) break;
        if (node.entries && node.entries.some((e) => this.accept(e, tokens, view, p))) [bestQ, bestNode] = [q, node];
      }
      if (bestNode) {
        const ok = bestNode.entries!.filter((e) => this.accept(e, tokens, view, p));
        let values: T[];
        if (ok.length === 1) values = [ok[0].value];
        else {
          const parts: string[] = [];
          for (let j = p; j <= bestQ; j++) parts.push(tokens[view[j]].norm);
          const surface = parts.join(' ');
          values = [...ok.filter((e) => e.surf === surface), ...ok.filter((e) => e.surf !== surface)].map((e) => e.value);
        }
        const a = view[p];
        const b = view[bestQ];
        out.push({ startToken: a, endToken: b + 1, start: tokens[a].start, end: tokens[b].end, values });
        p = bestQ + 1;
      } else p++;
    }
    return out;
  }
}

// The view and stems of a token array are computed once and shared by every trie (six lexicons
// scan the same sentence); keyed by the array itself so nothing outlives the sentence.
const VIEWS = new WeakMap<Token[], { view: number[]; keys: string[] }>();
const STEMS = new Map<string, string>();

function stemCached(w: string): string {
  let s = STEMS.get(w);
  if (s === undefined) {
    s = stem(w);
    if (STEMS.size > 200_000) STEMS.clear(); // bounded: memory stays flat over any number of reports
    STEMS.set(w, s);
  }
  return s;
}

function viewOf(tokens: Token[]): { view: number[]; keys: string[] } {
  let v = VIEWS.get(tokens);
  if (!v) {
    const view = matchView(tokens);
    v = { view, keys: view.map((i) => stemCached(tokens[i].norm)) };
    VIEWS.set(tokens, v);
  }
  return v;
}
