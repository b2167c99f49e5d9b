/**
 * The Leaflet map of the facilities, loaded by facilityPage.ts only when a facility has a position.
 * Leaflet and its CSS are bundled from node_modules (never a CDN) into files of our own site; the only
 * other host contacted is the one tile source of src/config/site.ts. Markers are drawn with CSS (no
 * marker images); a popup shows a copy of the list entry. When markers would crowd, the clustering
 * plugin is fetched as well. When tiles fail (offline, blocked), markers and the list keep working and
 * the page says why the map is blank.
 */
// Leaflet's own minified build (smaller than re-minifying its source) and its CSS, trimmed to what we use.
import L from 'leaflet/dist/leaflet.js';
import leafletCss from '../styles/leaflet-map.css?raw';
import { clusterThreshold } from '../config/facilities.ts';

/**
 * Applies Leaflet's CSS as a constructed stylesheet: it travels inside this file (no extra request,
 * and the list page without a map never downloads it) and needs no inline <style>, which the page's
 * Content-Security-Policy would refuse. Rules pointing at images are dropped: our markers and
 * controls use none, and a data: image would only add bytes.
 */
function adoptCss(...texts: string[]) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(texts.join('\n').replace(/[^{}]*\{[^{}]*url\([^)]*\)[^{}]*\}/g, ''));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export async function showMap(box: HTMLElement, entries: HTMLElement[]) {
  // Milliseconds since navigation start, read by the benchmark (scripts/bench/map.ts).
  box.dataset.started = String(Math.round(performance.now()));
  const crowded = entries.length > clusterThreshold;
  adoptCss(leafletCss);
  const canvas = box.querySelector<HTMLElement>('.facility-map-canvas')!;
  const tilesFailed = box.querySelector<HTMLElement>('.tiles-failed');
  const map = L.map(canvas, { zoomSnap: 0.5 });
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
  const markers = new Map<string, L.Marker>();
  const entryOf = new Map<L.Marker, HTMLElement>();
  const bounds = L.latLngBounds([]);
  for (const li of entries) {
    const at = L.latLng(Number(li.dataset.lat), Number(li.dataset.lon));
    const name = li.dataset.name ?? '';
    const marker = L.marker(at, { icon, title: name, alt: name, keyboard: true, riseOnHover: true });
    markers.set(li.id, marker);
    entryOf.set(marker, li);
    bounds.extend(at);
  }
  // One popup for the whole map, filled when a marker is chosen: 5,000 markers cost no 5,000 popups.
  const popup = L.popup({ maxWidth: 300, autoPanPadding: [16, 16], offset: [0, -30] });
  const openFor = (marker: L.Marker) => {
    const li = entryOf.get(marker);
    if (!li) return;
    const copy = li.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    copy.hidden = false;
    const wrap = document.createElement('ul');
    wrap.className = 'facilities';
    wrap.append(copy);
    popup.setLatLng(marker.getLatLng()).setContent(wrap).openOn(map);
  };
  // A tap, or Enter on a marker reached with the keyboard (bindPopup would do this per marker).
  const onChoose = (e: L.LeafletEvent) => openFor(e.target as L.Marker);
  const onKey = (e: L.LeafletKeyboardEvent) => {
    if (e.originalEvent.key === 'Enter') openFor(e.target as L.Marker);
  };
  for (const marker of markers.values()) marker.on({ click: onChoose, keypress: onKey });
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });

  let group: L.LayerGroup;
  if (crowded) {
    // The plugin extends the global L, as it was written before modules.
    (window as unknown as { L: typeof L }).L = L;
    const clusters = await import('./facilityClusters.ts');
    adoptCss(...clusters.css);
    group = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 60, spiderfyOnMaxZoom: true });
  } else {
    group = L.layerGroup();
  }
  const add = (list: L.Marker[]) => {
    const g = group as L.MarkerClusterGroup;
    if (typeof g.addLayers === 'function') g.addLayers(list);
    else for (const m of list) group.addLayer(m);
  };
  add([...markers.values()]);
  group.addTo(map);
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
