/**
 * Browser side of the map page, as a progressive enhancement of the complete list: shows the filters
 * and makes them narrow the list (and the map), sorts by distance on request — the position stays on
 * the phone — and drives the Leaflet map once its own page script (facilityLeaflet.ts, on the page
 * only when a facility has a position) announces it with a `facilitymap` event. When the page lists
 * districts instead of every entry, the filters narrow the district counts and the markers, and
 * "nearest to me" reads the map's JSON data (handed over with the map's API).
 */
import {
  byDistance,
  filteredCount,
  matchesFilter,
  type FilterState,
} from '../lib/facilities/list.ts';
import { distanceLabel } from '../lib/facilities/distance.ts';
import type { MapApi } from './facilityLeaflet.ts';

const panel = document.querySelector<HTMLElement>('#facility-filters');
if (panel) init(panel);

function init(panel: HTMLElement) {
  const entries = [...document.querySelectorAll<HTMLElement>('#facility-list .facility')];
  const groups = [...document.querySelectorAll<HTMLElement>('#facility-list .facility-group')];
  const districtLinks = [
    ...document.querySelectorAll<HTMLElement>('#facility-districts li[data-district]'),
  ].map((li) => ({
    li,
    district: li.dataset.district ?? '',
    counts: JSON.parse(li.dataset.counts ?? '{}') as Record<string, number>,
    count: li.querySelector<HTMLElement>('.district-count')!,
  }));
  const count = panel.querySelector<HTMLElement>('.facility-count')!;
  // The district headings and the jump links above the list show how many entries each district shows.
  const jumps = [...document.querySelectorAll<HTMLElement>('.district-jump li[data-district]')];
  // Settlement positions, once per settlement, for the entries placed approximately.
  const places = JSON.parse(
    document.querySelector<HTMLElement>('#facility-map')?.dataset.places ?? '{}',
  ) as Record<string, [number, number]>;
  // Made on first use: a phone's first Intl.NumberFormat loads locale data (slow on a cheap
  // phone), and the page as built already shows the right counts until someone filters.
  let formatter: Intl.NumberFormat | undefined;
  const nf = {
    format: (n: number) => (formatter ??= new Intl.NumberFormat(panel.dataset.intl)).format(n),
  };
  const district = panel.querySelector<HTMLSelectElement>('[name=district]')!;
  const type = panel.querySelector<HTMLSelectElement>('[name=type]')!;
  const nearestSection = document.querySelector<HTMLElement>('#facility-nearest');
  let mapApi: MapApi | undefined;
  let here: [number, number] | undefined;
  panel.hidden = false;

  const state = (): FilterState => ({ district: district.value, type: type.value });
  // The filters live in the address (?district=…&type=…), so a shared or reloaded link shows the same list.
  const fromUrl = new URLSearchParams(location.search);
  for (const select of [district, type]) {
    select.value = fromUrl.get(select.name) ?? select.value;
    // A value the list does not have (an old link) means "all".
    if (select.selectedIndex < 0) select.selectedIndex = 0;
  }
  const saveToUrl = () => {
    const url = new URL(location.href);
    for (const select of [district, type]) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
  };
  // The page is built with nothing filtered; only a filter (or one the browser kept, on "back") needs applying.
  const filtering = () => district.value !== '' || type.value !== '';
  const visible = () => entries.filter((li) => !li.hidden);

  function apply() {
    const filter = state();
    const shown = new Set<string>();
    for (const li of entries) {
      const ok = matchesFilter(
        { district: li.dataset.district ?? '', type: li.dataset.type ?? '' },
        filter,
      );
      li.hidden = !ok;
      if (ok) shown.add(li.id);
    }
    // A district and its jump link (built from the same list, so in the same order) show what is shown.
    groups.forEach((g, i) => {
      const n = g.querySelectorAll('.facility:not([hidden])').length;
      for (const el of [g, jumps[i]]) {
        if (!el) continue;
        el.hidden = !n;
        el.querySelector('.group-count')!.textContent = nf.format(n);
      }
    });
    let shownCount = shown.size;
    let total = entries.length;
    if (districtLinks.length) {
      shownCount = 0;
      total = 0;
      for (const d of districtLinks) {
        const n = filteredCount(d.district, d.counts, filter);
        d.count.textContent = nf.format(n);
        d.li.hidden = n === 0;
        shownCount += n;
        total += filteredCount(d.district, d.counts, { district: '', type: '' });
      }
      for (const f of mapApi?.facilities ?? [])
        if (matchesFilter({ district: f.d, type: f.t }, filter)) shown.add(f.id);
    }
    count.textContent = (panel.dataset.count ?? '')
      .replace('{shown}', nf.format(shownCount))
      .replace('{total}', nf.format(total));
    mapApi?.filter(shown);
    if (here) showNearest(here);
  }

  function showNearest(from: [number, number]) {
    if (!nearestSection) return;
    const filter = state();
    // Each facility at its own position, or at its settlement's centre (then "about … km").
    const located = mapApi?.facilities
      ? mapApi.facilities
          .filter((f) => matchesFilter({ district: f.d, type: f.t }, filter))
          .map((f) => ({
            entry: () => mapApi!.entry!(f),
            position: [f.lat, f.lon] as [number, number],
            place: f.s,
          }))
      : visible()
          .filter((li) => li.dataset.lat || li.dataset.settlement)
          .map((li) => ({
            entry: () => li.cloneNode(true) as HTMLElement,
            position: (li.dataset.lat
              ? [Number(li.dataset.lat), Number(li.dataset.lon)]
              : places[li.dataset.settlement!]) as [number, number],
            // Only entries placed at their settlement carry one.
            place: li.dataset.settlement,
          }));
    const sorted = byDistance(located, from).slice(0, 10);
    const list = nearestSection.querySelector('ol')!;
    list.replaceChildren(
      ...sorted.map(({ entry, km, place }) => {
        const item = entry();
        item.removeAttribute('id');
        item.hidden = false;
        const d = distanceLabel(km, !!place);
        const label = document.createElement('p');
        label.className = 'facility-distance';
        const template = place
          ? panel.dataset.aboutKm!
          : d.unit === 'km'
            ? panel.dataset.km!
            : panel.dataset.m!;
        label.textContent = template
          .replace('{distance}', nf.format(d.value))
          .replace('{place}', place ?? '');
        item.prepend(label);
        return item;
      }),
    );
    nearestSection.hidden = false;
    mapApi?.focus(
      from,
      sorted.slice(0, 3).map((s) => s.position),
    );
  }

  panel.addEventListener('change', () => {
    saveToUrl();
    apply();
  });
  if (filtering()) apply();

  document.querySelector('#facility-map')?.addEventListener('facilitymap', (e) => {
    mapApi = (e as CustomEvent<MapApi>).detail;
    if (filtering()) apply();
  });

  const button = document.querySelector<HTMLButtonElement>('#facility-nearest-button');
  const failed = document.querySelector<HTMLElement>('.nearest-failed');
  button?.addEventListener('click', () => {
    if (failed) failed.hidden = true;
    if (!('geolocation' in navigator)) {
      if (failed) failed.hidden = false;
      return;
    }
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        button.disabled = false;
        here = [pos.coords.latitude, pos.coords.longitude];
        showNearest(here);
        nearestSection?.querySelector('h2')?.setAttribute('tabindex', '-1');
        nearestSection?.querySelector<HTMLElement>('h2')?.focus();
      },
      () => {
        button.disabled = false;
        if (failed) failed.hidden = false;
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  });
}
