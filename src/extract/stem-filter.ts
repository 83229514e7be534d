// The hash of a word's stem read from the word's own characters, without making the stem string,
// and the in-place comparison of that stem with a vocabulary stem: the matcher finds a word's stem
// id from a table indexed by this hash (matcher.ts wordId), without a lookup of the word in a large
// map (its entry and key were out of the CPU cache: that lookup was the matcher's main cost).

const BITS = 16;
const MASK = (1 << BITS) - 1;

/** the filter's hash of a string's characters */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> BITS)) & MASK;
}

const isSBDGMNPRT = (c: number) => c === 98 || c === 100 || c === 103 || c === 109 || c === 110 || c === 112 || c === 114 || c === 116;

/**
 * stringHash(stem(norm)) for a word of ASCII characters without capitals, read in place; -1 for any
 * other word. Mirrors matcher.ts stem() step by step (test/extract/matcher.test.ts compares them).
 */
export function stemKeyHash(w: string): number {
  let n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return -1;
  }
  // "'s", then a final period
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) === 39) n -= 2;
  if (n > 2 && w.charCodeAt(n - 1) === 46) n--;
  let y = false;
  if (n > 3) {
    const c1 = w.charCodeAt(n - 1);
    const c2 = w.charCodeAt(n - 2);
    const c3 = w.charCodeAt(n - 3);
    if (n > 4 && c1 === 115 && c2 === 101 && c3 === 105) {
      // -ies -> -y: the stem ends in "y", which no later step changes
      n -= 3;
      y = true;
    } else if (c1 === 115 && c2 === 101 && (c3 === 120 || c3 === 122 || (n >= 4 && ((c3 === 115 && w.charCodeAt(n - 4) === 115) || (c3 === 104 && (w.charCodeAt(n - 4) === 99 || w.charCodeAt(n - 4) === 115)))))) {
      n -= 2;
    } else if (c1 === 115 && c2 !== 115 && c2 !== 117 && c2 !== 105) {
      n--;
    }
    if (!y) {
      if (n > 5 && w.charCodeAt(n - 3) === 105 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 1) === 103) n -= 3;
      else if (n > 4 && w.charCodeAt(n - 2) === 101 && w.charCodeAt(n - 1) === 100) n -= 2;
      if (n > 3 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) && isSBDGMNPRT(w.charCodeAt(n - 1))) n--;
      if (n > 3 && w.charCodeAt(n - 1) === 101) n--;
    }
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  if (y) h = Math.imul(h ^ 121, 0x01000193);
  lastStem.end = n;
  lastStem.y = y;
  return (h ^ (h >>> BITS)) & MASK;
}

/** where the last stemKeyHash() that read a word (h >= 0) found its stem: w.slice(0, end), plus "y" when y */
const lastStem = { end: 0, y: false };

/** whether `stem` is the stem of w, called right after stemKeyHash(w) returned a hash (>= 0):
 * compares in place, without making the stem string */
export function isLastStem(w: string, stem: string): boolean {
  const end = lastStem.end;
  if (stem.length !== end + (lastStem.y ? 1 : 0)) return false;
  for (let i = 0; i < end; i++) if (w.charCodeAt(i) !== stem.charCodeAt(i)) return false;
  return !lastStem.y || stem.charCodeAt(end) === 121;
}
