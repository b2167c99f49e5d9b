/**
 * What the facility list needs besides the data: grouping by district, links that open the phone's own
 * map app at an address, the distance from the reader (computed on the phone, never sent anywhere) and
 * the filter test shared by the list and the map. Pure, so the page, the browser script and tests agree.
 */
import { facilityDistricts, facilityTypes } from '../../config/facilities.ts';
import type { Facility } from './schema.ts';

export interface FacilityGroup {
  district: Facility['district'];
  facilities: Facility[];
}

/** Facilities grouped by district in the configured order; inside a group by town, then name. */
export function groupByDistrict(facilities: Facility[]): FacilityGroup[] {
  const typeRank = (f: Facility) => facilityTypes.indexOf(f.type);
  return facilityDistricts
    .map((district) => ({
      district,
      facilities: facilities
        .filter((f) => f.district === district)
        .sort(
          (a, b) =>
            (a.city ?? '\uffff').localeCompare(b.city ?? '\uffff', 'ru') ||
            typeRank(a) - typeRank(b) ||
            a.name.localeCompare(b.name, 'ru', { numeric: true }),
        ),
    }))
    .filter((g) => g.facilities.length > 0);
}

/** "г. Шымкент, мкр «Сайрам» (точный адрес не найден)" → "г. Шымкент, мкр «Сайрам»": notes are not for a map search. */
export function searchableAddress(address: string): string {
  return address
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The text a map app should search for: the facility's name and its address, with the town (or, when
 * the town is not known, the district) — never the town alone, which would drop the reader in a square
 * kilometres wide. Notes in brackets ("точный адрес не найден") are left out: a map app cannot use them.
 */
export function mapQuery(
  f: Pick<Facility, 'name' | 'address' | 'city'>,
  districtName: string,
): string {
  const parts: string[] = [f.name];
  const address = f.address ? searchableAddress(f.address) : '';
  if (address) parts.push(address);
  const place = f.city ?? districtName;
  if (place && !parts.join(' ').includes(place)) parts.push(place);
  if (!f.city && districtName && !parts.join(' ').includes(districtName)) parts.push(districtName);
  return parts.join(', ');
}

// Directions links live in their own module, so the map script can build them without sharing a
// chunk (one more request) with the list script that Astro puts inline in the page.
export { encodeQuery, directionsLinks } from './directions.ts';

/** Great-circle distance in kilometres (haversine); precise enough to sort clinics in a city. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items with a position, nearest first; items without one are left out (they cannot be measured). */
export function byDistance<T extends { position: [number, number] | null }>(
  items: T[],
  from: [number, number],
): (T & { km: number })[] {
  return items
    .filter((i): i is T & { position: [number, number] } => i.position !== null)
    .map((i) => ({ ...i, km: distanceKm(from, i.position) }))
    .sort((a, b) => a.km - b.km);
}

/** A distance as people say it: "350 m", "2.4 km", "12 km" (number formatting is the caller's). */
export function roundedDistance(km: number): { value: number; unit: 'm' | 'km' } {
  if (km < 1) return { value: Math.max(10, Math.round((km * 1000) / 10) * 10), unit: 'm' };
  if (km < 10) return { value: Math.round(km * 10) / 10, unit: 'km' };
  return { value: Math.round(km), unit: 'km' };
}

export interface FilterState {
  district: string;
  type: string;
}

/** Whether an entry passes the filter; an empty value means "all". */
export function matchesFilter(
  entry: { district: string; type: string },
  filter: FilterState,
): boolean {
  return (
    (!filter.district || entry.district === filter.district) &&
    (!filter.type || entry.type === filter.type)
  );
}

/**
 * One located facility as the map's JSON carries it (short keys: thousands of them travel to a phone).
 * `s`: the settlement's name when the position is only that of the town or village (approximate).
 */
export interface CompactFacility {
  id: string;
  lat: number;
  lon: number;
  n: string;
  d: string;
  t: string;
  a: string | null;
  p: string[];
  s?: string;
}

/**
 * The map's marker data: facilities with a sourced position, exact or their settlement's; only what a
 * popup shows. `latin`: settlements named in Latin letters, for readers of a Latin-script language.
 */
export function compactFacilities(facilities: Facility[], latin = false): CompactFacility[] {
  const out: CompactFacility[] = [];
  for (const f of facilities) {
    const at = f.position ?? f.settlement?.position;
    if (!at) continue;
    const row: CompactFacility = {
      id: f.id,
      lat: at[0],
      lon: at[1],
      n: f.name,
      d: f.district,
      t: f.type,
      a: f.address ?? null,
      p: f.phones,
    };
    if (!f.position && f.settlement) row.s = latin ? f.settlement.nameLatin : f.settlement.name;
    out.push(row);
  }
  return out;
}

/** How many facilities of each type a district has, so a type filter can narrow the district counts. */
export function typeCounts(facilities: Pick<Facility, 'type'>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of facilities) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** The number of facilities a filter leaves in a district, from its type counts. */
export function filteredCount(
  district: string,
  counts: Record<string, number>,
  filter: FilterState,
): number {
  if (filter.district && filter.district !== district) return 0;
  if (filter.type) return counts[filter.type] ?? 0;
  return Object.values(counts).reduce((s, n) => s + n, 0);
}
