/**
 * Exact positions from OpenStreetMap, for editors: reads an export an editor made on a machine with
 * internet (overpass turbo's GeoJSON, or Overpass JSON with `out center`), matches its health
 * facilities to ours by name (Russian, Kazakh, Latin), address and settlement, and proposes each match
 * with its distance from the settlement position and a confidence. Accepted matches are written as
 * `location` and `location_source` (the OSM object's page), and the file gets the ODbL attribution.
 * Also lists OSM health facilities that are not in our files. Pure (texts in, texts out): the script
 * scripts/facilities-import.ts reads and writes the files.
 */
import { checkLatLon, type Facility } from './schema.ts';
import { distanceKm } from './list.ts';
import { addressParts } from './address.ts';
import { findSettlement, normaliseName, type Settlement } from './settlements.ts';

export const odblNote =
  'Contains data from OpenStreetMap, © OpenStreetMap contributors, available under the Open Database License (ODbL) 1.0';

/** One health facility of the export. */
export interface OsmFeature {
  ref: string;
  url: string;
  name: string;
  names: string[];
  position: [number, number];
  kind: string;
  street?: string;
  housenumber?: string;
  city?: string;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Match {
  facility: Facility;
  feature: OsmFeature;
  confidence: Confidence;
  /** What agreed: name, number, address, town. */
  reasons: string[];
  /** Kilometres from the facility's settlement position, when it has one. */
  kmFromSettlement?: number;
  score: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const HEALTH_AMENITY = new Set(['clinic', 'hospital', 'doctors']);

/** Whether OSM tags describe a health facility: amenity=clinic|hospital|doctors, or any healthcare=*. */
export function isHealthFacility(tags: Record<string, string>): boolean {
  return (
    HEALTH_AMENITY.has(tags.amenity ?? '') ||
    (tags.healthcare !== undefined && tags.healthcare !== 'no')
  );
}

const osmUrl = (ref: string) => `https://www.openstreetmap.org/${ref}`;

/** The middle of a GeoJSON geometry: a point as is, a line or area by the mean of its outer ring. */
function centre(geometry: unknown): [number, number] | undefined {
  if (!isObj(geometry)) return undefined;
  const c = geometry.coordinates;
  const ring = (xs: unknown): [number, number] | undefined => {
    if (!Array.isArray(xs) || xs.length === 0) return undefined;
    const pts = xs.filter((p): p is number[] => Array.isArray(p) && isNum(p[0]) && isNum(p[1]));
    if (!pts.length) return undefined;
    return [
      pts.reduce((s, p) => s + p[1], 0) / pts.length,
      pts.reduce((s, p) => s + p[0], 0) / pts.length,
    ];
  };
  if (geometry.type === 'Point' && Array.isArray(c) && isNum(c[0]) && isNum(c[1]))
    return [c[1], c[0]];
  if (geometry.type === 'LineString') return ring(c);
  if (geometry.type === 'Polygon' && Array.isArray(c)) return ring(c[0]);
  if (geometry.type === 'MultiPolygon' && Array.isArray(c) && Array.isArray(c[0]))
    return ring(c[0][0]);
  return undefined;
}

/**
 * Reads an export: overpass turbo's GeoJSON (FeatureCollection; the object in `id` or `@id`, tags as
 * properties or under `tags`) or Overpass JSON (`elements` with lat/lon or `center`). Only health
 * facilities are kept. Every problem is one sentence naming the file and the object.
 */
export function parseOsmExport(
  file: string,
  text: string,
): { features: OsmFeature[]; ignored: number; errors: string[] } {
  const errors: string[] = [];
  const features: OsmFeature[] = [];
  let ignored = 0;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      features,
      ignored,
      errors: [
        `${file}: is not JSON (${(e as Error).message}). Export from overpass turbo with "Export → GeoJSON", or run the Overpass query with [out:json].`,
      ],
    };
  }
  type Raw = { ref: string; tags: Record<string, string>; position?: [number, number] };
  const raws: Raw[] = [];
  const tagsOf = (v: unknown): Record<string, string> =>
    isObj(v)
      ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<
          string,
          string
        >)
      : {};
  if (isObj(data) && data.type === 'FeatureCollection' && Array.isArray(data.features)) {
    data.features.forEach((f: unknown, i: number) => {
      if (!isObj(f))
        return void errors.push(`${file}: feature number ${i + 1} is not a GeoJSON Feature.`);
      const props = isObj(f.properties) ? f.properties : {};
      const id =
        typeof f.id === 'string'
          ? f.id
          : typeof props['@id'] === 'string'
            ? (props['@id'] as string)
            : typeof props.id === 'string'
              ? (props.id as string)
              : '';
      const ref = /^(node|way|relation)\/\d+$/.test(id) ? id : '';
      if (!ref)
        return void errors.push(
          `${file}: feature number ${i + 1} has no OpenStreetMap id like "node/123" (in "id" or "@id"): without it the position cannot be cited.`,
        );
      raws.push({
        ref,
        tags: { ...tagsOf(props), ...tagsOf(props.tags) },
        position: centre(f.geometry),
      });
    });
  } else if (isObj(data) && Array.isArray(data.elements)) {
    data.elements.forEach((el: unknown, i: number) => {
      if (
        !isObj(el) ||
        !['node', 'way', 'relation'].includes(el.type as string) ||
        !Number.isInteger(el.id)
      ) {
        return void errors.push(
          `${file}: element number ${i + 1} is not an OpenStreetMap node, way or relation with an id.`,
        );
      }
      const ref = `${el.type as string}/${el.id as number}`;
      const at =
        isNum(el.lat) && isNum(el.lon)
          ? [el.lat, el.lon]
          : isObj(el.center) && isNum(el.center.lat) && isNum(el.center.lon)
            ? [el.center.lat, el.center.lon]
            : undefined;
      raws.push({ ref, tags: tagsOf(el.tags), position: at as [number, number] | undefined });
    });
  } else {
    return {
      features,
      ignored,
      errors: [
        `${file}: is not an OpenStreetMap export: expected a GeoJSON FeatureCollection (overpass turbo → Export → GeoJSON) or Overpass JSON with "elements" (query with [out:json] and "out center").`,
      ],
    };
  }
  for (const r of raws) {
    if (!isHealthFacility(r.tags)) {
      ignored++;
      continue;
    }
    const label = `${r.ref}${r.tags.name ? ` «${r.tags.name}»` : ''}`;
    if (!r.position) {
      errors.push(
        `${file}: ${label} has no position (for ways and relations, run the Overpass query with "out center").`,
      );
      continue;
    }
    const problem = checkLatLon(r.position[0], r.position[1]);
    if (problem) {
      errors.push(
        `${file}: ${label} is outside the map's region: ${problem}. Is this the export of Shymkent and Turkestan region?`,
      );
      continue;
    }
    const names = [
      'name',
      'name:ru',
      'name:kk',
      'name:en',
      'official_name',
      'alt_name',
      'short_name',
    ]
      .map((k) => r.tags[k])
      .filter((n): n is string => !!n && n.trim() !== '');
    features.push({
      ref: r.ref,
      url: osmUrl(r.ref),
      name: names[0] ?? '',
      names,
      position: [Number(r.position[0].toFixed(6)), Number(r.position[1].toFixed(6))],
      kind: r.tags.amenity ?? `healthcare=${r.tags.healthcare}`,
      ...(r.tags['addr:street'] ? { street: r.tags['addr:street'] } : {}),
      ...(r.tags['addr:housenumber'] ? { housenumber: r.tags['addr:housenumber'] } : {}),
      ...(r.tags['addr:city'] ? { city: r.tags['addr:city'] } : {}),
    });
  }
  return { features, ignored, errors };
}

