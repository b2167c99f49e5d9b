// The OpenStreetMap import on small synthetic exports (made here, never in content/): matching, a
// rejected match, --write on a copy of the facility files, the "not in our files" report, and the
// problems that stop it writing anything.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../../scripts/facilities-import.ts';
import { nameScore, parseOsmExport } from '../../../src/lib/facilities/osmImport.ts';
import { checkFacilityFiles } from '../../../src/lib/facilities/schema.ts';
import { loadFacilities, readFacilityFiles } from '../../../src/data/facilities.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
/** A copy of the real facility files and a synthetic export beside it. */
function setup(exportData: unknown) {
  const root = mkdtempSync(join(tmpdir(), 'osm-import-'));
  dirs.push(root);
  cpSync('content/facilities', join(root, 'facilities'), { recursive: true });
  const file = join(root, 'export.json');
  writeFileSync(file, typeof exportData === 'string' ? exportData : JSON.stringify(exportData));
  return { dir: join(root, 'facilities'), file };
}
const node = (id: number, lat: number, lon: number, tags: Record<string, string>) => ({
  type: 'node',
  id,
  lat,
  lon,
  tags,
});

const overpass = {
  elements: [
    node(1, 42.3152, 69.5881, {
      amenity: 'clinic',
      name: 'Городская поликлиника №7',
      'addr:city': 'Шымкент',
    }),
    {
      type: 'way',
      id: 2,
      center: { lat: 42.3301, lon: 69.6102 },
      tags: {
        healthcare: 'clinic',
        name: 'Городская поликлиника № 4',
        'name:kk': '№4 қалалық емхана',
      },
    },
    node(3, 41.52, 69.3, {
      amenity: 'clinic',
      name: 'Врачебная амбулатория Жемисти',
      'addr:city': 'Жемисти',
    }),
    node(4, 42.32, 69.6, { amenity: 'pharmacy', name: 'Аптека' }),
    node(5, 42.29, 69.63, {
      amenity: 'clinic',
      name: 'Частная клиника «Здоровье»',
      'addr:street': 'улица Байтурсынова',
      'addr:housenumber': '10',
    }),
    // Polyclinic No. 3 of Turkestan, 140 km from Shymkent: not our Shymkent polyclinic No. 3.
    node(6, 43.3, 68.25, { amenity: 'clinic', name: 'Городская поликлиника №3' }),
  ],
};

describe('matching an export to our facilities', () => {
  it('proposes matches with distance and confidence, rejects a namesake in another town, and lists what we lack', () => {
    const { dir, file } = setup(overpass);
    const run = runImport([file], dir);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(
      /\[high\] shymkent-city-polyclinic-7 ← https:\/\/www\.openstreetmap\.org\/node\/1 «Городская поликлиника №7» \(42\.3152, 69\.5881; \d+(\.\d)? km from the centre of Шымкент; agrees on: name, town\)/,
    );
    expect(run.output).toMatch(
      /\[high\] shymkent-city-polyclinic-4 ← https:\/\/www\.openstreetmap\.org\/way\/2/,
    );
    expect(run.output).toMatch(
      /\[high\] saryagash-zhemisti-ambulatory ← https:\/\/www\.openstreetmap\.org\/node\/3 .*no settlement position to compare; agrees on: name, town/,
    );
    expect(run.output).not.toMatch(/shymkent-city-polyclinic-3 ←/);
    const missing = run.output.slice(run.output.indexOf('not in our files'));
    expect(missing).toContain(
      'https://www.openstreetmap.org/node/5 «Частная клиника «Здоровье»» clinic, улица Байтурсынова 10',
    );
    expect(missing).toContain('https://www.openstreetmap.org/node/6');
    expect(missing).not.toContain('node/4');
    expect(run.output).toContain('1 object(s) in the export are not health facilities');
    // Without --write nothing changes.
    expect(readFileSync(join(dir, 'shymkent.geojson'), 'utf8')).toBe(
      readFileSync('content/facilities/shymkent.geojson', 'utf8'),
    );
  });

  it('--write sets location and location_source with the ODbL note, for accepted matches only; the files still pass the checks', () => {
    const { dir, file } = setup(overpass);
    const run = runImport([file, '--write', '--reject', 'shymkent-city-polyclinic-4'], dir);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/Wrote 2 position\(s\)/);
    const shymkent = JSON.parse(readFileSync(join(dir, 'shymkent.geojson'), 'utf8'));
    const p7 = shymkent.features.find(
      (f: { properties: { id: string } }) => f.properties.id === 'shymkent-city-polyclinic-7',
    ).properties;
    expect(p7.location).toBe('42.3152, 69.5881');
    expect(p7.location_source).toEqual({
      title: 'OpenStreetMap: Городская поликлиника №7 (node/1)',
      url: 'https://www.openstreetmap.org/node/1',
    });
    expect(
      shymkent.features.find(
        (f: { properties: { id: string } }) => f.properties.id === 'shymkent-city-polyclinic-4',
      ).properties.location,
    ).toBeNull();
    expect(shymkent.osm_attribution).toMatch(/© OpenStreetMap contributors.*ODbL/);
    const facilities = loadFacilities(dir);
    expect(facilities.find((f) => f.id === 'shymkent-city-polyclinic-7')?.position).toEqual([
      42.3152, 69.5881,
    ]);
    expect(
      facilities.find((f) => f.id === 'saryagash-zhemisti-ambulatory')?.positionSource?.url,
    ).toBe('https://www.openstreetmap.org/node/3');
    expect(checkFacilityFiles(readFacilityFiles(dir)).errors).toEqual([]);
  });
});

