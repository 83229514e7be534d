// The filter panel: a labelled form whose values are the server-side part of the view state.
import type { ViewState } from './state.ts';
import { EVENT_TYPES } from './colors.ts';
import { byId, clear, h } from './dom.ts';

export function fillTypeOptions(select: HTMLSelectElement): void {
  for (const t of EVENT_TYPES) select.appendChild(h('option', { value: t }, t));
}

export function fillCountries(list: HTMLDataListElement, countries: string[]): void {
  clear(list);
  for (const c of countries) list.appendChild(h('option', { value: c }));
}

const input = (id: string) => byId<HTMLInputElement>(id);

export function writeForm(s: ViewState): void {
  input('f-from').value = s.from ?? '';
  input('f-to').value = s.to ?? '';
  input('f-country').value = s.country ?? '';
  byId<HTMLSelectElement>('f-type').value = s.event_type ?? '';
  input('f-actor').value = s.actor ?? '';
  input('f-q').value = s.q ?? '';
  input('f-conf').value = String(s.min_confidence ?? 0);
  byId('f-conf-out').textContent = `${Math.round((s.min_confidence ?? 0) * 100)}%`;
}

export function readForm(prev: ViewState): ViewState {
  const str = (id: string) => input(id).value.trim() || undefined;
  const conf = Number(input('f-conf').value);
  return {
    from: str('f-from'),
    to: str('f-to'),
    country: str('f-country'),
    event_type: byId<HTMLSelectElement>('f-type').value || undefined,
    actor: str('f-actor'),
    q: str('f-q'),
    min_confidence: conf > 0 ? conf : undefined,
    brush: prev.brush,
  };
}