const translit: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
/** Qualifiers that say nothing about which facility it is (Russian, Kazakh and English, in Latin letters). */
const STOP = new Set([
  'gorodskaya',
  'gorodskoi',
  'gorodskoe',
  'kalalyk',
  'city',
  'gkp',
  'na',
  'pkhv',
  'rgkp',
  'kgp',
  'mkp',
  'too',
  'ao',
  'g',
  's',
  'pos',
  'selo',
  'no',
  'nomer',
  'imeni',
  'im',
  'v',
  'i',
  'the',
  'of',
  'mkr',
  'mikroraion',
  'ul',
  'ulitsa',
  'pr',
  'prospekt',
  'shymkent',
  'shymkenta',
  'raiona',
  'raionnaya',
  'audandyk',
]);
/** Words for the same kind of place in Kazakh, English and Russian, made one. */
const SYNONYM: Record<string, string> = {
  emkhana: 'poliklinika',
  emkhanasy: 'poliklinika',
  polyclinic: 'poliklinika',
  aurukhana: 'bolnitsa',
  aurukhanasy: 'bolnitsa',
  hospital: 'bolnitsa',
  ambulatoriyasy: 'ambulatoriya',
  outpatient: 'ambulatoriya',
};

/** The words of a name that tell facilities apart, in Latin letters, with kind words made one. */
export function nameTokens(name: string): Set<string> {
  const latin = normaliseName(name)
    .replace(/[а-я]/g, (c) => translit[c] ?? c)
    .replace(/[^a-z0-9 ]/g, ' ');
  const words = latin
    .split(/\s+/)
    .map((w) => SYNONYM[w] ?? w)
    .filter((w) => w && !STOP.has(w));
  return new Set(words.flatMap((w) => w.match(/\d+|[a-z]+/g) ?? []));
}

