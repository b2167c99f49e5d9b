/**
 * Town and village positions from a gazetteer (content/facilities/settlements.json). A facility with no
 * sourced position of its own is drawn at its settlement, marked as approximate: a migrant in a village
 * learns which nearby village or town has a clinic and how far it is, and is told to use the address.
 * Every position must name its source (a GeoNames page, or another gazetteer's id page) and lie in the
 * map's region; nothing here is guessed. Pure: the build, the import script and tests share it.
 */
import { checkLatLon } from './schema.ts';
import type { Facility, FacilitySource } from './schema.ts';
import { isWebAddress } from '../content/schemaParts.ts';

export interface Settlement {
  id: string;
  name: string;
  nameKk?: string;
  nameLatin: string;
  aliases: string[];
  position: [number, number];
  source: FacilitySource;
  geonamesId?: number;
}

/** Where a facility is drawn: its own sourced position, or its settlement's (approximate), or nowhere. */
export interface MapPlace {
  position: [number, number];
  approximate: boolean;
  settlement?: Settlement;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Names compared without case, "ё" and the Kazakh letters' diacritics, so "Сарыағаш" finds "Сарыагаш". */
export function normaliseName(s: string): string {
  const kk: Record<string, string> = {
    ә: 'а',
    ғ: 'г',
    қ: 'к',
    ң: 'н',
    ө: 'о',
    ұ: 'у',
    ү: 'у',
    һ: 'х',
    і: 'и',
    ё: 'е',
    й: 'и',
  };
  return s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[әғқңөұүһіёй]/g, (c) => kk[c])
    .replace(/[«»"'’ʻ.,()№#-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads and checks settlements.json; returns the settlements and one sentence per problem, naming the
 * file, the settlement and the field.
 */
export function checkSettlements(
  file: string,
  text: string,
): { settlements: Settlement[]; errors: string[] } {
  const errors: string[] = [];
  const settlements: Settlement[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { settlements, errors: [`${file}: this is not valid JSON (${(e as Error).message}).`] };
  }
  if (!isObj(data) || !Array.isArray(data.settlements)) {
    return {
      settlements,
      errors: [
        `${file}: must be { "settlements": [ … ] }, one entry per town or village with a sourced position.`,
      ],
    };
  }
  const seen = new Set<string>();
  data.settlements.forEach((s: unknown, i: number) => {
    const label =
      isObj(s) && typeof s.id === 'string' && s.id
        ? `settlement "${s.id}"`
        : `settlement number ${i + 1}`;
    const say = (field: string, what: string) =>
      errors.push(`${file}, ${label}: "${field}" ${what}.`);
    if (!isObj(s))
      return void errors.push(
        `${file}, ${label}: must be an object with id, name, lat, lon and source.`,
      );
    const before = errors.length;
    if (typeof s.id !== 'string' || !ID.test(s.id))
      say('id', 'must be small Latin letters, digits and dashes, e.g. "zhemisti"');
    else if (seen.has(s.id)) say('id', 'is used twice');
    else seen.add(s.id);
    if (typeof s.name !== 'string' || s.name.trim().length < 2)
      say('name', 'is missing: the Russian name as facilities write it in "city"');
    if (typeof s.name_latin !== 'string' || s.name_latin.trim().length < 2)
      say('name_latin', 'is missing: the name in Latin letters');
    if (s.name_kk !== undefined && typeof s.name_kk !== 'string')
      say('name_kk', 'must be text, or be left out');
    if (
      s.aliases !== undefined &&
      (!Array.isArray(s.aliases) || s.aliases.some((a) => typeof a !== 'string'))
    )
      say('aliases', 'must be a list of other spellings, e.g. ["Чимкент"]');
    if (!isNum(s.lat) || !isNum(s.lon))
      say('lat/lon', 'must be two numbers, e.g. "lat": 42.3, "lon": 69.6');
    else {
      const problem = checkLatLon(s.lat, s.lon);
      if (problem) say('lat/lon', problem);
    }
    const src = s.source;
    if (!isObj(src) || typeof src.url !== 'string' || !isWebAddress(src.url)) {
      say(
        'source',
        'needs a "url": the gazetteer page of this place, e.g. "https://www.geonames.org/1518980" — a position without a source is not allowed',
      );
    } else if (typeof src.title !== 'string' || src.title.trim().length < 3) {
      say('source', 'needs a "title": the gazetteer, the id and where it was read');
    }
    if (
      s.geonames_id !== undefined &&
      (!Number.isInteger(s.geonames_id) ||
        (isObj(src) &&
          typeof src.url === 'string' &&
          !src.url.endsWith(`/${String(s.geonames_id)}`)))
    ) {
      say('geonames_id', 'must be the GeoNames number, the same as at the end of the source "url"');
    }
    if (errors.length > before) return;
    settlements.push({
      id: s.id as string,
      name: (s.name as string).trim(),
      ...(typeof s.name_kk === 'string' ? { nameKk: s.name_kk.trim() } : {}),
      nameLatin: (s.name_latin as string).trim(),
      aliases: (s.aliases as string[] | undefined) ?? [],
      position: [s.lat as number, s.lon as number],
      source: { title: ((src as Obj).title as string).trim(), url: (src as Obj).url as string },
      ...(typeof s.geonames_id === 'number' ? { geonamesId: s.geonames_id } : {}),
    });
  });
  return { settlements, errors };
}

/** The settlement a name (a facility's "city", an OSM addr:city) means, by any of its names. */
export function findSettlement(
  settlements: Settlement[],
  name: string | null | undefined,
): Settlement | undefined {
  if (!name) return undefined;
  const n = normaliseName(name);
  return settlements.find((s) =>
    [s.name, s.nameKk, s.nameLatin, ...s.aliases].some((x) => x && normaliseName(x) === n),
  );
}

/**
 * Links each facility to its settlement: the one its "settlement" field names (an id), or else the one
 * whose name is its "city". An unknown id is an error; a city with no sourced settlement is not (the
 * facility is then listed without a marker, and the page says so).
 */
export function attachSettlements(
  facilities: Facility[],
  settlements: Settlement[],
  file = 'facilities/settlements.json',
): string[] {
  const errors: string[] = [];
  for (const f of facilities) {
    if (f.settlementId) {
      const s = settlements.find((x) => x.id === f.settlementId);
      if (!s)
        errors.push(
          `${f.file}, facility "${f.id}": "settlement" is "${f.settlementId}", which is not in ${file}: add the place there with its gazetteer source, or remove the field`,
        );
      else f.settlement = s;
    } else {
      const s = findSettlement(settlements, f.city);
      if (s) f.settlement = s;
    }
  }
  return errors;
}

/** Where the map draws a facility: exact when its own position has a source, else at its settlement. */
export function mapPlace(f: Pick<Facility, 'position' | 'settlement'>): MapPlace | undefined {
  if (f.position) return { position: f.position, approximate: false };
  if (f.settlement)
    return { position: f.settlement.position, approximate: true, settlement: f.settlement };
  return undefined;
}
