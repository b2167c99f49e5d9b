/**
 * Reads the health-care facility files (content/facilities/*.geojson) and checks every feature, so a
 * mistake stops the build with a sentence an NGO editor can act on: which file, which facility (id),
 * which field, and what was expected. Also turns the editor-friendly ways of giving a position (a
 * "lat, lon" text or a pasted OpenStreetMap / Google Maps link) into one [lat, lon] pair.
 * Pure: no file system and no Astro, so the build, scripts and unit tests share it.
 */
import {
  facilityDistricts,
  facilityRegion,
  facilityServices,
  facilityTypes,
  type FacilityDistrict,
  type FacilityService,
  type FacilityType,
} from '../../config/facilities.ts';
import { isPhone } from '../site/phone.ts';
import type { Settlement } from './settlements.ts';

export interface FacilitySource { title: string; url: string }

/** One checked facility, ready for the page. `position` is [lat, lon] or null (listed without a marker). */
export interface Facility {
  id: string;
  file: string;
  name: string;
  nameKk?: string;
  nameLatin: string;
  type: FacilityType;
  district: FacilityDistrict;
  city: string | null;
  address: string | null;
  phones: string[];
  hours: string | null;
  services: FacilityService[];
  source: FacilitySource;
  moreSources: string[];
  checked: string;
  confidence: 'high' | 'medium' | 'low';
  /** Year of the source the address comes from, for the "not re-checked since" note. */
  addressYear?: number;
  position: [number, number] | null;
  positionSource: FacilitySource | null;
  /** The settlement named by the optional "settlement" field (an id in settlements.json). */
  settlementId?: string;
  /** Its town or village with a sourced position (attached after loading, see facilities/settlements.ts). */
  settlement?: Settlement;
}

export interface FacilityFile { file: string; text: string }
export interface CheckResult { facilities: Facility[]; errors: string[] }

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function inRegion(lat: number, lon: number): boolean {
  const r = facilityRegion;
  return lat >= r.minLat && lat <= r.maxLat && lon >= r.minLon && lon <= r.maxLon;
}

const regionText = `the region of the map (latitude ${facilityRegion.minLat}–${facilityRegion.maxLat}, longitude ${facilityRegion.minLon}–${facilityRegion.maxLon}: Shymkent and Turkestan region)`;

/**
 * Checks a latitude/longitude pair; returns a problem in words, or undefined when it is fine.
 * A pair that only fits the region the other way round is reported as swapped.
 */
export function checkLatLon(lat: number, lon: number): string | undefined {
  if (inRegion(lat, lon)) return undefined;
  if (inRegion(lon, lat)) {
    return `latitude and longitude look swapped (${lat}, ${lon}): in this region latitude is about 40–46 and longitude about 65–71`;
  }
  return `the point (${lat}, ${lon}) is outside ${regionText}; check the numbers`;
}

/**
 * Turns what an editor pastes into [lat, lon]: "42.3167, 69.5958", "geo:42.3167,69.5958", an
 * OpenStreetMap link (?mlat=…&mlon=… marker, or #map=zoom/lat/lon) or a Google Maps link (!3d…!4d…
 * pin, @lat,lon view, or ?q=lat,lon). Returns undefined when no position can be read.
 */
export function parseLocation(input: string): [number, number] | undefined {
  const s = input.trim();
  const num = String.raw`(-?\d{1,3}(?:\.\d+)?)`;
  const pair = (a: string, b: string): [number, number] => [Number(a), Number(b)];
  let m = new RegExp(`^${num}\\s*[,;\\s]\\s*${num}$`).exec(s);
  if (m) return pair(m[1], m[2]);
  m = new RegExp(`^geo:${num},${num}`, 'i').exec(s);
  if (m) return pair(m[1], m[2]);
  if (/^https?:\/\//i.test(s)) {
    const lat = new RegExp(`[?&]mlat=${num}`).exec(s);
    const lon = new RegExp(`[?&]mlon=${num}`).exec(s);
    if (lat && lon) return pair(lat[1], lon[1]);
    m = new RegExp(`#map=\\d{1,2}(?:\\.\\d+)?/${num}/${num}`).exec(s);
    if (m) return pair(m[1], m[2]);
    m = new RegExp(`!3d${num}!4d${num}`).exec(s);
    if (m) return pair(m[1], m[2]);
    m = new RegExp(`[?&](?:q|query|ll)=${num},\\s*${num}`).exec(decodeURIComponent(s));
    if (m) return pair(m[1], m[2]);
    m = new RegExp(`@${num},${num}`).exec(s);
    if (m) return pair(m[1], m[2]);
  }
  return undefined;
}

