/**
 * The one model of a health-care facility: a zod schema for the features of content/facilities/*.geojson
 * and the `Facility` type every page, script and test uses. A mistake stops the build with a sentence
 * an NGO editor can act on: which file, which facility (id), which field, and what was expected. Also
 * turns the editor-friendly ways of giving a position (a "lat, lon" text or a pasted OpenStreetMap /
 * Google Maps link) into one [lat, lon] pair.
 * Pure: no file system and no Astro, so the build, scripts and unit tests share it.
 */
import { z } from 'zod';
import {
  facilityDistricts,
  facilityRegion,
  facilityServices,
  facilityTypes,
} from '../../config/facilities.ts';
import { isoDateText, phoneNumber, webUrlWith } from '../content/schemaParts.ts';
import type { Settlement } from './settlements.ts';

export interface FacilitySource {
  title: string;
  url: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** Text of at least `min` characters once trimmed; one message for a missing, short or non-text value. */
const requiredText = (message: string, min = 3) =>
  z.string({ error: message }).trim().min(min, { error: message });

/** A short id in small Latin letters, digits and dashes. */
const idText = (message: string) => z.string({ error: message }).regex(ID, { error: message });

/** A source: a web address (its host becomes the title) or { "title": "…", "url": "https://…" }. */
const sourceLink = webUrlWith(
  'must be a web address starting with https:// (or an object with "title" and "url")',
).transform((url): FacilitySource => ({ title: new URL(url).host, url }));
const sourceObject = z.object({
  title: requiredText('needs a "title" (the page, newspaper or organisation the facts come from)'),
  url: webUrlWith('needs a "url": a full web address starting with https://'),
});

const sourceMissing =
  'is missing: every facility needs the source its facts come from, as { "title": "…", "url": "https://…" }';

/**
 * A source field: a link or an object, each with its own schema. `missing` is said when it is absent;
 * anything else that is neither a link nor an object gets the general "needs a source" sentence.
 */
function sourceField(missing: string) {
  return z.unknown().transform((v, ctx): FacilitySource => {
    const schema = typeof v === 'string' ? sourceLink : isObj(v) ? sourceObject : undefined;
    const r = schema?.safeParse(v);
    if (r?.success) return r.data;
    ctx.addIssue({
      code: 'custom',
      message: r
        ? r.error.issues[0].message
        : v === undefined || v === null
          ? missing
          : sourceMissing,
      input: v,
    });
    return z.NEVER;
  });
}

/** Text, or absent/null ("not known"); whitespace only is a mistake. Output: trimmed text or null. */
const optionalText = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .nullish()
    .transform((v) => v ?? null);

const currentYear = new Date().getUTCFullYear();
const yearMessage = `must be the year of the source the address comes from, e.g. 2020 (1990–${currentYear})`;

/**
 * The "properties" of one facility feature, field by field, with the editor's message for each. The
 * order of the fields is the order problems are reported in. "location" and "location_source" are read
 * together with the feature's geometry (see facilityFeature).
 */
export const facilityProperties = z.object({
  id: idText(
    'must be a short name in small Latin letters, digits and dashes, e.g. "shymkent-city-polyclinic-7"; it must never change',
  ),
  name: requiredText('is missing: write the name as on the sign (Russian or Kazakh)'),
  name_kk: optionalText('must be the Kazakh name as text, or be left out'),
  name_latin: requiredText(
    'is missing: write the name in Latin letters, for readers who cannot read Cyrillic',
  ),
  type: z.enum(facilityTypes, { error: `must be one of: ${facilityTypes.join(', ')}` }),
  district: z.enum(facilityDistricts, {
    error: `must be one of: ${facilityDistricts.join(', ')} (to add a district, add it to src/config/facilities.ts and its name to each src/i18n/<lang>.json as "map.district.<id>")`,
  }),
  settlement: idText(
    'must be the id of a place in facilities/settlements.json, e.g. "sayram", or be left out (then "city" is used)',
  ).nullish(),
  city: optionalText('must be the town or village name as text, or null when not known'),
  address: optionalText('must be the address as text, or null when not known'),
  hours: optionalText(
    'must be the opening hours as text, e.g. "пн–пт 8:00–20:00", or null when not known',
  ),
  phones: z
    .array(
      phoneNumber(
        (iss) =>
          `contains "${String(iss.input)}", which is not a phone number: write it in international form without spaces, e.g. "+77252000000", or a short number like "103"`,
      ),
      { error: 'must be a list, e.g. ["+77252000000"], or [] when not known' },
    )
    .default([]),
  services: z
    .array(
      z.enum(facilityServices, {
        error: (iss) => `contains "${String(iss.input)}"; use only: ${facilityServices.join(', ')}`,
      }),
      {
        error: 'must be a list, or [] when not known',
      },
    )
    .default([]),
  source: sourceField(sourceMissing),
  more_sources: z
    .array(webUrlWith('must be a list of web addresses starting with https://'), {
      error: 'must be a list of web addresses starting with https://',
    })
    .nullish()
    .transform((v) => v ?? []),
  checked: isoDateText(
    'must be the date the facts were last checked, written as YYYY-MM-DD, e.g. "2026-11-23"',
  ),
  confidence: z
    .enum(['high', 'medium', 'low'], { error: 'must be "high", "medium" or "low"' })
    .nullish()
    .transform((v) => v ?? 'medium'),
  // A refinement, not .int(): zod stops at a failed .int(), and the position would then go unchecked.
  address_year: z
    .number({ error: yearMessage })
    .refine((y) => Number.isInteger(y) && y >= 1990 && y <= currentYear, { error: yearMessage })
    .nullish(),
  location: z.unknown().optional(),
  location_source: z.unknown().optional(),
});

/** A GeoJSON Point inside the map's region, as [lat, lon]. */
const coordinatesMessage =
  'must have "coordinates": [longitude, latitude] as two numbers, e.g. [69.5958, 42.3167]';
const pointGeometry = z
  .object(
    {
      type: z.literal('Point', {
        error: (iss) =>
          `must be a Point (one position per facility) or null, not a ${String(iss.input)}`,
      }),
      coordinates: z
        .array(z.unknown(), { error: coordinatesMessage })
        .refine(
          (c) =>
            c.length >= 2 &&
            c.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n)),
          { error: coordinatesMessage },
        ),
    },
    { error: 'must be a Point (one position per facility) or null, not this' },
  )
  .transform((g, ctx): [number, number] => {
    const [lon, lat] = g.coordinates as [number, number];
    const problem = checkLatLon(lat, lon);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: `${problem} (GeoJSON writes [longitude, latitude])`,
      });
    return [lat, lon];
  });