/** Words for a kind of facility (after SYNONYM): names sharing only these are not the same place. */
const KIND = new Set([
  'poliklinika',
  'bolnitsa',
  'ambulatoriya',
  'vrachebnaya',
  'klinicheskaya',
  'klinika',
  'clinic',
  'tsentr',
  'fap',
  'feldshersko',
  'akusherskii',
  'punkt',
  'meditsinskii',
  'semeinoi',
  'zdorovya',
]);
const PRIMARY_KIND = ['poliklinika', 'bolnitsa', 'ambulatoriya', 'fap'];

/**
 * How well two names agree: `score` 0–1 (the share of the shorter name's words found in the other),
 * and `exact` when their distinctive words (numbers and proper names, not kind words) are the same.
 * Facilities with different numbers, different proper names or different kinds never agree.
 */
export function nameMatch(a: string, b: string): { score: number; exact: boolean } {
  const none = { score: 0, exact: false };
  const A = nameTokens(a);
  const B = nameTokens(b);
  if (!A.size || !B.size) return none;
  const nums = (S: Set<string>) => [...S].filter((w) => /^\d+$/.test(w));
  const na = nums(A);
  const nb = nums(B);
  if (na.length > 0 !== nb.length > 0 || (na.length && !na.some((n) => nb.includes(n))))
    return none;
  const kindA = PRIMARY_KIND.filter((k) => A.has(k));
  const kindB = PRIMARY_KIND.filter((k) => B.has(k));
  if (kindA.length && kindB.length && !kindA.some((k) => kindB.includes(k))) return none;
  const dA = [...A].filter((w) => !KIND.has(w));
  const dB = [...B].filter((w) => !KIND.has(w));
  if (dA.length && dB.length && !dA.some((w) => dB.includes(w))) return none;
  const shared = [...A].filter((w) => B.has(w)).length;
  const exact = dA.length > 0 && dA.length === dB.length && dA.every((w) => dB.includes(w));
  return { score: shared / Math.min(A.size, B.size), exact };
}

/** The score alone (see nameMatch). */
export function nameScore(a: string, b: string): number {
  return nameMatch(a, b).score;
}

