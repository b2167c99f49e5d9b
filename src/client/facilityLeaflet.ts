/**
 * The Leaflet map of the facilities. Its own page script (FacilityMapScript.astro), put on the page
 * only when a facility has a position: the browser fetches it alongside the list script instead of
 * after it, and no dynamic-import helper has to travel in the list script.
 * Leaflet and its CSS are bundled from node_modules (never a CDN) into files of our own site; the only
 * other host contacted is the one tile source of src/config/site.ts. Markers are drawn with CSS (no
 * marker images); a popup shows a copy of the list entry (or, when the page lists districts, an
 * entry built from the map's JSON file, with a link to the full entry). When markers would crowd,
 * Supercluster comes as one more page script (FacilityClustersScript.astro) and the map draws only the
 * clusters and markers in view. When tiles fail (offline,
 * blocked), markers and the list keep working and the page says why the map is blank. The map tells
 * the list script it is ready with a `facilitymap` event on #facility-map carrying its small API.
 */
// Only the Leaflet modules the map uses (see src/client/leaflet.ts): less to download and, on a slow
// phone, less to run. Its CSS is trimmed to what we use.
import type * as LT from 'leaflet';
import {
  map as leafletMap,
  tileLayer,
  divIcon,
  marker,
  latLng,
  latLngBounds,
  point,
  popup as leafletPopup,
  layerGroup,
} from './leaflet.ts';
import type Supercluster from 'supercluster';
import { escapeHtml } from '../lib/site/escape.ts';
import type { PointFeature } from 'supercluster';
// src/styles/leaflet-map.css is Leaflet 1.9.4 leaflet.css (BSD-2-Clause, (c) 2010-2023 Volodymyr
// Agafonkin, (c) 2010-2011 CloudMade), trimmed for the health-care map: rules for what the map never
// shows are removed (layers and scale controls, default marker icon and shadow, tooltips, image
// overlays, the attribution flag, old IE), and so are -moz-/-ms-/-webkit- copies of properties every
// current browser knows unprefixed (-webkit-user-select and tap highlight stay: Safari and Android
// need them); then whitespace and comments are squeezed out. Attribution links are underlined (WCAG
// 1.4.1: not by colour alone). Rebuild from node_modules/leaflet/dist/leaflet.css when Leaflet is
// upgraded (see README "Health-care map"). The CSS keeps only its licence line: it travels to the phone
// as a string, comments and all.
import leafletCss from '../styles/leaflet-map.css?raw';
import { clusterThreshold } from '../config/facilities.ts';
import { adoptCss } from './adoptCss.ts';
import type { compactEntry as CompactEntry } from './facilityCompactEntry.ts';
import type { CompactFacility } from '../lib/facilities/list.ts';

export interface MapApi {
  filter(visible: Set<string>): void;
  focus(from: [number, number], nearest: [number, number][]): void;
  /** The marker data, when it came from the JSON file (the page then has no list entries to read). */
  facilities?: CompactFacility[];
  /** Builds a short entry from that data; handed over so the list script, inlined in the page, stays small. */
  entry?: (f: CompactFacility) => HTMLElement;
}

/**
 * What a marker needs: where, a name, and what its popup shows. `place`: the settlement's name when the
 * position is only that of the town or village (approximate), `href` where its full entry is.
 */
interface MapItem {
  id: string;
  at: [number, number];
  name: string;
  popup(): HTMLElement;
  place?: string;
  href?: string;
}