/** An editor's "location": "lat, lon" text or a pasted map link, inside the map's region. */
const locationText = z
  .string({
    error:
      'could not be read: write "latitude, longitude" (e.g. "42.3167, 69.5958") or paste an OpenStreetMap or Google Maps link to the place',
  })
  .transform((s, ctx): [number, number] => {
    const parsed = parseLocation(s);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message:
          'could not be read: write "latitude, longitude" (e.g. "42.3167, 69.5958") or paste an OpenStreetMap or Google Maps link to the place',
      });
      return z.NEVER;
    }
    const problem = checkLatLon(parsed[0], parsed[1]);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return parsed;
  });

const positionSourceField = sourceField(
  'is missing: a position needs a source (the map link or page it was taken from) — never guess a position from a street name',
);

const given = (v: unknown) => v !== undefined && v !== null;

/** Where a feature is: its geometry or its "location" (never both), and the source of that position. */
function readPlace(geometry: unknown, props: Obj) {
  const issues: { field: string; message: string }[] = [];
  let position: [number, number] | null = null;
  const take = <T>(field: string, r: z.ZodSafeParseResult<T>): T | undefined => {
    if (r.success) return r.data;
    issues.push({ field, message: r.error.issues[0].message });
    return undefined;
  };
  if (given(geometry)) position = take('geometry', pointGeometry.safeParse(geometry)) ?? null;
  if (given(props.location)) {
    if (given(geometry))
      issues.push({
        field: 'location',
        message: 'is given as well as "geometry": keep only one of them (set "geometry": null)',
      });
    else position = take('location', locationText.safeParse(props.location)) ?? null;
  }
  let positionSource: FacilitySource | null = null;
  if (given(geometry) || given(props.location))
    positionSource =
      take('location_source', positionSourceField.safeParse(props.location_source)) ?? null;
  return { position, positionSource, issues };
}

/**
 * One facility feature: the properties above and a position, checked together, turned into the
 * Facility the pages use. Every problem is an issue whose path names the field.
 */
