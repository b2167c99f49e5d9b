import { describe, expect, it } from 'vitest';
import { decodeMapData, encodeMapData } from '../../../src/lib/facilities/mapData.ts';
import {
  byDistance,
  compactFacilities,
  directionsLinks,
  filteredCount,
  typeCounts,
  distanceKm,
  encodeQuery,
  groupByDistrict,
  mapQuery,
  matchesFilter,
  roundedDistance,
  searchableAddress,
} from '../../../src/lib/facilities/list.ts';
import { checkFacilityFiles } from '../../../src/lib/facilities/schema.ts';
import { readFacilityFiles } from '../../../src/data/facilities.ts';

const real = checkFacilityFiles(readFacilityFiles('content/facilities')).facilities;

describe('grouping', () => {
  it('groups by district in the configured order, Shymkent first, losing nobody', () => {
    const groups = groupByDistrict(real);
    expect(groups[0].district).toBe('shymkent');
    expect(groups.flatMap((g) => g.facilities).length).toBe(real.length);
  });
});

describe('directions', () => {
  it('drops notes in brackets from the address searched for', () => {
    expect(searchableAddress('г. Шымкент, мкр «Сайрам» (точный адрес не найден)')).toBe(
      'г. Шымкент, мкр «Сайрам»',
    );
  });
  it('searches the name with the address, or with the town or district when the address is unknown', () => {
    expect(
      mapQuery(
        { name: 'X', address: 'г. Шымкент, пр. Тауке хана, 35', city: 'Шымкент' },
        'Город Шымкент',
      ),
    ).toBe('X, г. Шымкент, пр. Тауке хана, 35');
    // Never the town alone: an address that is only the town comes with the facility's name.
    expect(
      mapQuery(
        {
          name: 'Сарыагашская районная поликлиника',
          address: 'г. Сарыагаш (точный адрес не найден)',
          city: 'Сарыагаш',
        },
        'Сарыагашский район',
      ),
    ).toBe('Сарыагашская районная поликлиника, г. Сарыагаш');
    expect(
      mapQuery(
        { name: 'Городская поликлиника №4', address: null, city: 'Шымкент' },
        'Город Шымкент',
      ),
    ).toBe('Городская поликлиника №4, Шымкент');
    expect(
      mapQuery({ name: 'ЦПМСП Дербисек', address: null, city: null }, 'Сарыагашский район'),
    ).toBe('ЦПМСП Дербисек, Сарыагашский район');
  });
  it('makes a geo: URI for Android map apps and an OpenStreetMap search link', () => {
    const l = directionsLinks('г. Шымкент, ул. Жандосова, 92', null, 'X');
    expect(l.geo).toBe('geo:0,0?q=г.+Шымкент,+ул.+Жандосова,+92');
    expect(l.osm).toBe('https://www.openstreetmap.org/search?query=г.+Шымкент,+ул.+Жандосова,+92');
    expect(new URL(l.osm).searchParams.get('query')).toBe('г. Шымкент, ул. Жандосова, 92');
  });
  it('points at the exact place when the position is known', () => {
    const l = directionsLinks('x', [42.3167, 69.5958], 'Поликлиника №7');
    expect(l.geo).toBe('geo:42.3167,69.5958?q=42.3167,69.5958(Поликлиника+№7)');
    expect(l.osm).toContain('mlat=42.3167&mlon=69.5958');
  });
  it('encodes what would break a query', () => {
    expect(new URLSearchParams(`q=${encodeQuery('A&B #1 50% +x "y"')}`).get('q')).toBe(
      'A&B #1 50% +x "y"',
    );
  });
});

describe('distance', () => {
  it('Shymkent to Saryagash is about 100 km', () => {
    expect(distanceKm([42.3167, 69.5958], [41.4631, 69.1651])).toBeGreaterThan(95);
    expect(distanceKm([42.3167, 69.5958], [41.4631, 69.1651])).toBeLessThan(110);
  });
  it('sorts nearest first and leaves out facilities without a position', () => {
    const items = [
      { id: 'far', position: [41.46, 69.17] as [number, number] },
      { id: 'none', position: null },
      { id: 'near', position: [42.32, 69.6] as [number, number] },
    ];
    expect(byDistance(items, [42.3, 69.6]).map((i) => i.id)).toEqual(['near', 'far']);
  });
  it('rounds as people say distances', () => {
    expect(roundedDistance(0.347)).toEqual({ value: 350, unit: 'm' });
    expect(roundedDistance(2.44)).toEqual({ value: 2.4, unit: 'km' });
    expect(roundedDistance(12.6)).toEqual({ value: 13, unit: 'km' });
  });
});

describe('filter', () => {
  it('empty means all', () => {
    expect(
      matchesFilter({ district: 'sairam', type: 'hospital' }, { district: '', type: '' }),
    ).toBe(true);
    expect(
      matchesFilter(
        { district: 'sairam', type: 'hospital' },
        { district: 'sairam', type: 'polyclinic' },
      ),
    ).toBe(false);
  });
});

describe('the map page above the size threshold', () => {
  it('the compact marker data keeps only located facilities, with what a popup shows', () => {
    const located = { ...real[0], id: 'x-1', position: [42.3, 69.6] as [number, number] };
    const data = compactFacilities(
      [real[1], located].map((f, i) => (i === 0 ? { ...f, position: null } : f)),
    );
    expect(data).toEqual([
      {
        id: 'x-1',
        lat: 42.3,
        lon: 69.6,
        n: located.name,
        d: located.district,
        t: located.type,
        a: located.address,
        p: located.phones,
      },
    ]);
  });

  it('the JSON file carries the same data in rows, and reads back unchanged', () => {
    // The real list, each given a position for the test only (real positions are not sourced yet).
    const facilities = compactFacilities(
      real.map((f, i) => ({ ...f, position: [41 + i / 100, 69] as [number, number] })),
    );
    const data = encodeMapData(facilities);
    expect(new Set(data.districts).size).toBe(data.districts.length);
    const [id, lat, lon, name, d, t] = data.rows[2];
    expect([id, lat, lon, name, data.districts[d], data.types[t]]).toEqual([
      real[2].id,
      41.02,
      69,
      real[2].name,
      real[2].district,
      real[2].type,
    ]);
    expect(decodeMapData(JSON.parse(JSON.stringify(data)))).toEqual(facilities);
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(facilities).length);
  });

  it('district counts follow the filters', () => {
    const counts = typeCounts([{ type: 'hospital' }, { type: 'hospital' }, { type: 'polyclinic' }]);
    expect(counts).toEqual({ hospital: 2, polyclinic: 1 });
    expect(filteredCount('sairam', counts, { district: '', type: '' })).toBe(3);
    expect(filteredCount('sairam', counts, { district: '', type: 'hospital' })).toBe(2);
    expect(filteredCount('sairam', counts, { district: 'sairam', type: 'maternity' })).toBe(0);
    expect(filteredCount('sairam', counts, { district: 'shymkent', type: '' })).toBe(0);
  });
});
