// Name normalization shared by the index builder and the text matcher: both sides must fold a
// spelling the same way, so "Deir ez-Zor", "Deir Ezzor" and "Dayr az-Zawr" meet on close keys.

/** Arabic/Romance articles dropped inside names ("al-Hol" = "Hol", "El Fasher" = "Fasher").
 * (All of two or three ASCII letters: GTok.article tests longer plain words without folding them.) */
export const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'ed', 'adh', 'ath', 'an', 'ul', 'ud', 'il', 'es', 'ech', 'et']);

const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /['’‘`ʿʾ´]/g;

/** lower-case, strip diacritics and apostrophes; keeps letters, digits and single spaces */
const PLAIN = /^[A-Za-z0-9]+$/;

export function fold(s: string): string {
  // most tokens are plain ASCII words, for which the full fold below equals toLowerCase (the
  // geocoder folds every token of every report: this path is ~5% of extraction time)
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(QUOTES, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** folds one token and drops a glued sun-letter article: "ezzor" -> "zor", "assad" stays short-safe */
export function tokenKey(tok: string, first: boolean): string {
  const t = fold(tok).replace(/ /g, '');
  if (!first && t.length > 4 && /^[ae][zsdtrn]/.test(t) && t[1] === t[2]) return t.slice(2);
  return t;
}

/** the lookup key of a name: folded tokens, articles dropped, joined, double letters collapsed */
export function nameKey(name: string): string {
  const toks = fold(name).split(' ').filter(Boolean);
  return keyOfTokens(toks);
}

/** same as nameKey for already split tokens (the text matcher builds keys token by token) */
export function keyOfTokens(toks: string[]): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (toks.length > 1 && ARTICLES.has(t)) continue;
    out += tokenKey(t, kept === 0);
    kept++;
  }
  return collapse(out);
}

/** keyOfTokens without the collapse of doubled letters: the exact spelling behind a key, which tells
 * "Samarra" (Iraq) from "Samara" (Russia) where the folded key cannot */
export function rawKeyOfTokens(toks: string[]): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < toks.length; i++) {
    if (toks.length > 1 && ARTICLES.has(toks[i])) continue;
    out += tokenKey(toks[i], kept === 0);
    kept++;
  }
  return out;
}

/** collapses doubled letters: "ezzor" and "ezor" spell the same place */
export function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** true when the string is written in Latin script (we index only those alternate names) */
export function isLatin(s: string): boolean {
  return /^[\p{Script=Latin}0-9\s'’‘`ʿʾ´.,()\-–/&]+$/u.test(s) && /\p{L}/u.test(s);
}
