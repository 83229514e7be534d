// HTML → readable article text and metadata, with @mozilla/readability over linkedom (no browser).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlShape, stripTags } from './html-shape.ts';

export interface ReadableArticle {
  title?: string;
  text: string;
  published?: string;
  outlet?: string;
  /** false when Readability found no article and the text is the page body's (menus and all) */
  article?: boolean;
}

/** fewer characters than this is a page with no article (an index page, a login wall, an error) */
export const MIN_ARTICLE_CHARS = 80;

/** why the page cannot be ingested as a report, or null */
export function articleProblem(a: ReadableArticle): string | null {
  if (a.text.trim().length < MIN_ARTICLE_CHARS) return `no article text in the page (${a.text.trim().length} characters)`;
  return null;
}

function meta(document: any, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content');
    if (v) return String(v).trim();
  }
  return undefined;
}

function jsonLdDate(document: any): string | undefined {
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent || '');
      for (const item of Array.isArray(data) ? data : [data, ...(data['@graph'] ?? [])]) {
        if (item && typeof item.datePublished === 'string') return item.datePublished;
      }
    } catch {
      /* a broken JSON-LD block is common; the other metadata still counts */
    }
  }
  return undefined;
}

/** YYYY-MM-DD from an ISO-ish timestamp when it is a real day (1900–2100), or undefined */
export function isoDay(value: string | undefined): string | undefined {
  const m = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2100 || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** deeper than this, Readability's scoring gets slow: the body text is used instead */
export const READABILITY_MAX_DEPTH = 80;
/** deeper than this (or more elements), no DOM is built at all: tags are stripped linearly */
export const DOM_MAX_DEPTH = 2000;
export const DOM_MAX_ELEMENTS = 50_000;
/** Readability's cost grows fast with elements; article pages have far fewer than this */
export const READABILITY_MAX_ELEMENTS = 5_000;
/** nor this much text (a news article is a few thousand characters; boilerplate is negligible here) */
export const READABILITY_MAX_TEXT = 100_000;

function collapse(text: string): string {
  // one line per non-empty line (tag-stripped text marks blocks with line breaks)
  return text
    .split('\n')
    .map((p: string) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Readability keeps the layout's blank lines: paragraphs are separated by blank lines, and runs of
 * whitespace inside a paragraph become one space. Line by line, so it stays linear (the regex
 * "whitespace, newline, whitespace" is quadratic on a long run of spaces with no newline).
 */
export function paragraphs(text: string): string {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    const p = cur.join(' ').replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    cur = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else cur.push(line);
  }
  flush();
  return out.join('\n');
}

/** length of the longest run of whitespace (NBSP included), in one pass */
export function longestSpaceRun(text: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 160 || (c >= 9 && c <= 13) || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) {
      run++;
      if (run > best) best = run;
    } else run = 0;
  }
  return best;
}

export function readHtml(html: string): ReadableArticle {
  const shape = htmlShape(html);
  if (shape.maxDepth > DOM_MAX_DEPTH || shape.elements > DOM_MAX_ELEMENTS) {
    return { text: collapse(stripTags(html)), article: false };
  }
  const { document } = parseHTML(html);
  const published = isoDay(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate') ?? jsonLdDate(document));
  const outlet = meta(document, 'og:site_name', 'application-name');
  const metaTitle = meta(document, 'og:title');
  let text = '';
  let title: string | undefined;
  // the fallback text is taken before Readability runs: parse() rewrites the DOM it is given
  const body = document.querySelector('body');
  // scripts and styles are not text a reader sees
  for (const el of body?.querySelectorAll('script, style, noscript, template') ?? []) el.remove();
  const bodyText: string = body?.textContent ?? '';
  try {
    if (shape.maxDepth > READABILITY_MAX_DEPTH) throw new Error('too deeply nested for Readability');
    if (shape.elements > READABILITY_MAX_ELEMENTS) throw new Error('too many elements for Readability');
    // a handful of elements has no boilerplate to remove, and Readability re-reads long text often
    if (shape.elements < 8) throw new Error('nothing for Readability to remove');
    if (bodyText.length > READABILITY_MAX_TEXT) throw new Error('too much text for Readability');
    // Readability trims with regexes like "whitespace at the end", quadratic on long whitespace runs
    if (longestSpaceRun(bodyText) > 1000) throw new Error('whitespace runs too long for Readability');
    const article = new Readability(document as any, { maxElemsToParse: DOM_MAX_ELEMENTS }).parse();
    text = article?.textContent ?? '';
    title = article?.title ?? undefined;
  } catch {
    text = '';
  }
  const article = text.trim().length > 0;
  if (!article) text = bodyText;
  text = paragraphs(text);
  return { title: title || metaTitle || document.querySelector('title')?.textContent?.trim() || undefined, text, published, outlet, article };
}
