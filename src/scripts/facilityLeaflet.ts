/**
 * The Leaflet map of the facilities. Its own page script (FacilityMapScript.astro), put on the page
 * only when a facility has a position: the browser fetches it alongside the list script instead of
 * after it, and no dynamic-import helper has to travel in the list script (about 0.7 KB gzip).
 * Leaflet and its CSS are bundled from node_modules (never a CDN) into files of our own site; the only
 * other host contacted is the one tile source of src/config/site.ts. Markers are drawn with CSS (no
 * marker images); a popup shows a copy of the list entry (or, when the page lists districts, an
 * entry built from the map's JSON file, with a link to the full entry). When markers would crowd, the clustering
 * plugin comes as one more page script (FacilityClustersScript.astro). When tiles fail (offline,
 * blocked), markers and the list keep working and the page says why the map is blank. The map tells
 * the list script it is ready with a `facilitymap` event on #facility-map carrying its small API.
 */
// Leaflet's ES module build, by name: with the UMD build (or `import * as`), a bundler helper would be
// shared with the clustering plugin's script and cost every map page one more file; named imports also
// let the bundler drop parts of Leaflet nothing uses. Its CSS is trimmed to what we use.
import type * as LT from 'leaflet';
import {
  map, tileLayer, divIcon, marker, latLng, latLngBounds, popup, layerGroup, featureGroup, extend, bind, stamp, setOptions,
  Marker, LayerGroup, FeatureGroup, LatLngBounds, LatLng, Point, Util, DomUtil, Browser, Polyline, Polygon, Path, Icon, DivIcon, Evented,
} from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from '../styles/leaflet-map.css?raw';
import { clusterThreshold } from '../config/facilities.ts';
import { adoptCss } from './adoptCss.ts';
import type { compactEntry as CompactEntry } from './facilityCompactEntry.ts';
import type { CompactFacility } from '../lib/facilityList.ts';

// The clustering plugin (written before modules) extends a global L, which must be a mutable object
// (a module namespace is frozen); its script runs right after this one.
// What this file uses, and what the plugin reads from L (grep "L\.[A-Za-z]" in its source when upgrading).
const L = {
  map, tileLayer, divIcon, marker, latLng, latLngBounds, popup, layerGroup, featureGroup, extend, bind, stamp, setOptions,
  Marker, LayerGroup, FeatureGroup, LatLngBounds, LatLng, Point, Util, DomUtil, Browser, Polyline, Polygon, Path, Icon, DivIcon, Evented,
} as typeof LT & { markerClusterGroup?: typeof LT.markerClusterGroup };
(window as unknown as { L: typeof L }).L = L;

export interface MapApi {
  filter(visible: Set<string>): void;
  focus(from: [number, number], nearest: [number, number][]): void;
  /** The marker data, when it came from the JSON file (the page then has no list entries to read). */
  facilities?: CompactFacility[];
  /** Builds a short entry from that data; handed over so the list script, inlined in the page, stays small. */
  entry?: (f: CompactFacility) => HTMLElement;
}

/** What a marker needs: where, a name, and what its popup shows. */
interface MapItem { id: string; at: [number, number]; name: string; popup(): HTMLElement }

// The JSON request starts as soon as this script runs, while the rest of the page is still parsed.
const box0 = document.querySelector<HTMLElement>('#facility-map');
const data = box0?.dataset.src ? fetch(box0.dataset.src).then((r) => r.json() as Promise<CompactFacility[]>) : undefined;

// Module scripts run in page order before DOMContentLoaded: by then the list script listens and the
// clustering plugin (when the page has one) is loaded.
document.addEventListener('DOMContentLoaded', async () => {
  const box = document.querySelector<HTMLElement>('#facility-map');
  if (!box) return;
  let items: MapItem[];
  let facilities: CompactFacility[] | undefined;
  // Put on the page by FacilityCompactEntryScript.astro together with the JSON file (its script ran by now).
  const compactEntry = (window as unknown as { facilityCompactEntry?: typeof CompactEntry }).facilityCompactEntry;
  if (data && compactEntry) {
    facilities = await data;
    items = facilities.map((f) => ({ id: f.id, at: [f.lat, f.lon], name: f.n, popup: () => compactEntry(f) }));
  } else {
    items = [...document.querySelectorAll<HTMLElement>('#facility-list .facility[data-lat]')].map((li) => ({
      id: li.id,
      at: [Number(li.dataset.lat), Number(li.dataset.lon)],
      name: li.querySelector('.facility-name')?.textContent ?? '',
      popup: () => {
        const copy = li.cloneNode(true) as HTMLElement;
        copy.removeAttribute('id');
        copy.hidden = false;
        return copy;
      },
    }));
  }
  if (items.length === 0) return;
  box.hidden = false;
  const api = await showMap(box, items);
  api.facilities = facilities;
  if (compactEntry) api.entry = compactEntry;
  box.dispatchEvent(new CustomEvent<MapApi>('facilitymap', { detail: api }));
});

