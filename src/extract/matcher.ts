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

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
  /** exact surface forms required (case-sensitive entries), parallel to values */
  exact: (string[] | null)[] | null;
  /** lower-cased surface of each value's phrase: an exact surface match ranks first */
  surf: string[] | null;
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
  private root: Node<T> = { next: new Map(), values: null, exact: null, surf: null };
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
        n = { next: new Map(), values: null, exact: null, surf: null };
        node.next.set(k, n);
      }
      node = n;
    }
    node.values ??= [];
    node.exact ??= [];
    node.surf ??= [];
    node.surf.push(view.map((t) => t.norm).join(' '));
    node.values.push(value);
    node.exact.push(opts.caseSensitive ? view.map((t) => t.text) : null);
    this.size++;
  }

  /** all leftmost-longest, non-overlapping matches in a token sequence */
  findAll(tokens: Token[], keys?: string[]): TrieMatch<T>[] {
    const view = matchView(tokens);
    const k = keys ?? view.map((i) => stem(tokens[i].norm));
    const out: TrieMatch<T>[] = [];
    for (let p = 0; p < view.length; ) {
      let node: Node<T> | undefined = this.root;
      let best: { q: number; values: T[] } | null = null;
      for (let q = p; q < view.length && node; q++) {
        node = node.next.get(k[q]);
        if (node?.values) {
          const n: Node<T> = node;
          const ok: number[] = [];
          for (let vi = 0; vi < n.values!.length; vi++) {
            const ex = n.exact![vi];
            let good = true;
            if (ex) for (let j = 0; j < ex.length; j++) if (tokens[view[p + j]].text !== ex[j]) good = false;
            // a shared stem is not enough when the text word is much shorter ("down" is not "downed")
            const sw = n.surf![vi].split(' ');
            for (let j = 0; good && j < sw.length; j++) if (tokens[view[p + j]].norm.length < sw[j].length - 1) good = false;
            if (good) ok.push(vi);
          }
          if (ok.length) {
            let surface = '';
            if (ok.length > 1) {
              const parts: string[] = [];
              for (let j = p; j <= q; j++) parts.push(tokens[view[j]].norm);
              surface = parts.join(' ');
            }
            const exactFirst = ok.length > 1 ? ok.filter((vi) => n.surf![vi] === surface) : [];
            const rest = ok.filter((vi) => !exactFirst.includes(vi));
            best = { q, values: [...exactFirst, ...rest].map((vi) => n.values![vi]) };
          }
        }
      }
      if (best) {
        const a = view[p];
        const b = view[best.q];
        out.push({ startToken: a, endToken: b + 1, start: tokens[a].start, end: tokens[b].end, values: best.values });
        p = best.q + 1;
      } else p++;
    }
    return out;
  }
}

/** stems of the view tokens, computed once per sentence and shared by all finders */
export function sentenceKeys(tokens: Token[]): string[] {
  return matchView(tokens).map((i) => stem(tokens[i].norm));
}
