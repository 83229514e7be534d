// Linear-time guards for hostile HTML. Readability's scoring is super-linear in nesting depth
// (1,000 nested <div>s took ~40 s), and a DOM of 100k nested elements is slow to build at all;
// these scans measure a page first and strip tags without a DOM when it is pathological.

/** elements that never nest (void) or are routinely left unclosed (p, li, td, …) */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd',
]);

export interface HtmlShape {
  maxDepth: number;
  elements: number;
}

/** nesting depth and element count, in one pass over the tags */
export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[2].toLowerCase();
    if (NON_NESTING.has(name) || m[3] === '/') {
      if (!m[1]) elements++;
      continue;
    }
    if (m[1]) depth = Math.max(0, depth - 1);
    else {
      elements++;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
  }
  return { maxDepth, elements };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** cuts <script>, <style>, <noscript>, <template> blocks and comments, by indexOf (linear) */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  const open = /<(script|style|noscript|template)\b|<!--/g;
  let out = '';
  let i = 0;
  for (;;) {
    open.lastIndex = i;
    const m = open.exec(lower);
    if (!m) return out + html.slice(i);
    const start = m.index;
    out += html.slice(i, start) + ' ';
    if (lower.startsWith('<!--', start)) {
      const end = lower.indexOf('-->', start + 4);
      i = end < 0 ? html.length : end + 3;
    } else {
      const name = /^<([a-z]+)/.exec(lower.slice(start, start + 12))![1];
      const end = lower.indexOf(`</${name}`, start);
      if (end < 0) return out;
      const close = lower.indexOf('>', end);
      i = close < 0 ? html.length : close + 1;
    }
  }
}

/** plain text of any HTML without building a DOM: block tags become line breaks */
export function stripTags(html: string): string {
  return decodeEntities(
    dropBlocks(html)
      .replace(/<\/?(p|div|br|li|h[1-6]|article|section|tr|blockquote|header|footer|ul|ol|table)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  );
}
