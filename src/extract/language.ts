// Cheap English detection: English function words against those of the languages most often met
// in conflict reporting (Spanish, French, Portuguese, German, Italian, Indonesian), over the first
// 300 words. Terse English notes full of place names still win on function words; scripts other
// than Latin count against English.
export const EN = new Set(('the of and to in a is that for on was with as by at from were it an be are has have had this which ' +
  'their its after during said been who not or but they he she his her killed people police forces were into near against no nor reported reportedly including other area district village city one two three unidentified').split(' '));
export const OTHER = new Set(('de la que el los del se las por para con una su al lo como más pero sus ya porque esta entre cuando muy sin sobre también hasta hay donde desde ' +
  'le les des du et est dans une pour pas qui sur au avec ce il ne par plus sont été leur ont ' +
  'der die und den von zu das mit sich auf für ist im dem nicht ein eine auch werden aus hat dass sie nach wird bei ' +
  'os do da dos das em no na um uma não mais ao foi pelo pela ' +
  'il di che è della per gli nel alla sono dei ' +
  'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga').split(' '));
/** 1 for an English function word, 2 for another language's (English first where both list it):
 * one lookup per word */
const FUNCTION_WORD = new Map<string, number>([...[...OTHER].map((w) => [w, 2] as const), ...[...EN].map((w) => [w, 1] as const)]);
const LETTER = /^\p{L}$/u;
const NON_LATIN = /[^\p{Script=Latin}]/u;
/** ASCII letters are Latin: the script test runs only on other words */
const ASCII = /^[a-z]*$/;
/** per BMP code unit: 1 letter, 2 not a letter, 0 not yet known */
const BMP_LETTER = new Uint8Array(65536);

/** code units of the letter (\p{L}) at i, 0 when none is there */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    return LETTER.test(String.fromCodePoint(s.codePointAt(i)!)) ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (BMP_LETTER[c] === 0) BMP_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return BMP_LETTER[c] === 1 ? 1 : 0;
}

export function looksEnglish(text: string): { english: boolean; ratio: number } {
  const sample = text.slice(0, 4000);
  let words = 0;
  let en = 0;
  let other = 0;
  let nonLatin = 0;
  // the runs of letters (/\p{L}+/u matches), read from char codes: a match object per word was
  // a measurable allocation of every extraction
  const n = sample.length;
  for (let i = 0; i < n && words < 300; ) {
    let k = letterAt(sample, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let lower = true;
    do {
      const c = sample.charCodeAt(i);
      if (k === 2 || c >= 128) ascii = false;
      else if (c <= 90) lower = false;
      i += k;
    } while (i < n && (k = letterAt(sample, i)) > 0);
    words++;
    // (a word of lower-case ASCII letters is its own lower case)
    const w = ascii && lower ? sample.slice(start, i) : sample.slice(start, i).toLowerCase();
    const f = FUNCTION_WORD.get(w);
    if (f === 1) en++;
    else if (f === 2) other++;
    if (!ascii && !ASCII.test(w) && NON_LATIN.test(w)) nonLatin++;
  }
  const ratio = words ? en / words : 1;
  if (nonLatin > words * 0.3) return { english: false, ratio };
  if (words < 8) return { english: other <= en, ratio };
  // a short note with no foreign function word at all is taken as English
  if (other === 0 && words < 40) return { english: en >= 1, ratio };
  return { english: en >= 2 && en >= other, ratio };
}
