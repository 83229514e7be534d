// Cheap English detection: the share of common English function words among the first words.
// Short texts (under 12 words) are assumed English; letters outside Latin script count against.
const STOP = new Set(('the of and to in a is that for on was with as by at from were it an be are has have had this which ' +
  'their its after during said were been who not or but they he she his her two three killed people police forces').split(' '));
const WORD_RE = /\p{L}+/gu;

export function looksEnglish(text: string): { english: boolean; ratio: number } {
  const sample = text.slice(0, 4000);
  let words = 0;
  let hits = 0;
  let nonLatin = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sample); m && words < 300; m = WORD_RE.exec(sample)) {
    words++;
    const w = m[0].toLowerCase();
    if (STOP.has(w)) hits++;
    if (/[^\p{Script=Latin}]/u.test(w)) nonLatin++;
  }
  if (words < 12) return { english: nonLatin <= words / 2, ratio: words ? hits / words : 1 };
  const ratio = hits / words;
  return { english: ratio >= 0.12 && nonLatin < words * 0.3, ratio };
}
