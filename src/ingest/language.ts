// Language of a report (tinyld, offline). The extractor's lexicons are English: other languages are
// stored and marked unsupported rather than coded wrongly. Mistaking English for another language
// would silently drop a report, so "unsupported" needs a confident guess and no English rival.
import { detectAll } from 'tinyld';

export interface LanguageGuess {
  /** ISO 639-1 code of the best guess, or undefined when the text is too short to tell */
  language?: string;
  accuracy: number;
  /** tinyld's score for English (0 when not among the candidates) */
  english: number;
}

/**
 * Candidate languages: those of most conflict reporting. Without a list tinyld often names a
 * neighbour of the real language on one-sentence texts (French as Serbian); every candidate but
 * English is unsupported anyway, so the list only makes the label in the summary right more often.
 */
const CANDIDATES = [
  'en', 'fr', 'es', 'pt', 'de', 'it', 'nl', 'ru', 'uk', 'ar', 'fa', 'tr', 'zh', 'ja', 'ko', 'hi', 'ur', 'id', 'sw', 'pl',
  'ro', 'sv', 'he', 'am', 'so', 'ha', 'bn', 'my', 'th', 'vi', 'el', 'ps', 'ku', 'ti', 'ka', 'hy', 'az',
];

/** the language of the first few KB; short texts ("Protest in Kyiv") stay undecided */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000).trim();
  if (sample.length < 20) return { accuracy: 0, english: 0 };
  const all = detectAll(sample, { only: CANDIDATES });
  const best = all[0];
  const english = all.find((c) => c.lang === 'en')?.accuracy ?? 0;
  if (!best) return { accuracy: 0, english };
  const second = all[1]?.accuracy ?? 0;
  // a low score still names the language when it is far ahead of the runner-up
  const clear = best.accuracy >= 0.3 || (best.accuracy >= 0.1 && best.accuracy >= 5 * second);
  return clear ? { language: best.lang, accuracy: best.accuracy, english } : { accuracy: best.accuracy, english };
}

/** English function words that other languages do not share; frequent in any English sentence */
const ENGLISH_WORDS = new Set([
  'the', 'of', 'and', 'was', 'were', 'with', 'from', 'said', 'has', 'have', 'had', 'is', 'are', 'that', 'this', 'after',
  'by', 'at', 'to', 'for', 'which', 'their', 'they', 'he', 'she', 'it', 'an', 'who', 'been', 'killed', 'reported',
]);

/** share of the first 400 words that are English function words */
export function englishWordShare(text: string): number {
  const words = text.slice(0, 4000).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return 0;
  const sample = words.slice(0, 400);
  return sample.filter((w) => ENGLISH_WORDS.has(w)).length / sample.length;
}

/**
 * Coded unless another language leads clearly (a real score, English far behind) and the text
 * does not read as English: short English notes full of place and group names fool n-gram models,
 * so a text where English function words are common is always English enough to code.
 */
export function isSupported(guess: LanguageGuess, text?: string): boolean {
  if (!guess.language || guess.language === 'en') return true;
  if (text !== undefined && englishWordShare(text) >= 0.12) return true;
  return !(guess.accuracy >= 0.15 && guess.english < guess.accuracy / 4);
}