function addressAgrees(f: Facility, o: OsmFeature): boolean {
  if (!f.address || !o.street || !o.housenumber) return false;
  const ours = nameTokens(addressParts(f.address).main);
  const street = [...nameTokens(o.street)].filter((w) => !/^\d+$/.test(w));
  return (
    street.length > 0 &&
    street.every((w) => ours.has(w)) &&
    ours.has(o.housenumber.toLowerCase().replace(/\D+$/, ''))
  );
}

/** Kilometres beyond which an OSM object cannot be the facility of a settlement. */
const FAR_KM = 25;

/** Scores one pairing; undefined when they cannot be the same place. */
export function scorePair(
  f: Facility,
  o: OsmFeature,
  settlements: Settlement[],
): Match | undefined {
  const names = [f.name, f.nameKk, f.nameLatin].filter((n): n is string => !!n);
  let best = 0;
  let exact = false;
  for (const a of names) {
    for (const b of o.names) {
      const m = nameMatch(a, b);
      if (m.score > best || (m.score === best && m.exact))
        [best, exact] = [m.score, m.exact || (m.score === best && exact)];
    }
  }
  if (best < 0.5) return undefined;
  const reasons = ['name'];
  const settlement = f.settlement;
  const km = settlement ? distanceKm(settlement.position, o.position) : undefined;
  if (km !== undefined && km > FAR_KM) return undefined;
  const cityOsm = o.city ? findSettlement(settlements, o.city) : undefined;
  const sameTown =
    (cityOsm && settlement && cityOsm.id === settlement.id) ||
    (o.city && f.city && normaliseName(o.city) === normaliseName(f.city)) ||
    (km !== undefined && km <= 15);
  if (o.city && f.city && !sameTown && cityOsm && settlement && cityOsm.id !== settlement.id)
    return undefined;
  if (sameTown) reasons.push('town');
  const address = addressAgrees(f, o);
  if (address) reasons.push('address');
  // High only when the distinctive words are the same (a branch "№1, филиал …" is not "№1") and the
  // place agrees too; the editor accepts the rest one by one.
  const confidence: Confidence =
    best >= 0.99 && exact && (address || sameTown)
      ? 'high'
      : best >= 0.66 && sameTown
        ? 'medium'
        : 'low';
  const score = best + (exact ? 0.3 : 0) + (address ? 0.5 : 0) + (sameTown ? 0.25 : 0);
  return {
    facility: f,
    feature: o,
    confidence,
    reasons,
    ...(km !== undefined ? { kmFromSettlement: Math.round(km * 10) / 10 } : {}),
    score,
  };
}

export interface ImportReport {
  matches: Match[];
  /** OSM health facilities that match none of ours: candidates for editors to add. */
  missing: OsmFeature[];
  /** Facilities that already have a position of their own: never changed by the import. */
  alreadyPlaced: Facility[];
}

/** The best OSM object for each of our facilities (without a position), and the OSM objects left over. */
export function matchFacilities(
  facilities: Facility[],
  features: OsmFeature[],
  settlements: Settlement[],
): ImportReport {
  const matches: Match[] = [];
  const alreadyPlaced = facilities.filter((f) => f.position);
  const claimed = new Set<string>();
  for (const f of facilities) {
    let best: Match | undefined;
    for (const o of features) {
      const m = scorePair(f, o, settlements);
      if (m && (!best || m.score > best.score)) best = m;
    }
    if (best) claimed.add(best.feature.ref);
    if (best && !f.position) matches.push(best);
  }
  return { matches, missing: features.filter((o) => !claimed.has(o.ref)), alreadyPlaced };
}

/**
 * The matches an editor accepted: those of high confidence and any facility named in `accept`, less
 * those named in `reject`.
 * Problems (an accepted id with no proposal, two facilities on one OSM object) are returned as
 * sentences; the caller then writes nothing.
 */
