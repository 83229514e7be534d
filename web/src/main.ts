// Dashboard entry: wires the filter form, map, timeline, list, alerts and detail view to the URL
// state. Server filters refetch; the timeline brush filters the loaded events in the browser.
import 'leaflet/dist/leaflet.css';
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { ApiError, loadAlerts, loadCountries, loadDaily, loadEvent, loadEvents, setToken, type EventRecord } from './api.ts';
import { renderAlerts } from './alerts.ts';
import { renderDetail } from './detail.ts';
import { dayKeysOf, indexesInRange } from './brush.ts';
import { announce, byId } from './dom.ts';
import { fillCountries, fillTypeOptions, readForm, writeForm } from './filters.ts';
import { renderList } from './list.ts';
import { EventMap } from './map.ts';
import { formatState, parseState, sameServerFilters, type ViewState } from './state.ts';
import { Timeline } from './timeline.ts';

const MAX_EVENTS = 20_000;
const LIST_ROWS = 100;

let state: ViewState = parseState(location.hash);
let loaded: EventRecord[] = [];
/** event_date of each loaded event as a number (20240813), made once per data set for the brush */
let dayKeys: Int32Array = new Int32Array(0);
let truncated = false;
let inflight: AbortController | null = null;

const status = byId('status');
const dialog = byId<HTMLDialogElement>('detail');
const map = new EventMap(byId('map'), (id) => navigate({ ...state, event: id }));
const timeline = new Timeline(byId('timeline'), (brush) => navigate({ ...state, brush: brush ?? undefined }));

/** indexes of the loaded events inside the brush (null: all) */
function brushIndexes(b: [string, string] | undefined): Int32Array | null {
  return b ? indexesInRange(dayKeys, b[0], b[1]) : null;
}

/** the brush, applied in the browser; returns the time taken for the test and bench hooks */
function applyView(fresh = false): number {
  const t0 = performance.now();
  if (fresh) dayKeys = dayKeysOf(loaded);
  const b = state.brush;
  const idx = brushIndexes(b);
  const t1 = performance.now();
  if (fresh) map.setData(loaded, idx);
  else map.show(idx);
  const t2 = performance.now();
  const count = idx ? idx.length : loaded.length;
  const first: EventRecord[] = [];
  for (let k = 0; k < Math.min(count, LIST_ROWS); k++) first.push(loaded[idx ? idx[k] : k]);
  const total = `${count.toLocaleString('en')}${truncated && !b ? '+' : ''}`;
  renderList(byId('list-body'), byId('list-caption'), first, count, total, (id) => navigate({ ...state, event: id }));
  byId('brush-info').textContent = b ? `Selected ${b[0]} → ${b[1]}` : 'Drag across the timeline to select days';
  byId<HTMLButtonElement>('brush-clear').hidden = !b;
  hooks.timings = { filter: t1 - t0, map: t2 - t1, list: performance.now() - t2 };
  const ms = performance.now() - t0;
  hooks.lastRedrawMs = ms;
  return ms;
}

async function loadData(): Promise<void> {
  inflight?.abort();
  const ctl = new AbortController();
  inflight = ctl;
  status.textContent = 'Loading…';
  try {
    const [page, daily] = await Promise.all([loadEvents(state, MAX_EVENTS, ctl.signal), loadDaily(state, ctl.signal)]);
    loaded = page.events;
    truncated = page.truncated;
    timeline.setData(daily, state.brush);
    applyView(true);
    map.fit();
    status.textContent = truncated ? `Showing the newest ${loaded.length.toLocaleString('en')} matching events` : '';
    announce(`${loaded.length} events loaded`);
    hooks.ready = true;
  } catch (err) {
    if ((err as Error).name === 'AbortError') return;
    showError(err);
  }
}

function showError(err: unknown): void {
  if (err instanceof ApiError && err.status === 401) {
    byId('token-form').hidden = false;
    status.textContent = 'This server needs a read token.';
  } else {
    status.textContent = `Could not load data: ${(err as Error).message}`;
  }
  announce(status.textContent ?? '');
}

async function openDetail(id: string): Promise<void> {
  try {
    const d = await loadEvent(id);
    renderDetail(byId('detail-body'), d);
    if (!dialog.open) dialog.showModal();
    byId('detail-title').focus();
    hooks.detailOpen = id;
  } catch (err) {
    showError(err);
  }
}

function navigate(next: ViewState): void {
  const hash = formatState(next);
  if (hash === location.hash || (hash === '' && location.hash === '')) return void render(next);
  history.pushState(null, '', hash || location.pathname + location.search);
  render(next);
}

function render(next: ViewState): void {
  const prev = state;
  state = next;
  writeForm(state);
  if (!sameServerFilters(prev, next) || !hooks.ready) void loadData();
  else if (prev.brush?.join() !== next.brush?.join()) {
    timeline.showBrush(next.brush);
    applyView();
  }
  if (next.event && next.event !== prev.event) void openDetail(next.event);
  if (!next.event && dialog.open) dialog.close();
}

// test and bench hooks: read-only views plus a way to load synthetic events into the page
const hooks = {
  ready: false,
  lastRedrawMs: 0,
  timings: { filter: 0, map: 0, list: 0 },
  detailOpen: '' as string,
  get count() {
    return loaded.length;
  },
  loadSynthetic(events: EventRecord[]) {
    loaded = events;
    truncated = false;
    return applyView(true);
  },
  setBrush(brush: [string, string] | null) {
    state = { ...state, brush: brush ?? undefined };
    return applyView();
  },
};
(window as unknown as { __sitrep: typeof hooks }).__sitrep = hooks;

function boot(): void {
  fillTypeOptions(byId<HTMLSelectElement>('f-type'));
  writeForm(state);
  const form = byId<HTMLFormElement>('filters');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate({ ...readForm(state), brush: undefined });
  });
  byId('f-type').addEventListener('change', () => navigate({ ...readForm(state), brush: undefined }));
  byId('f-conf').addEventListener('input', () => (byId('f-conf-out').textContent = `${Math.round(Number(byId<HTMLInputElement>('f-conf').value) * 100)}%`));
  byId('reset').addEventListener('click', () => navigate({}));
  byId('brush-clear').addEventListener('click', () => navigate({ ...state, brush: undefined }));
  dialog.addEventListener('close', () => {
    hooks.detailOpen = '';
    if (state.event) navigate({ ...state, event: undefined });
  });
  byId('detail-close').addEventListener('click', () => dialog.close());
  byId<HTMLFormElement>('token-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    setToken(byId<HTMLInputElement>('token').value.trim() || null);
    byId('token-form').hidden = true;
    void boot2();
  });
  window.addEventListener('popstate', () => render(parseState(location.hash)));
  new ResizeObserver(() => map.resize()).observe(byId('map'));
  void boot2();
}

async function boot2(): Promise<void> {
  await loadData();
  if (state.event) void openDetail(state.event);
  loadCountries()
    .then((rows) => fillCountries(byId<HTMLDataListElement>('countries'), [...new Set(rows.map((r) => r.key).filter(Boolean))].sort()))
    .catch(() => undefined);
  loadAlerts()
    .then((a) => renderAlerts(byId('alerts-body'), a, (country) => navigate({ ...state, country, brush: undefined })))
    .catch(showError);
}

boot();
