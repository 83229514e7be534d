// The event list: a table in reading order, one button per event to open its evidence.
import type { EventRecord } from './api.ts';
import { colorFor } from './colors.ts';
import { h } from './dom.ts';


export function swatch(type: string): HTMLElement {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.background = colorFor(type);
  return el;
}

/** `events` are the first rows to show; `count` how many match in all */
export function renderList(body: HTMLTableSectionElement, caption: HTMLElement, events: EventRecord[], count: number, total: string, onOpen: (id: string) => void): void {
  const frag = document.createDocumentFragment();
  for (const e of events) {
    const open = h('button', { type: 'button', class: 'link', 'data-event': e.event_id }, e.location || e.admin1 || e.country || '(no place)');
    open.addEventListener('click', () => onOpen(e.event_id));
    const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
    frag.appendChild(
      h('tr', {},
        h('td', { class: 'nowrap' }, e.event_date),
        h('td', {}, swatch(e.event_type), e.event_type, h('br'), h('small', {}, e.sub_event_type)),
        h('td', {}, open, h('br'), h('small', {}, [e.admin1, e.country].filter(Boolean).join(', '))),
        h('td', {}, actors || '—'),
        h('td', { class: 'num' }, e.fatalities),
        h('td', { class: 'num' }, `${Math.round(e.confidence * 100)}%`),
      ),
    );
  }
  // one replace instead of removing the old rows one by one
  body.replaceChildren(frag);
  caption.textContent = count > events.length ? `Showing the newest ${events.length} of ${total} events` : `${total} events`;
}
