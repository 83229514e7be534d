// Language of a report (tinyld, offline). The extractor's lexicons are English: other languages are
// stored and marked unsupported rather than coded wrongly.
import { detectAll } from 'tinyld';

export interface LanguageGuess {
  /** ISO 639-1 code, or undefined when the text is too short or mixed to tell */
  language?: string;
  accuracy: number;
}

/** the language of the first few KB; short texts ("Protest in Kyiv") stay undecided */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000).trim();
  if (sample.length < 20) return { accuracy: 0 };
  const [best] = detectAll(sample);
  if (!best || best.accuracy < 0.3) return { accuracy: best?.accuracy ?? 0 };
  return { language: best.lang, accuracy: best.accuracy };
}

/** only English is coded; undecided texts are coded too (most short wire items are English) */
export function isSupported(guess: LanguageGuess): boolean {
  return guess.language === undefined || guess.language === 'en';
}