// Module scripts run in page order before DOMContentLoaded: by then the list script listens and the
// clustering script (when the page has one) has run.
document.addEventListener('DOMContentLoaded', async () => {
  const box = document.querySelector<HTMLElement>('#facility-map');
  if (!box) return;
  let items: MapItem[];
  let facilities: CompactFacility[] | undefined;
  // Put on the page by FacilityCompactEntryScript.astro together with the JSON file (its script ran by
  // now, and started reading the file).
  const { facilityCompactEntry: compactEntry, facilityData: data } = window as unknown as {
    facilityCompactEntry?: typeof CompactEntry;
    facilityData?: Promise<CompactFacility[]>;
  };
  if (data && compactEntry) {
    facilities = await data;
    const pageOf = (d: string) =>
      document
        .querySelector<HTMLAnchorElement>(
          `#facility-districts li[data-district="${CSS.escape(d)}"] a`,
        )
        ?.getAttribute('href') ?? '';
    items = facilities.map((f) => ({
      id: f.id,
      at: [f.lat, f.lon],
      name: f.n,
      popup: () => compactEntry(f),
      ...(f.s ? { place: f.s, href: `${pageOf(f.d)}#${f.id}` } : {}),
    }));
  } else {
    const places = JSON.parse(box.dataset.places ?? '{}') as Record<string, [number, number]>;
    items = [
      ...document.querySelectorAll<HTMLElement>(
        '#facility-list .facility[data-lat], #facility-list .facility[data-settlement]',
      ),
    ].map((li) => ({
      id: li.id,
      at: li.dataset.lat
        ? [Number(li.dataset.lat), Number(li.dataset.lon)]
        : places[li.dataset.settlement!],
      name: li.querySelector('.facility-name')?.textContent ?? '',
      ...(li.dataset.lat ? {} : { place: li.dataset.settlement, href: `#${li.id}` }),
      popup: () => {
        const copy = li.cloneNode(true) as HTMLElement;
        copy.removeAttribute('id');
        copy.hidden = false;
        return copy;
      },
    }));
  }
  if (items.length === 0) return;
  // Marks for a profile (map:data, map:leaflet, map:clustered, map:drawn): where a slow start goes.
  performance.mark('map:data');
  box.hidden = false;
  const api = showMap(box, items);
  api.facilities = facilities;
  if (compactEntry) api.entry = compactEntry;
  box.dispatchEvent(new CustomEvent<MapApi>('facilitymap', { detail: api }));
});

