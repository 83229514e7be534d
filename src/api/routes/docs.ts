// The OpenAPI document at /api/openapi.json and an offline docs page at /api/docs, rendered here
// as static HTML (every string escaped; no script) so it works with no CDN and under the CSP.
import type { FastifyInstance } from 'fastify';

type Json = Record<string, unknown>;

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function describeSchema(s: Json | undefined): string {
  if (!s) return '';
  if (s.$ref) return String(s.$ref).replace(/#.*$/, '').replace(/^.*\//, '');
  const parts: string[] = [];
  const t = Array.isArray(s.type) ? (s.type as string[]).join(' | ') : String(s.type ?? '');
  parts.push(t);
  if (Array.isArray(s.enum)) parts.push(`one of: ${(s.enum as unknown[]).join(', ')}`);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? ''}..${s.maximum ?? ''}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  if (s.pattern) parts.push(`pattern ${s.pattern}`);
  return parts.filter(Boolean).join('; ');
}

export function renderDocsPage(doc: Json): string {
  const info = (doc.info ?? {}) as Json;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const out: string[] = [];
  out.push('<!doctype html><html lang="en"><head><meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(info.title)} API</title><link rel="stylesheet" href="/api/docs.css"></head><body><main>`);
  out.push(`<h1>${escapeHtml(info.title)} API <small>${escapeHtml(info.version)}</small></h1>`);
  out.push(`<p>${escapeHtml(info.description)}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>`);
  out.push('<nav aria-label="Routes"><ul>');
  for (const [path, ops] of Object.entries(paths)) {
    for (const method of Object.keys(ops)) out.push(`<li><a href="#${escapeHtml(method + path)}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a></li>`);
  }
  out.push('</ul></nav>');
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      out.push(`<section id="${escapeHtml(method + path)}"><h2><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></h2>`);
      out.push(`<p>${escapeHtml(op.summary ?? op.description ?? '')}</p>`);
      const params = (op.parameters ?? []) as Json[];
      if (params.length) {
        out.push('<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">required</th><th scope="col">schema</th><th scope="col">description</th></tr></thead><tbody>');
        for (const p of params) {
          const schema = p.schema as Json | undefined;
          out.push(`<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${escapeHtml(describeSchema(schema))}</td><td>${escapeHtml(p.description ?? schema?.description ?? '')}</td></tr>`);
        }
        out.push('</tbody></table>');
      }
      const body = (((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined;
      if (body) out.push(`<h3>Request body</h3><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre>`);
      const responses = Object.keys((op.responses ?? {}) as Json);
      out.push(`<p>Responses: ${responses.map((r) => `<code>${escapeHtml(r)}</code>`).join(' ')}</p></section>`);
    }
  }
  out.push('</main></body></html>');
  return out.join('\n');
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafafa}main{max-width:980px;margin:auto;padding:1rem}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;text-align:left;padding:.25rem .4rem;vertical-align:top}pre{background:#f3f3f3;padding:.5rem;overflow:auto;font-size:12px}
caption{text-align:left;font-weight:600}small{color:#666;font-weight:normal}`;

export async function docsRoutes(app: FastifyInstance): Promise<void> {
  const hide = { schema: { hide: true } };
  app.get('/api/openapi.json', hide, async () => app.swagger());
  let page: string | null = null;
  app.get('/api/docs', hide, async (_req, reply) => {
    page ??= renderDocsPage(app.swagger() as unknown as Json);
    return reply.type('text/html; charset=utf-8').send(page);
  });
  app.get('/api/docs.css', hide, async (_req, reply) => reply.type('text/css; charset=utf-8').send(CSS));
}
