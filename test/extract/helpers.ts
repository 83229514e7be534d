// Test helper: one sentence per line, tokens split on spaces, so these tests do not depend on
// the project's segmenter.
import type { Document, Sentence } from '../../src/core/types.ts';

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const tokens = [];
      const re = /\S+/g;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        tokens.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], norm: m[0].toLowerCase() });
      }
      out.push({ index: out.length, start, end, text: line, tokens });
    }
    start = end + 1;
  }
  return out;
}

export function docOf(text: string, published?: string): Document {
  return { id: 't', text, published };
}