describe('problems stop the import before it writes anything', () => {
  const unchanged = (dir: string) => {
    for (const f of ['shymkent.geojson', 'saryagash.geojson'])
      expect(readFileSync(join(dir, f), 'utf8')).toBe(
        readFileSync(`content/facilities/${f}`, 'utf8'),
      );
  };
  it('a malformed export', () => {
    const { dir, file } = setup('{"elements": [');
    const run = runImport([file, '--write'], dir);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/export\.json: is not JSON/);
    expect(run.output).toMatch(/Nothing was written\.$/);
    unchanged(dir);
    expect(parseOsmExport('x.json', '{"type": "Topology"}').errors[0]).toMatch(
      /x\.json: is not an OpenStreetMap export/,
    );
  });
  it('a feature outside the region', () => {
    const { dir, file } = setup({
      elements: [
        ...overpass.elements,
        node(9, 55.75, 37.62, { amenity: 'hospital', name: 'Moscow hospital' }),
      ],
    });
    const run = runImport([file, '--write'], dir);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/node\/9 «Moscow hospital» is outside the map's region/);
    unchanged(dir);
  });
  it('two of our facilities matched to one OpenStreetMap object', () => {
    const { dir, file } = setup({
      elements: [
        node(1, 42.31, 69.59, {
          amenity: 'clinic',
          name: 'Городская поликлиника №1',
          'addr:city': 'Шымкент',
        }),
      ],
    });
    const run = runImport(
      [file, '--write', '--accept', 'shymkent-city-polyclinic-1-branch-zhandosov'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /https:\/\/www\.openstreetmap\.org\/node\/1 \(«Городская поликлиника №1»\) is matched to 2 of our facilities \(shymkent-city-polyclinic-1, shymkent-city-polyclinic-1-branch-zhandosov\)/,
    );
    unchanged(dir);
  });
  it('a GeoJSON export (overpass turbo) reads the same, areas by their centre', () => {
    const geo = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'way/7',
          properties: { '@id': 'way/7', amenity: 'hospital', name: 'Областная больница' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [69.6, 42.3],
                [69.602, 42.3],
                [69.602, 42.302],
                [69.6, 42.302],
                [69.6, 42.3],
              ],
            ],
          },
        },
      ],
    };
    const { features, errors } = parseOsmExport('e.geojson', JSON.stringify(geo));
    expect(errors).toEqual([]);
    expect(features[0]).toMatchObject({
      ref: 'way/7',
      url: 'https://www.openstreetmap.org/way/7',
      kind: 'hospital',
    });
    expect(features[0].position[0]).toBeCloseTo(42.3008, 3);
  });
  it('names with different numbers never match; Kazakh and Russian kind words are one', () => {
    expect(nameScore('Городская поликлиника №3', 'Городская поликлиника №13')).toBe(0);
    expect(nameScore('Городская поликлиника №4', '№4 қалалық емхана')).toBe(1);
  });
});
