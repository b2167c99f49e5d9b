/**
 * A short facility entry built from the map's JSON (when the map page lists districts instead of every
 * entry): name, kind, address, tap-to-call, directions and a link to the full entry on its district page.
 * Why a second renderer beside FacilityEntry.astro: when the entries are on the page, the popups and the
 * "nearest to me" list clone them (facilityLeaflet.ts, facilityPage.ts) and this file is not loaded; with
 * too many facilities for one page they live on the district pages, so there is no element to clone and
 * the entry is made from the JSON row. The one-file guide and the booklet copy the built list itself.
 * Used for the map's popups and the "nearest to me" list, so both show the same facts. The words come
 * from the page itself (data attributes of #facility-map, the filter options, the district links), so
 * this script carries no text of its own. A page script of its own (FacilityCompactEntryScript.astro),
 * on the page only with the JSON file; it hands the builder to the map script through `window`.
 * It also starts reading the JSON file: it runs before the map script, which must first evaluate
 * Leaflet (slow on a slow phone), so the file is decoded meanwhile instead of after.
 */
import { directionsLinks } from '../lib/facilities/directions.ts';
import type { CompactFacility } from '../lib/facilities/list.ts';
import { decodeMapData, type MapData } from '../lib/facilities/mapData.ts';
import { formatPhone } from '../lib/site/phone.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};
const optionText = (name: string, value: string) =>
  document.querySelector<HTMLOptionElement>(
    `#facility-filters select[name=${name}] option[value="${CSS.escape(value)}"]`,
  )?.textContent ?? '';

export function compactEntry(f: CompactFacility): HTMLLIElement {
  const words = document.querySelector<HTMLElement>('#facility-map')?.dataset ?? {};
  const ru = document.documentElement.lang.startsWith('ru') ? '' : 'ru';
  const li = el('li', 'facility');
  const name = el('h3', 'facility-name', f.n);
  if (ru) name.lang = ru;
  li.append(
    name,
    el('p', 'facility-kind', `${optionText('type', f.t)} · ${optionText('district', f.d)}`),
  );
  const address = el('p', undefined, `${words.address}: `);
  if (f.a) {
    const a = el('span', undefined, f.a);
    if (ru) a.lang = ru;
    address.append(a);
  } else address.append(el('em', undefined, words.noAddress));
  li.append(address);
  if (f.p.length) {
    const phones = el('ul', 'phones');
    for (const p of f.p) {
      const shown = formatPhone(p).replace(/ /g, '\u00a0');
      const a = el('a', 'tel', shown);
      a.href = `tel:${p}`;
      // The accessible name contains the visible number (WCAG 2.5.3 label in name).
      a.setAttribute('aria-label', `${words.call}: ${shown}`);
      phones.append(el('li', 'phone'));
      phones.lastElementChild!.append(a);
    }
    li.append(phones);
  }
  // A settlement centre is not the building: the map app then searches the name and address instead.
  if (f.s) li.append(el('p', 'facility-position approximate', words.settlementNote));
  const links = f.s
    ? directionsLinks([f.n, f.a].filter(Boolean).join(', '), null, f.n)
    : directionsLinks(f.a ?? f.n, [f.lat, f.lon], f.n);
  const directions = el('p', 'directions');
  const geo = el('a', undefined, words.openMapApp);
  geo.href = links.geo;
  const osm = el('a', undefined, words.openOsm);
  osm.href = links.osm;
  osm.rel = 'noopener noreferrer';
  directions.append(geo, osm);
  li.append(directions);
  const page = document.querySelector<HTMLAnchorElement>(
    `#facility-districts li[data-district="${CSS.escape(f.d)}"] a`,
  );
  if (page) {
    const more = el('a', 'facility-details', words.details);
    more.href = `${page.getAttribute('href')}#${f.id}`;
    const p = el('p');
    p.append(more);
    li.append(p);
  }
  return li;
}

const src = document.querySelector<HTMLElement>('#facility-map')?.dataset.src;
const w = window as unknown as {
  facilityCompactEntry: typeof compactEntry;
  facilityData?: Promise<CompactFacility[]>;
};
w.facilityCompactEntry = compactEntry;
if (src)
  w.facilityData = fetch(src)
    .then((r) => r.json() as Promise<MapData>)
    .then(decodeMapData);
