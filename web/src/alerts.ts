// The "what changed" panel: escalations in the last 24 h and 7 d against the period before.
import type { AlertChange, AlertsResponse } from './api.ts';
import { clear, h } from './dom.ts';

function item(c: AlertChange, onCountry: (country: string) => void): HTMLElement {
  const li = h('li', { class: c.escalation ? 'up' : 'down' });
  const name = c.scope === 'country' ? h('button', { type: 'button', class: 'link', title: `Filter to ${c.key}` }, c.key) : h('strong', {}, c.key);
  if (c.scope === 'country') name.addEventListener('click', () => onCountry(c.key));
  const arrow = c.delta > 0 ? `▲ ${c.delta}` : c.delta < 0 ? `▼ ${-c.delta}` : '＝';
  li.append(
    name,
    h('span', { class: 'delta', 'aria-label': `change ${c.delta}` }, ` ${arrow} `),
    h('span', { class: 'counts' }, `${c.current.count} vs ${c.previous.count}${c.current.fatalities ? `, ${c.current.fatalities} killed` : ''}`),
  );
  for (const f of c.flags) li.append(' ', h('span', { class: `flag flag-${f}` }, f === 'repeat' ? 'repeat attacks' : f));
  li.setAttribute('title', c.summary);
  return li;
}

export function renderAlerts(root: HTMLElement, a: AlertsResponse, onCountry: (country: string) => void): void {
  clear(root);
  if (!a.now) {
    root.appendChild(h('p', {}, 'No events yet.'));
    return;
  }
  root.appendChild(h('p', { class: 'meta' }, `As of ${a.now} (newest event)`));
  for (const w of [...a.windows].reverse()) {
    const label = w.name === '24h' ? 'Last 24 h' : 'Last 7 days';
    const sec = h('section', { 'aria-label': label }, h('h3', {}, `${label} `, h('small', {}, `${w.current.from} → ${w.current.to} vs previous`)));
    const rising = [...w.countries.filter((c) => c.escalation), ...w.actor_pairs.filter((c) => c.escalation && c.current.count >= 2)].slice(0, 6);
    const calmer = w.countries.filter((c) => !c.escalation).slice(0, 3);
    const ul = h('ul', { class: 'changes' });
    for (const c of rising) ul.appendChild(item(c, onCountry));
    for (const c of calmer) ul.appendChild(item(c, onCountry));
    if (!ul.childElementCount) ul.appendChild(h('li', {}, 'No change.'));
    sec.appendChild(ul);
    root.appendChild(sec);
  }
}
