// Whether a place in the text lies inside a quotation: a witness's or an official's own words, which
// in an article often retell the act the reporter told before them.

/** the offset `at` is inside a quotation opened in its paragraph and not yet closed */
export function insideQuote(text: string, at: number): boolean {
  const para = text.lastIndexOf('\n', at - 1) + 1;
  let straight = 0, open = -1, close = -1;
  for (let i = para; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++; // "
    else if (c === 0x201c) open = i; // “
    else if (c === 0x201d) close = i; // ”
  }
  return straight % 2 === 1 || open > close;
}
