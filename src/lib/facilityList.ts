/**
 * What the facility list needs besides the data: grouping by district, links that open the phone's own
 * map app at an address, the distance from the reader (computed on the phone, never sent anywhere) and
 * the filter test shared by the list and the map. Pure, so the page, the browser script and tests agree.
 */
import { facilityDistricts, facilityTypes } from '../config/facilities.ts';
import type { Facility } from './facilityChecks.ts';

export interface FacilityGroup { district: Facility['district']; facilities: Facility[] }

/** Facilities grouped by district in the configured order; inside a group by town, then name. */
export function groupByDistrict(facilities: Facility[]): FacilityGroup[] {
  const typeRank = (f: Facility) => facilityTypes.indexOf(f.type);
  return facilityDistricts
    .map((district) => ({
      district,
      facilities: facilities
        .filter((f) => f.district === district)
        .sort((a, b) => (a.city ?? '\uffff').localeCompare(b.city ?? '\uffff', 'ru') || typeRank(a) - typeRank(b) || a.name.localeCompare(b.name, 'ru', { numeric: true })),
    }))
    .filter((g) => g.facilities.length > 0);
}

/** "г. Шымкент, мкр «Сайрам» (точный адрес не найден)" → "г. Шымкент, мкр «Сайрам»": notes are not for a map search. */
export function searchableAddress(address: string): string {
  return address.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ').trim();
}

/**
 * The text a map app should search for: the address with its town, or — when the address is not
 * known — the facility's name with the town or district, which map apps also find.
 */
export function mapQuery(f: Pick<Facility, 'name' | 'address' | 'city'>, districtName: string): string {
  const parts: string[] = [];
  const address = f.address ? searchableAddress(f.address) : '';
  if (address) parts.push(address);
  else parts.push(f.name);
  const place = f.city ?? districtName;
  if (place && !parts.join(' ').includes(place)) parts.push(place);
  if (!f.city && districtName && !parts.join(' ').includes(districtName)) parts.push(districtName);
  return parts.join(', ');
}

/**
 * Encodes only what would break a URL query (spaces, &, #, %, +, quotes, brackets); letters of any
 * script stay as they are, which browsers accept and which keeps a page of Cyrillic addresses small.
 */
export function encodeQuery(text: string): string {
  return text.replace(/[\s&#%+"'<>?=()\\^`{|}]/g, (c) => (c === ' ' ? '+' : encodeURIComponent(c).replace(/[()']/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`)));
}

/**
 * Two ways to get directions. `geo:` opens the phone's map app (Android resolves `geo:0,0?q=`); the
 * OpenStreetMap link works on any device. With a sourced position both point at it exactly.
 */
export function directionsLinks(query: string, position: [number, number] | null, name: string): { geo: string; osm: string } {
  if (position) {
    const [lat, lon] = position;
    return {
      geo: `geo:${lat},${lon}?q=${lat},${lon}(${encodeQuery(name)})`,
      osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
    };
  }
  return {
    geo: `geo:0,0?q=${encodeQuery(query)}`,
    osm: `https://www.openstreetmap.org/search?query=${encodeQuery(query)}`,
  };
}

/** Great-circle distance in kilometres (haversine); precise enough to sort clinics in a city. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items with a position, nearest first; items without one are left out (they cannot be measured). */
export function byDistance<T extends { position: [number, number] | null }>(items: T[], from: [number, number]): (T & { km: number })[] {
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

export interface FilterState { district: string; type: string }

/** Whether an entry passes the filter; an empty value means "all". */
export function matchesFilter(entry: { district: string; type: string }, filter: FilterState): boolean {
  return (!filter.district || entry.district === filter.district) && (!filter.type || entry.type === filter.type);
}