async function showMap(box: HTMLElement, entries: MapItem[]): Promise<MapApi> {
  // Milliseconds since navigation start, read by the benchmark (scripts/bench/map.ts).
  box.dataset.started = String(Math.round(performance.now()));
  const crowded = entries.length > clusterThreshold;
  adoptCss(leafletCss);
  const canvas = box.querySelector<HTMLElement>('.facility-map-canvas')!;
  const tilesFailed = box.querySelector<HTMLElement>('.tiles-failed');
  // minZoom 5 still shows all of southern Kazakhstan; not offering zoom levels down to the whole world
  // spares the clustering plugin a third of its work (it builds clusters for every zoom level).
  const map = L.map(canvas, { zoomSnap: 0.5, minZoom: 5 });
  map.attributionControl.setPrefix(false);
  const tiles = L.tileLayer(box.dataset.tileUrl!, {
    attribution: box.dataset.tileAttribution,
    maxZoom: Number(box.dataset.maxZoom ?? 19),
  });
  tiles.on('tileerror', () => {
    if (tilesFailed) tilesFailed.hidden = false;
  });
  tiles.addTo(map);

  const icon = L.divIcon({ className: 'facility-marker', html: '<span></span>', iconSize: [44, 44], iconAnchor: [22, 40], popupAnchor: [0, -34] });
  const markers = new Map<string, LT.Marker>();
  const entryOf = new Map<LT.Marker, MapItem>();
  const bounds = L.latLngBounds([]);
  for (const item of entries) {
    const at = L.latLng(item.at[0], item.at[1]);
    const marker = L.marker(at, { icon, title: item.name, alt: item.name, keyboard: true, riseOnHover: true });
    markers.set(item.id, marker);
    entryOf.set(marker, item);
    bounds.extend(at);
  }
  // One popup for the whole map, filled when a marker is chosen: 5,000 markers cost no 5,000 popups.
  const popup = L.popup({ maxWidth: 300, autoPanPadding: [16, 16], offset: [0, -30] });
  const openFor = (marker: LT.Marker) => {
    const item = entryOf.get(marker);
    if (!item) return;
    const copy = item.popup();
    const wrap = document.createElement('ul');
    wrap.className = 'facilities';
    wrap.append(copy);
    popup.setLatLng(marker.getLatLng()).setContent(wrap).openOn(map);
  };
  // A tap, or Enter on a marker reached with the keyboard (bindPopup would do this per marker).
  const onChoose = (e: LT.LeafletEvent) => openFor(e.target as LT.Marker);
  const onKey = (e: LT.LeafletKeyboardEvent) => {
    if (e.originalEvent.key === 'Enter') openFor(e.target as LT.Marker);
  };
  for (const marker of markers.values()) marker.on({ click: onChoose, keypress: onKey });
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });

  // Clustering is worth its cost only when markers would crowd; then the plugin's page script has run.
  const clusterGroup = crowded ? L.markerClusterGroup : undefined;
  let group: LT.LayerGroup;
  let ready: Promise<void>;
  if (clusterGroup) {
    let done!: () => void;
    ready = new Promise((resolve) => (done = resolve));
    // chunkedLoading: thousands of markers are clustered in slices of ~100 ms, so the page keeps
    // answering taps and scrolling meanwhile; the group is on the map first, so each slice shows.
    group = clusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 60,
      spiderfyOnMaxZoom: true,
      chunkedLoading: true,
      chunkInterval: 100,
      chunkProgress: (processed: number, total: number) => {
        if (processed >= total) done();
      },
    });
  } else {
    group = L.layerGroup();
    ready = Promise.resolve();
  }
  group.addTo(map);
  const add = (list: LT.Marker[]) => {
    const g = group as LT.MarkerClusterGroup;
    if (typeof g.addLayers === 'function') g.addLayers(list, true);
    else for (const m of list) group.addLayer(m);
  };
  add([...markers.values()]);
  await ready;
  let shownAll = true;
  box.dataset.ready = String(Math.round(performance.now()));

  return {
    filter(visible: Set<string>) {
      // Nothing to redo when everything was and still is shown (the first call, after loading).
      if (shownAll && visible.size === markers.size) return;
      shownAll = visible.size === markers.size;
      group.clearLayers();
      add([...markers].filter(([id]) => visible.has(id)).map(([, m]) => m));
    },
    focus(from: [number, number], nearest: [number, number][]) {
      map.fitBounds(L.latLngBounds([from, ...nearest]), { padding: [24, 24], maxZoom: 16 });
    },
  };
}
