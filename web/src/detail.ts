// Event detail in a modal <dialog>: the fields, confidence, sources, the merge explanation and each
// report with its evidence spans highlighted by field. Report text only ever becomes text nodes.
import type { EventDetail } from './api.ts';
import { clear, h } from './dom.ts';
import { CATEGORY_LABELS, categoryOf, splitRuns, type Category } from './highlight.ts';

const FIELDS: [string, string][] = [
  ['event_date', 'Date'], ['event_type', 'Event type'], ['sub_event_type', 'Sub-event type'], ['actor1', 'Actor 1'],
  ['assoc_actor_1', 'With actor 1'], ['actor2', 'Actor 2'], ['assoc_actor_2', 'With actor 2'], ['country', 'Country'], ['admin1', 'Region'], ['location', 'Location'], ['fatalities', 'Fatalities'],
  ['injuries', 'Injuries'], ['weapons', 'Weapons'], ['source', 'Source'], ['sources_count', 'Reports merged'], ['notes', 'Notes'],
];

const OPTIONAL = new Set(['assoc_actor_1', 'assoc_actor_2']);

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  return String(v);
}

function reportText(text: string, evidence: EventDetail['documents'][number]['evidence']): HTMLElement {
  const p = h('p', { class: 'report-text' });
  for (const run of splitRuns(text, evidence)) {
    if (!run.fields.length) {
      p.appendChild(document.createTextNode(run.text));
      continue;
    }
    const cat = categoryOf(run.fields[0]);
    const mark = h('mark', { class: `ev ev-${cat}`, 'data-fields': run.fields.join(' '), title: run.fields.join(', ') }, run.text);
    p.appendChild(mark);
  }
  return p;
}

function legend(categories: Set<Category>): HTMLElement {
  const ul = h('ul', { class: 'legend', 'aria-label': 'Highlight colours' });
  for (const c of categories) ul.appendChild(h('li', {}, h('mark', { class: `ev ev-${c}` }, CATEGORY_LABELS[c])));
  return ul;
}

export function renderDetail(root: HTMLElement, d: EventDetail): void {
  clear(root);
  const e = d.event;
  root.appendChild(h('h2', { id: 'detail-title', tabindex: '-1' }, `${e.event_type}: ${e.location || e.country}`, h('small', {}, ` ${e.event_date}`)));
  const conf = Math.round(e.confidence * 100);
  root.appendChild(
    h('p', { class: 'confidence' }, 'Confidence ', h('meter', { min: 0, max: 1, value: e.confidence, 'aria-label': 'confidence' }), ` ${conf}%`),
  );
  const dl = h('dl', { class: 'fields' });
  // associated actors only where the event has them: most events name none
  for (const [k, label] of FIELDS) if (!OPTIONAL.has(k) || e[k]) dl.append(h('dt', {}, label), h('dd', { 'data-field': k }, value(e[k])));
  root.appendChild(dl);

  if (d.merge.length > 1) {
    const ul = h('ul', {});
    for (const m of d.merge) ul.appendChild(h('li', {}, `${m.doc_id}: agreed on ${m.agreed.length ? m.agreed.join(', ') : 'nothing recorded'}`));
    root.append(h('h3', {}, 'Why these reports were merged'), ul);
  }

  root.appendChild(h('h3', {}, d.documents.length === 1 ? 'Source report' : `Source reports (${d.documents.length})`));
  for (const doc of d.documents) {
    const cats = new Set<Category>(doc.evidence.map((x) => categoryOf(x.field)));
    const meta = [doc.source, doc.published].filter(Boolean).join(' · ');
    const art = h('article', { class: 'report', 'aria-label': `Report ${doc.title ?? doc.id}` },
      h('h4', {}, doc.title || doc.id),
      meta ? h('p', { class: 'meta' }, meta) : null,
      doc.url && /^https?:\/\//.test(doc.url) ? h('p', { class: 'meta' }, h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, doc.url)) : null,
      cats.size ? legend(cats) : null,
      reportText(doc.text, doc.evidence),
    );
    root.appendChild(art);
  }
}
