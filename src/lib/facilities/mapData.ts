/**
 * The map's JSON file (/<lang>/map/facilities.json, written when the map page lists districts), in its
 * own module: only the script that reads the file in the browser imports it, so the bundler keeps it
 * inside that script instead of splitting a chunk shared with the list script (one more request).
 */
import type { CompactFacility } from './list.ts';

/**
 * The JSON file's shape: one row per facility instead of one object, and district and type as numbers
 * into two short lists. For thousands of facilities that is markedly fewer bytes for a slow phone to
 * download, decode and parse before the first marker shows.
 */
export interface MapData {
  districts: string[];
  types: string[];
  /** [id, lat, lon, name, district index, type index, address, phones, settlement (approximate only)] */
  rows: (
    | [string, number, number, string, number, number, string | null, string[]]
    | [string, number, number, string, number, number, string | null, string[], string]
  )[];
}

export function encodeMapData(facilities: CompactFacility[]): MapData {
  const districts = [...new Set(facilities.map((f) => f.d))];
  const types = [...new Set(facilities.map((f) => f.t))];
  return {
    districts,
    types,
    // The settlement goes only on approximate rows: exact ones (most, in a big list) stay as short as before.
    rows: facilities.map((f) => {
      const row: MapData['rows'][number] = [
        f.id,
        f.lat,
        f.lon,
        f.n,
        districts.indexOf(f.d),
        types.indexOf(f.t),
        f.a,
        f.p,
      ];
      return f.s ? ([...row, f.s] as MapData['rows'][number]) : row;
    }),
  };
}

export function decodeMapData(data: MapData): CompactFacility[] {
  return data.rows.map(([id, lat, lon, n, d, t, a, p, s]) => ({
    id,
    lat,
    lon,
    n,
    d: data.districts[d],
    t: data.types[t],
    a,
    p,
    ...(s ? { s } : {}),
  }));
}
