// Cheap English detection: English function words against those of the languages most often met
// in conflict reporting (Spanish, French, Portuguese, German, Italian, Indonesian), over the first
// 300 words. Terse English notes full of place names still win on function words; scripts other
// than Latin count against English.
const EN = new Set(('the of and to in a is that for on was with as by at from were it an be are has have had this which ' +
  'their its after during said been who not or but they he she his her killed people police forces were into near against no nor reported reportedly including other area district village city one two three unidentified').split(' '));
const OTHER = new Set(('de la que el los del se las por para con una su al lo como más pero sus ya porque esta entre cuando muy sin sobre también hasta hay donde desde ' +
  'le les des du et est dans une pour pas qui sur au avec ce il ne par plus sont été leur ont ' +
  'der die und den von zu das mit sich auf für ist im dem nicht ein eine auch werden aus hat dass sie nach wird bei ' +
  'os do da dos das em no na um uma não mais ao foi pelo pela ' +
  'il di che è della per gli nel alla sono dei ' +
  'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga').split(' '));
const WORD_RE = /\p{L}+/gu;
const NON_LATIN = /[^\p{Script=Latin}]/u;
/** ASCII letters are Latin: the script test runs only on other words */
const ASCII = /^[a-z]*$/;

export function looksEnglish(text: string): { english: boolean; ratio: number } {
  const sample = text.slice(0, 4000);
  let words = 0;
  let en = 0;
  let other = 0;
  let nonLatin = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sample); m && words < 300; m = WORD_RE.exec(sample)) {
    words++;
    const w = m[0].toLowerCase();
    if (EN.has(w)) en++;
    else if (OTHER.has(w)) other++;
    if (!ASCII.test(w) && NON_LATIN.test(w)) nonLatin++;
  }
  const ratio = words ? en / words : 1;
  if (nonLatin > words * 0.3) return { english: false, ratio };
  if (words < 8) return { english: other <= en, ratio };
  // a short note with no foreign function word at all is taken as English
  if (other === 0 && words < 40) return { english: en >= 1, ratio };
  return { english: en >= 2 && en >= other, ratio };
}
