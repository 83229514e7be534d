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

/** the language of the first few KB; short texts ("Protest in Kyiv") stay undecided */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000).trim();
  if (sample.length < 20) return { accuracy: 0, english: 0 };
  const all = detectAll(sample);
  const best = all[0];
  const english = all.find((c) => c.lang === 'en')?.accuracy ?? 0;
  if (!best) return { accuracy: 0, english };
  const second = all[1]?.accuracy ?? 0;
  // a low score still names the language when it is far ahead of the runner-up
  const clear = best.accuracy >= 0.3 || (best.accuracy >= 0.1 && best.accuracy >= 5 * second);
  return clear ? { language: best.lang, accuracy: best.accuracy, english } : { accuracy: best.accuracy, english };
}

/** coded unless another language is detected with confidence and English is not a close second */
export function isSupported(guess: LanguageGuess): boolean {
  if (!guess.language || guess.language === 'en') return true;
  return !(guess.accuracy >= 0.5 && guess.english < 0.1);
}
