// The offline map: country shapes from world-atlas (bundled, nothing fetched) on a Leaflet canvas,
// events as circles coloured by type and sized by fatalities, grid-clustered when dense.
// The base map has its own canvas so a filter change redraws only the event layer.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { EventRecord } from './api.ts';
import { clusterIndexes, clusterLabel, projectAll, radiusFor, type Projected } from './cluster.ts';
import { colorFor } from './colors.ts';
import { h } from './dom.ts';

/**
 * A circle marker that draws its cluster count on the same canvas, right after the circle.
 * One DOM element per cluster label (a divIcon) made each redraw build and lay out hundreds of
 * nodes; on the canvas a label is one fillText. Hooks Leaflet's canvas path update (1.9).
 */
const LabelledCircle = L.CircleMarker.extend({
  _updatePath(this: L.CircleMarker & { _renderer: any; _point: L.Point; _empty(): boolean; options: { label?: string } }) {
    (L.CircleMarker.prototype as any)._updatePath.call(this);
    const label = this.options.label;
    const r = this._renderer;
    if (!label || !r?._drawing || this._empty()) return;
    const ctx = r._ctx as CanvasRenderingContext2D;
    ctx.save();
    ctx.globalAlpha = 1;
    ctx.font = '700 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.strokeText(label, this._point.x, this._point.y);
    ctx.fillStyle = '#fff';
    ctx.fillText(label, this._point.x, this._point.y);
    ctx.restore();
  },
}) as unknown as new (latlng: L.LatLngExpression, options: L.CircleMarkerOptions & { label?: string }) => L.CircleMarker;

export class EventMap {
  readonly map: L.Map;
  private readonly renderer: L.Canvas;
  private readonly layer: L.LayerGroup;
  private events: EventRecord[] = [];
  private projected: Projected = projectAll([]);
  private visible: ArrayLike<number> | null = null;

  constructor(
    el: HTMLElement,
    private readonly onOpen: (id: string) => void,
  ) {
    this.map = L.map(el, {
      preferCanvas: true,
      attributionControl: false,
      minZoom: 1,
      maxZoom: 12,
      worldCopyJump: false,
      maxBounds: [[-85, -200], [85, 200]],
      keyboard: true,
    }).setView([25, 25], 2);
    this.map.createPane('base').style.zIndex = '350';
    const base = L.canvas({ pane: 'base', padding: 0.2 });
    this.renderer = L.canvas({ padding: 0.2 });
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topo, topo.objects.countries);
    L.geoJSON(countries as GeoJSON.FeatureCollection, {
      interactive: false,
      style: { color: '#9aa4ae', weight: 0.6, fillColor: '#e9ecef', fillOpacity: 1 },
      renderer: base,
      pane: 'base',
    } as L.GeoJSONOptions).addTo(this.map);
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on('zoomend moveend', () => this.redraw());
  }

  /** a new data set: projected once, then shown whole or through show(indexes) */
  setData(events: EventRecord[], visible: ArrayLike<number> | null = null): void {
    this.events = events;
    this.projected = projectAll(events);
    this.visible = visible;
    this.redraw();
  }

  /** shows only the events at these indexes (null: all) */
  show(indexes: ArrayLike<number> | null): void {
    this.visible = indexes;
    this.redraw();
  }

  /** zooms to the loaded events (or the world when there are none) */
  fit(): void {
    const { lat, lon } = this.projected;
    let [s, w, n, e] = [90, 180, -90, -180];
    for (let i = 0; i < lat.length; i++) {
      if (lat[i] !== lat[i]) continue;
      s = Math.min(s, lat[i]);
      n = Math.max(n, lat[i]);
      w = Math.min(w, lon[i]);
      e = Math.max(e, lon[i]);
    }
    if (s > n) return void this.map.setView([25, 25], 2);
    this.map.fitBounds(L.latLngBounds([s, w], [n, e]).pad(0.3), { maxZoom: 7 });
  }

  redraw(): void {
    this.layer.clearLayers();
    const zoom = this.map.getZoom();
    const view = this.map.getBounds().pad(0.25);
    const ev = this.events;
    const clusters = clusterIndexes(this.projected, this.visible, zoom, (i) => ev[i].event_type, (i) => ev[i].fatalities);
    for (const c of clusters) {
      if (!view.contains([c.lat, c.lon])) continue;
      const single = c.count === 1 ? ev[c.members[0]] : null;
      const marker = new LabelledCircle([c.lat, c.lon], {
        renderer: this.renderer,
        radius: radiusFor(c.fatalities, c.count),
        color: c.count > 1 ? '#ffffff' : '#333333',
        weight: c.count > 1 ? 2 : 1,
        fillColor: colorFor(c.type),
        fillOpacity: c.count > 1 ? 0.85 : 0.8,
        label: c.count > 1 ? clusterLabel(c.count) : undefined,
      });
      // tooltip content is an element with text children, never an HTML string
      marker.bindTooltip(
        () =>
          single
            ? h('span', {}, `${single.event_date} · ${single.event_type} · ${single.location || single.country}`, single.fatalities ? ` · ${single.fatalities} killed` : '')
            : h('span', {}, `${c.count} events${c.fatalities ? ` · ${c.fatalities} killed` : ''} — click to zoom`),
        { direction: 'top' },
      );
      marker.on('click', () => {
        if (single) this.onOpen(single.event_id);
        else this.map.setView([c.lat, c.lon], Math.min(this.map.getMaxZoom(), zoom + 2));
      });
      marker.addTo(this.layer);
    }
  }

  resize(): void {
    this.map.invalidateSize();
  }
}