export function acceptedMatches(
  matches: Match[],
  accept: string[],
  reject: string[] = [],
): { accepted: Match[]; errors: string[] } {
  const errors: string[] = [];
  for (const id of reject)
    if (!matches.some((m) => m.facility.id === id))
      errors.push(`--reject ${id}: there is no proposed match for a facility with this id.`);
  for (const id of accept)
    if (!matches.some((m) => m.facility.id === id))
      errors.push(
        `--accept ${id}: there is no proposed match for a facility with this id (see the list above; a facility that already has a position is never changed).`,
      );
  const accepted = matches.filter(
    (m) =>
      !reject.includes(m.facility.id) &&
      (m.confidence === 'high' || accept.includes(m.facility.id)),
  );
  const byRef = new Map<string, Match[]>();
  for (const m of accepted) byRef.set(m.feature.ref, [...(byRef.get(m.feature.ref) ?? []), m]);
  for (const [ref, ms] of byRef) {
    if (ms.length > 1)
      errors.push(
        `${osmUrl(ref)} («${ms[0].feature.name}») is matched to ${ms.length} of our facilities (${ms.map((m) => m.facility.id).join(', ')}): one OpenStreetMap object is one place. Leave out the wrong one(s) with --reject facility-id.`,
      );
  }
  return { accepted, errors };
}

/**
 * Writes the accepted positions into the facility files' texts: `location` and `location_source` on
 * each facility, and the ODbL attribution on each changed file. Returns the changed texts by file name.
 */
export function applyMatches(
  files: { file: string; text: string }[],
  accepted: Match[],
): Map<string, string> {
  const changed = new Map<string, string>();
  for (const { file, text } of files) {
    const mine = accepted.filter((m) => m.facility.file === file);
    if (!mine.length) continue;
    const data = JSON.parse(text) as {
      features: { geometry: unknown; properties: Obj }[];
      licence_note?: string;
      osm_attribution?: string;
    };
    for (const m of mine) {
      const feature = data.features.find((x) => x.properties.id === m.facility.id);
      if (!feature || feature.geometry) continue;
      const [lat, lon] = m.feature.position;
      feature.properties.location = `${lat}, ${lon}`;
      feature.properties.location_source = {
        title: `OpenStreetMap: ${m.feature.name || m.feature.ref} (${m.feature.ref})`,
        url: m.feature.url,
      };
    }
    data.osm_attribution = odblNote;
    if (typeof data.licence_note === 'string')
      data.licence_note = data.licence_note.replace(
        /^No OpenStreetMap data is included\.\s*/,
        'Positions whose location_source is an OpenStreetMap page contain OpenStreetMap data (see osm_attribution). ',
      );
    changed.set(file, `${JSON.stringify(data, null, 2)}\n`);
  }
  return changed;
}

/** The editor's report, one line per proposal, in plain words. */
export function formatReport(report: ImportReport, ignored: number): string {
  const lines: string[] = [];
  lines.push(`Proposed matches (${report.matches.length}):`);
  for (const m of [...report.matches].sort((a, b) => a.facility.id.localeCompare(b.facility.id))) {
    const where =
      m.kmFromSettlement !== undefined
        ? `${m.kmFromSettlement} km from the centre of ${m.facility.settlement!.name}`
        : 'no settlement position to compare';
    lines.push(
      `  [${m.confidence}] ${m.facility.id} ← ${m.feature.url} «${m.feature.name}» (${m.feature.position.join(', ')}; ${where}; agrees on: ${m.reasons.join(', ')})`,
    );
  }
  if (report.alreadyPlaced.length)
    lines.push(
      `Already have a position, not changed: ${report.alreadyPlaced.map((f) => f.id).join(', ')}`,
    );
  lines.push(
    `In OpenStreetMap but not in our files (${report.missing.length}) — add them if they serve the public:`,
  );
  for (const o of report.missing)
    lines.push(
      `  ${o.url} «${o.name || '(no name)'}» ${o.kind}${o.city ? `, ${o.city}` : ''}${o.street ? `, ${o.street} ${o.housenumber ?? ''}`.trimEnd() : ''} (${o.position.join(', ')})`,
    );
  if (ignored)
    lines.push(`(${ignored} object(s) in the export are not health facilities and were skipped.)`);
  return lines.join('\n');
}
