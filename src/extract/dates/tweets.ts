// An embedded tweet ends with its author and the day it was posted ("— Jane Doe (@janedoe) March 12,
// 2022"). Its "today" and "yesterday" are that day's, not the article's: the sentences of the tweet
// are read against the day it was posted.
import { dayOf, monthNumber } from './calendar.ts';

/** "— Name (@handle) Month D, YYYY" (a dash, a handle in brackets, then the posting day) */
const SIGNATURE = /(?:[—–]|\s-)\s*[^\n—–()]{0,60}\(@\w{1,30}\)\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s*(\d{4})/g;

/** a tweet holds at most 280 characters; with a link and a picture address, a little more */
const MAX_TWEET = 400;

export interface TweetSpan {
  /** [start, end) of the tweet's text and signature in the document */
  start: number;
  end: number;
  /** the day it was posted (a day number) */
  day: number;
}

/** the embedded tweets of a document, each from the line it starts on to its signature */
export function tweetSpans(text: string): TweetSpan[] {
  if (!text.includes('(@')) return [];
  const out: TweetSpan[] = [];
  SIGNATURE.lastIndex = 0;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    const month = monthNumber(m[1]);
    const day = month === null ? null : dayOf(Number(m[3]), month, Number(m[2]));
    if (day === null) continue;
    const floor = Math.max(0, m.index - MAX_TWEET, out.length ? out[out.length - 1].end : 0);
    const line = text.lastIndexOf('\n', m.index);
    out.push({ start: Math.max(floor, line + 1), end: m.index + m[0].length, day });
  }
  return out;
}

/** the posting day of the tweet a sentence [start, end) lies in, if any (a sentence that runs on
 *  past the signature is the article's again: text without line breaks joins them) */
export function tweetDay(spans: TweetSpan[], start: number, end: number): number | undefined {
  for (const t of spans) if (start >= t.start && start < t.end && end <= t.end + 2) return t.day;
  return undefined;
}