function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function readSource(v: unknown): FacilitySource | string {
  if (typeof v === 'string') {
    return URL_RE.test(v) ? { title: new URL(v).host, url: v } : 'must be a web address starting with https:// (or an object with "title" and "url")';
  }
  if (!isObj(v)) return 'is missing: every facility needs the source its facts come from, as { "title": "…", "url": "https://…" }';
  if (typeof v.title !== 'string' || v.title.trim().length < 3) return 'needs a "title" (the page, newspaper or organisation the facts come from)';
  if (typeof v.url !== 'string' || !URL_RE.test(v.url)) return 'needs a "url": a full web address starting with https://';
  return { title: v.title.trim(), url: v.url };
}

const optText = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() !== '');

/**
 * Checks all facility files together (ids must be unique across files) and returns the facilities
 * of the files that passed plus one message per problem.
 */
export function checkFacilityFiles(files: FacilityFile[]): CheckResult {
  const errors: string[] = [];
  const facilities: Facility[] = [];
  const seen = new Map<string, string>();
  const currentYear = new Date().getUTCFullYear();

  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      errors.push(`${file}: this is not valid JSON (${(e as Error).message}). A missing comma or quote is the usual cause; a JSON checker (e.g. geojson.io) shows the line.`);
      continue;
    }
    if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
      errors.push(`${file}: must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [ … ] }.`);
      continue;
    }
    data.features.forEach((feature: unknown, index: number) => {
      const props = isObj(feature) && isObj(feature.properties) ? feature.properties : undefined;
      const rawId = props?.id;
      const label = typeof rawId === 'string' && rawId ? `facility "${rawId}"` : `facility number ${index + 1}`;
      const say = (field: string, what: string) => errors.push(`${file}, ${label}: "${field}" ${what}.`);
      if (!isObj(feature) || feature.type !== 'Feature') {
        errors.push(`${file}, ${label}: each entry of "features" must be { "type": "Feature", "geometry": …, "properties": { … } }.`);
        return;
      }
      if (!props) {
        errors.push(`${file}, ${label}: the feature has no "properties" (id, name, type, address, source …).`);
        return;
      }
      const before = errors.length;
      // id
      if (typeof rawId !== 'string' || !ID.test(rawId)) {
        say('id', 'must be a short name in small Latin letters, digits and dashes, e.g. "shymkent-city-polyclinic-7"; it must never change');
      } else if (seen.has(rawId)) {
        say('id', `is already used in ${seen.get(rawId)}: every facility needs its own id`);
      } else {
        seen.set(rawId, file);
      }
      // names and place
      if (typeof props.name !== 'string' || props.name.trim().length < 3) say('name', 'is missing: write the name as on the sign (Russian or Kazakh)');
      if (!optText(props.name_kk)) say('name_kk', 'must be the Kazakh name as text, or be left out');
      if (typeof props.name_latin !== 'string' || props.name_latin.trim().length < 3) say('name_latin', 'is missing: write the name in Latin letters, for readers who cannot read Cyrillic');
      if (!facilityTypes.includes(props.type as FacilityType)) say('type', `must be one of: ${facilityTypes.join(', ')}`);
      if (!facilityDistricts.includes(props.district as FacilityDistrict)) {
        say('district', `must be one of: ${facilityDistricts.join(', ')} (to add a district, add it to src/config/facilities.ts and its name to each src/i18n/<lang>.json as "map.district.<id>")`);
      }
      if (props.settlement !== undefined && props.settlement !== null && (typeof props.settlement !== 'string' || !ID.test(props.settlement))) {
        say('settlement', 'must be the id of a place in facilities/settlements.json, e.g. "sayram", or be left out (then "city" is used)');
      }
      if (!optText(props.city)) say('city', 'must be the town or village name as text, or null when not known');
      if (!optText(props.address)) say('address', 'must be the address as text, or null when not known');
      if (!optText(props.hours)) say('hours', 'must be the opening hours as text, e.g. "пн–пт 8:00–20:00", or null when not known');
      // phones
      if (props.phones !== undefined && !Array.isArray(props.phones)) say('phones', 'must be a list, e.g. ["+77252000000"], or [] when not known');
      const phones = Array.isArray(props.phones) ? props.phones : [];
      for (const p of phones) {
        if (typeof p !== 'string' || !isPhone(p)) say('phones', `contains "${String(p)}", which is not a phone number: write it in international form without spaces, e.g. "+77252000000", or a short number like "103"`);
      }
      // services
      if (props.services !== undefined && !Array.isArray(props.services)) say('services', 'must be a list, or [] when not known');
      const services = Array.isArray(props.services) ? props.services : [];
      for (const s of services) {
        if (!facilityServices.includes(s as FacilityService)) say('services', `contains "${String(s)}"; use only: ${facilityServices.join(', ')}`);
      }
      // sources and dates
      const source = readSource(props.source);
      if (typeof source === 'string') say('source', source);
      const more = props.more_sources ?? [];
      if (!Array.isArray(more) || more.some((u) => typeof u !== 'string' || !URL_RE.test(u))) say('more_sources', 'must be a list of web addresses starting with https://');
      if (!isIsoDate(props.checked)) say('checked', 'must be the date the facts were last checked, written as YYYY-MM-DD, e.g. "2026-11-23"');
      const confidence = props.confidence ?? 'medium';
      if (!['high', 'medium', 'low'].includes(confidence as string)) say('confidence', 'must be "high", "medium" or "low"');
      if (props.address_year !== undefined && props.address_year !== null && (!Number.isInteger(props.address_year) || (props.address_year as number) < 1990 || (props.address_year as number) > currentYear)) {
        say('address_year', `must be the year of the source the address comes from, e.g. 2020 (1990–${currentYear})`);
      }
      // position: a GeoJSON Point, or an editor's "location" text / map link, and then a source for it
      let position: [number, number] | null = null;
      const geometry = feature.geometry;
      const location = props.location;
      if (geometry !== null && geometry !== undefined) {
        if (!isObj(geometry) || geometry.type !== 'Point') {
          say('geometry', `must be a Point (one position per facility) or null, not ${isObj(geometry) ? `a ${String(geometry.type)}` : 'this'}`);
        } else if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2 || !geometry.coordinates.slice(0, 2).every(isNum)) {
          say('geometry', 'must have "coordinates": [longitude, latitude] as two numbers, e.g. [69.5958, 42.3167]');
        } else {
          const [lon, lat] = geometry.coordinates as number[];
          const problem = checkLatLon(lat, lon);
          if (problem) say('geometry', `${problem} (GeoJSON writes [longitude, latitude])`);
          else position = [lat, lon];
        }
      }
      if (location !== undefined && location !== null) {
        if (geometry !== null && geometry !== undefined) {
          say('location', 'is given as well as "geometry": keep only one of them (set "geometry": null)');
        } else {
          const parsed = typeof location === 'string' ? parseLocation(location) : undefined;
          if (!parsed) {
            say('location', 'could not be read: write "latitude, longitude" (e.g. "42.3167, 69.5958") or paste an OpenStreetMap or Google Maps link to the place');
          } else {
            const problem = checkLatLon(parsed[0], parsed[1]);
            if (problem) say('location', problem);
            else position = parsed;
          }
        }
      }
      let positionSource: FacilitySource | null = null;
      const hasPosition = (geometry !== null && geometry !== undefined) || (location !== undefined && location !== null);
      if (hasPosition) {
        const ls = props.location_source;
        const read = ls === undefined || ls === null ? 'is missing: a position needs a source (the map link or page it was taken from) — never guess a position from a street name' : readSource(ls);
        if (typeof read === 'string') say('location_source', read);
        else positionSource = read;
      }
      if (errors.length > before || typeof source === 'string') return;
      facilities.push({
        id: rawId as string,
        file,
        name: (props.name as string).trim(),
        ...(typeof props.name_kk === 'string' ? { nameKk: props.name_kk.trim() } : {}),
        nameLatin: (props.name_latin as string).trim(),
        type: props.type as FacilityType,
        district: props.district as FacilityDistrict,
        city: typeof props.city === 'string' ? props.city.trim() : null,
        address: typeof props.address === 'string' ? props.address.trim() : null,
        phones: phones as string[],
        hours: typeof props.hours === 'string' ? props.hours.trim() : null,
        services: services as FacilityService[],
        source,
        moreSources: more as string[],
        checked: props.checked as string,
        confidence: confidence as Facility['confidence'],
        ...(typeof props.address_year === 'number' ? { addressYear: props.address_year } : {}),
        position,
        positionSource,
        ...(typeof props.settlement === 'string' ? { settlementId: props.settlement } : {}),
      });
    });
  }
  return { facilities, errors };
}

/** The message that stops the build when facility files have problems. */
export function facilityErrorReport(errors: string[]): string {
  return `The health-care facility files (content/facilities/) have ${errors.length} problem(s):\n- ${errors.join('\n- ')}`;
}