function showMap(box: HTMLElement, all: MapItem[]): MapApi {
  // Exact markers (clustered when they crowd) and settlements (a few, one marker each, never clustered).
  const entries = all.filter((e) => !e.place);
  const places = new Map<string, MapItem[]>();
  for (const e of all) if (e.place) places.set(e.place, [...(places.get(e.place) ?? []), e]);
  // Milliseconds since navigation start, read by the benchmark (scripts/bench/map.ts).
  box.dataset.started = String(Math.round(performance.now()));
  // Put on the page by FacilityClustersScript.astro when markers would crowd (its script ran by now).
  const Index = (window as unknown as { FacilitySupercluster?: typeof Supercluster })
    .FacilitySupercluster;
  const crowded = entries.length > clusterThreshold && Index !== undefined;
  adoptCss(leafletCss);
  const canvas = box.querySelector<HTMLElement>('.facility-map-canvas')!;
  const tilesFailed = box.querySelector<HTMLElement>('.tiles-failed');
  const maxZoom = Number(box.dataset.maxZoom ?? 19);
  // minZoom 5 still shows all of southern Kazakhstan; nobody needs the whole world here.
  const map = leafletMap(canvas, { zoomSnap: 0.5, minZoom: 5, maxZoom });
  map.attributionControl.setPrefix(false);
  const tiles = tileLayer(box.dataset.tileUrl!, {
    attribution: box.dataset.tileAttribution,
    maxZoom,
  });
  tiles.on('tileerror', () => {
    if (tilesFailed) tilesFailed.hidden = false;
  });

  const icon = divIcon({
    className: 'facility-marker',
    html: '<span></span>',
    iconSize: [44, 44],
    iconAnchor: [22, 40],
    popupAnchor: [0, -34],
  });
  // One popup for the whole map, filled when a marker is chosen: 5,000 markers cost no 5,000 popups.
  // On a phone it must fit beside the zoom buttons (top left, 44 px): narrower than the map, and kept
  // clear of them when the map pans to show it.
  const popup = leafletPopup({
    // The map's width less the buttons' side (60 px), the other side (16 px) and the popup's own margins.
    maxWidth: Math.max(180, Math.min(300, canvas.clientWidth - 110)),
    autoPanPaddingTopLeft: [60, 16],
    autoPanPaddingBottomRight: [16, 16],
    offset: [0, -30],
  });
  const openAt = (at: LT.LatLng, items: MapItem[]) => {
    const wrap = document.createElement('ul');
    wrap.className = 'facilities';
    wrap.append(...items.map((item) => item.popup()));
    popup.setLatLng(at).setContent(wrap).openOn(map);
  };
  // A marker is made the first time it is shown: with clustering, most of 5,000 never are.
  const markers = new Map<number, LT.Marker>();
  const markerFor = (i: number) => {
    let m = markers.get(i);
    if (!m) {
      const item = entries[i];
      m = marker(item.at, {
        icon,
        title: item.name,
        alt: item.name,
        keyboard: true,
        riseOnHover: true,
      });
      const open = () => openAt(m!.getLatLng(), [item]);
      // A tap, or Enter on a marker reached with the keyboard.
      m.on({
        click: open,
        keypress: (e: LT.LeafletKeyboardEvent) => {
          if (e.originalEvent.key === 'Enter') open();
        },
      });
      markers.set(i, m);
    }
    return m;
  };
  // Corners by hand: thousands of LatLng objects only to find two corners cost a slow phone dearly.
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const {
    at: [lat, lon],
  } of all) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  const bounds = latLngBounds([south, west], [north, east]);
  // Room on the right for the settlements' names and at the bottom for the attribution.
  map.fitBounds(
    bounds,
    places.size
      ? { paddingTopLeft: [56, 40], paddingBottomRight: [96, 48], maxZoom: 13 }
      : { padding: [24, 24], maxZoom: 15 },
  );
  performance.mark('map:leaflet');

  const layer = layerGroup().addTo(map);
  let shown = entries.map((_, i) => i);
  // Settlement markers: how many of the facilities shown are there; the popup says the position is the
  // settlement's centre and links to each facility's full entry (with its address).
  const settlementLayer = layerGroup().addTo(map);
  const settlementLabel = box.dataset.settlementLabel ?? '{place}: {n}';
  let visibleIds: Set<string> | undefined;
  // Russian names are marked for screen readers; Latin ones (for Uzbek and English readers) are not.
  const ru = (text: string) =>
    /[\u0400-\u04ff]/.test(text) && !document.documentElement.lang.startsWith('ru')
      ? ' lang="ru"'
      : '';
  const drawSettlements = () => {
    settlementLayer.clearLayers();
    const shownPlaces = [...places]
      .map(
        ([place, members]) =>
          [place, members.filter((m) => !visibleIds || visibleIds.has(m.id))] as const,
      )
      .filter(([, here]) => here.length);
    // Each settlement is named beside its marker (the map may have no background to read it from): to the
    // right, or to the left when another settlement sits close on its right.
    const at = shownPlaces.map(([, here]) => map.latLngToContainerPoint(here[0].at));
    shownPlaces.forEach(([place, here], k) => {
      const left = at.some(
        (q, j) => q.x > at[k].x && q.x - at[k].x < 140 && Math.abs(q.y - at[k].y) < 40 && j !== k,
      );
      const name = settlementLabel.replace('{place}', place).replace('{n}', `${here.length}`);
      const m = marker(here[0].at, {
        icon: divIcon({
          className: 'settlement-marker',
          html: `<span>${here.length}</span><span class="settlement-name${left ? ' left' : ''}">${escapeHtml(place)}</span>`,
          iconSize: [40, 40],
        }),
        title: name,
        alt: name,
        keyboard: true,
        zIndexOffset: -100,
      });
      const open = () =>
        popup
          .setLatLng(m.getLatLng())
          .setContent(
            `<div class="settlement-popup"><h3${ru(place)}>${escapeHtml(place)}</h3><p class="facility-position approximate">${escapeHtml(box.dataset.settlementNote ?? '')}</p><ul class="settlement-popup-list">${here.map((i) => `<li><a href="${escapeHtml(i.href ?? `#${i.id}`)}"${ru(i.name)}>${escapeHtml(i.name)}</a></li>`).join('')}</ul></div>`,
          )
          .openOn(map);
      m.on({
        click: open,
        keypress: (e: LT.LeafletKeyboardEvent) => {
          if (e.originalEvent.key === 'Enter') open();
        },
      });
      settlementLayer.addLayer(m);
    });
  };
  drawSettlements();
  if (places.size > 1) map.on('zoomend', drawSettlements);
  let draw: () => void;
  if (crowded) {
    // Supercluster groups the points for every zoom level; the map draws only what is in view — a few
    // dozen clusters and markers — again after each move. Indexing every level of thousands of points is
    // slow on a slow phone, so the first view (and the first after a filter) uses an index of just the
    // zoom shown (a fraction of the work), and the full one is built when the phone is idle.
    const label = box.dataset.cluster ?? '{n}';
    // Clusters up to street level (zoom 16): every level costs the index a pass over all points, and
    // beyond it markers seldom crowd. A cluster still whole there (one building) lists its facilities.
    const clusterMaxZoom = Math.min(16, maxZoom - 1);
    type Index = Supercluster<{ i: number }>;
    let points: PointFeature<{ i: number }>[] = [];
    let full: Index | undefined;
    let quick: { zoom: number; index: Index } | undefined;
    // extent 256: Leaflet's tiles are 256 px, so radius is in screen pixels — 60 keeps the 44 px
    // cluster circles apart (Supercluster's default extent, 512, would let them overlap).
    const build = (min: number, max: number) =>
      new Index!<{ i: number }>({ radius: 60, extent: 256, minZoom: min, maxZoom: max }).load(
        points,
      );
    const indexFor = (zoom: number): Index => {
      if (full) return full;
      const z = Math.min(Math.max(Math.floor(zoom), 5), clusterMaxZoom);
      if (quick?.zoom === z) return quick.index;
      if (quick) return (full = build(5, clusterMaxZoom));
      quick = { zoom: z, index: build(z, z) };
      return quick.index;
    };
    const buildLater = () => {
      const run = () => {
        full ??= build(5, clusterMaxZoom);
      };
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
      else setTimeout(run, 500);
    };
    const clusterMarker = (index: Index, id: number, count: number, at: LT.LatLng) => {
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      const name = label.replace('{n}', String(count));
      const m = marker(at, {
        icon: divIcon({
          className: `marker-cluster marker-cluster-${size}`,
          html: `<div><span>${count}</span></div>`,
          iconSize: [44, 44],
        }),
        title: name,
        alt: name,
        keyboard: true,
      });
      // Zoom to where the cluster's facilities are; when they are all in one spot, list them instead.
      const open = () => {
        const leaves = index.getLeaves(id, Infinity).map((f) => entries[f.properties.i]);
        const spread = latLngBounds(leaves.map((e) => e.at));
        const zoom = map.getBoundsZoom(spread, false, point(48, 48));
        if (zoom > clusterMaxZoom) openAt(at, leaves.slice(0, 50));
        else map.setView(spread.getCenter(), Math.max(zoom, Math.floor(map.getZoom()) + 1));
      };
      m.on({
        click: open,
        keypress: (e: LT.LeafletKeyboardEvent) => {
          if (e.originalEvent.key === 'Enter') open();
        },
      });
      return m;
    };
    const drawView = () => {
      const b = map.getBounds().pad(0.2);
      const index = indexFor(map.getZoom());
      const found = index.getClusters(
        [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        map.getZoom(),
      );
      layer.clearLayers();
      for (const f of found) {
        const [lon, lat] = f.geometry.coordinates;
        if ('cluster' in f.properties && f.properties.cluster)
          layer.addLayer(
            clusterMarker(
              index,
              f.properties.cluster_id,
              f.properties.point_count,
              latLng(lat, lon),
            ),
          );
        else layer.addLayer(markerFor((f.properties as { i: number }).i));
      }
    };
    draw = () => {
      points = shown.map((i) => ({
        type: 'Feature',
        properties: { i },
        geometry: { type: 'Point', coordinates: [entries[i].at[1], entries[i].at[0]] },
      }));
      full = undefined;
      quick = undefined;
      drawView();
      performance.mark('map:clustered');
      buildLater();
    };
    draw();
    map.on('moveend', drawView);
  } else {
    draw = () => {
      layer.clearLayers();
      for (const i of shown) layer.addLayer(markerFor(i));
    };
    draw();
  }
  performance.mark('map:drawn');
  box.dataset.ready = String(Math.round(performance.now()));
  // The background after the markers: making a screenful of tile images takes a slow phone a while,
  // and the markers (what people came for) should not wait for it — nor for tiles that never load.
  setTimeout(() => tiles.addTo(map), 0);

  return {
    filter(visible: Set<string>) {
      visibleIds = visible;
      drawSettlements();
      const next = entries.map((_, i) => i).filter((i) => visible.has(entries[i].id));
      // Nothing to redo when the same facilities stay shown (the first call, after loading).
      if (next.length === shown.length && next.every((i, k) => i === shown[k])) return;
      shown = next;
      draw();
    },
    focus(from: [number, number], nearest: [number, number][]) {
      map.fitBounds(latLngBounds([from, ...nearest]), { padding: [24, 24], maxZoom: 16 });
    },
  };
}