export const facilityFeature = z
  .object(
    {
      type: z.literal('Feature', {
        error:
          'each entry of "features" must be { "type": "Feature", "geometry": …, "properties": { … } }',
      }),
      properties: z
        .unknown()
        .pipe(
          z.record(z.string(), z.unknown(), {
            error: 'the feature has no "properties" (id, name, type, address, source …)',
          }),
        )
        .pipe(facilityProperties),
      geometry: z.unknown().optional(),
    },
    {
      error:
        'each entry of "features" must be { "type": "Feature", "geometry": …, "properties": { … } }',
    },
  )
  .superRefine(
    (f, ctx) => {
      if (!isObj(f.properties)) return;
      for (const i of readPlace(f.geometry, f.properties as Obj).issues)
        ctx.addIssue({ code: 'custom', path: ['properties', i.field], message: i.message });
    },
    {
      when: (payload) =>
        isObj(payload.value) &&
        (payload.value as Obj).type === 'Feature' &&
        isObj((payload.value as Obj).properties),
    },
  )
  .transform((f) => {
    const p = f.properties;
    const { position, positionSource } = readPlace(f.geometry, p as unknown as Obj);
    return {
      id: p.id,
      name: p.name,
      ...(p.name_kk ? { nameKk: p.name_kk } : {}),
      nameLatin: p.name_latin,
      type: p.type,
      district: p.district,
      city: p.city,
      address: p.address,
      phones: p.phones,
      hours: p.hours,
      services: p.services,
      source: p.source,
      moreSources: p.more_sources,
      checked: p.checked,
      confidence: p.confidence,
      ...(typeof p.address_year === 'number' ? { addressYear: p.address_year } : {}),
      position,
      positionSource,
      ...(p.settlement ? { settlementId: p.settlement } : {}),
    };
  });

/** A facility file: a GeoJSON FeatureCollection (each feature is checked on its own, so each is named). */
const collectionMessage =
  'must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [ … ] }';
const facilityCollection = z.object(
  {
    type: z.literal('FeatureCollection', { error: collectionMessage }),
    features: z.array(z.unknown(), { error: collectionMessage }),
  },
  { error: collectionMessage },
);

/**
 * One checked facility, ready for the page. `position` is [lat, lon] or null (listed without a marker).
 * `file` is where it came from; `settlement` is attached after loading (see facilities/settlements.ts).
 */
export type Facility = z.output<typeof facilityFeature> & {
  file: string;
  /** Its town or village with a sourced position (from the "settlement" id or the "city" name). */
  settlement?: Settlement;
};

export interface FacilityFile {
  file: string;
  text: string;
}
export interface CheckResult {
  facilities: Facility[];
  errors: string[];
}

/** Fields where each wrong item is its own problem; any other field is reported once. */
const perItem = new Set(['phones', 'services']);

/**
 * Checks all facility files together (ids must be unique across files) and returns the facilities
 * of the files that passed plus one message per problem: file, facility, field, what was expected.
 */
export function checkFacilityFiles(files: FacilityFile[]): CheckResult {
  const errors: string[] = [];
  const facilities: Facility[] = [];
  const seen = new Map<string, string>();

  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      errors.push(
        `${file}: this is not valid JSON (${(e as Error).message}). A missing comma or quote is the usual cause; a JSON checker (e.g. geojson.io) shows the line.`,
      );
      continue;
    }
    const collection = facilityCollection.safeParse(data);
    if (!collection.success) {
      errors.push(`${file}: ${collection.error.issues[0].message}.`);
      continue;
    }
    collection.data.features.forEach((feature, index) => {
      const rawId = isObj(feature) && isObj(feature.properties) ? feature.properties.id : undefined;
      const label =
        typeof rawId === 'string' && rawId ? `facility "${rawId}"` : `facility number ${index + 1}`;
      const messages: string[] = [];
      const result = facilityFeature.safeParse(feature);
      if (!result.success) {
        const issues = result.error.issues;
        // The feature itself is wrong (not a Feature, no properties): one sentence, nothing field by field.
        const whole = issues.find(
          (i) => i.path.length === 0 || (i.path.length === 1 && i.path[0] !== 'geometry'),
        );
        if (whole) return void errors.push(`${file}, ${label}: ${whole.message}.`);
        const said = new Set<string>();
        for (const i of issues) {
          const field = String(i.path[0] === 'properties' ? i.path[1] : i.path[0]);
          if (said.has(field) && !perItem.has(field)) continue;
          said.add(field);
          messages.push(`${file}, ${label}: "${field}" ${i.message}.`);
        }
      }
      if (typeof rawId === 'string' && ID.test(rawId)) {
        if (seen.has(rawId))
          messages.unshift(
            `${file}, ${label}: "id" is already used in ${seen.get(rawId)}: every facility needs its own id.`,
          );
        else seen.set(rawId, file);
      }
      errors.push(...messages);
      if (result.success && messages.length === 0) facilities.push({ ...result.data, file });
    });
  }
  return { facilities, errors };
}

/** The message that stops the build when facility files have problems. */
export function facilityErrorReport(errors: string[]): string {
  return `The health-care facility files (content/facilities/) have ${errors.length} problem(s):\n- ${errors.join('\n- ')}`;
}
