import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  attachSettlements,
  checkSettlements,
  findSettlement,
  mapPlace,
} from '../../../src/lib/facilities/settlements.ts';
import { addressParts } from '../../../src/lib/facilities/address.ts';
import { distanceLabel } from '../../../src/lib/facilities/distance.ts';
import { loadFacilities } from '../../../src/data/facilities.ts';

const file = 'facilities/settlements.json';
const one = (over: Record<string, unknown>) =>
  JSON.stringify({
    settlements: [
      {
        id: 'zhemisti',
        name: 'Жемисти',
        name_latin: 'Zhemisti',
        lat: 41.5,
        lon: 69.2,
        source: { title: 'GeoNames 1', url: 'https://www.geonames.org/1' },
        ...over,
      },
    ],
  });

describe('the real settlement positions', () => {
  const { settlements, errors } = checkSettlements(
    file,
    readFileSync('content/facilities/settlements.json', 'utf8'),
  );
  it('all pass: each has a gazetteer source URL and lies in the region', () => {
    expect(errors).toEqual([]);
    expect(settlements.length).toBeGreaterThan(0);
    for (const s of settlements) {
      expect(s.source.url).toMatch(/^https:\/\/www\.geonames\.org\/\d+$/);
      expect(s.source.url.endsWith(`/${s.geonamesId}`)).toBe(true);
    }
  });
  it('every facility in a sourced town gets a place on the map, and the Sayram hospital is at Sayram, not Aksukent', () => {
    const facilities = loadFacilities('content/facilities');
    const placed = facilities.filter((f) => mapPlace(f));
    expect(placed.length).toBeGreaterThan(facilities.length / 2);
    expect(facilities.find((f) => f.id === 'shymkent-city-hospital-3-sairam')?.settlement?.id).toBe(
      'sayram',
    );
    // Aksukent (the Sairam district centre) has no sourced position: its hospital has no marker.
    expect(
      mapPlace(facilities.find((f) => f.id === 'sairam-district-central-hospital')!),
    ).toBeUndefined();
    for (const f of placed) expect(mapPlace(f)!.approximate).toBe(!f.position);
  });
});

describe('checking settlements', () => {
  it('refuses a settlement without a source URL', () => {
    const { errors, settlements } = checkSettlements(file, one({ source: { title: 'my guess' } }));
    expect(settlements).toEqual([]);
    expect(errors[0]).toMatch(/settlements\.json, settlement "zhemisti": "source" needs a "url"/);
  });
  it('refuses a position outside the region, and says when latitude and longitude are swapped', () => {
    expect(checkSettlements(file, one({ lat: 55.75, lon: 37.6 })).errors[0]).toMatch(
      /"lat\/lon" the point \(55\.75, 37\.6\) is outside/,
    );
    expect(checkSettlements(file, one({ lat: 69.2, lon: 41.5 })).errors[0]).toMatch(/swapped/);
  });
  it('checks that the GeoNames id matches the source URL', () => {
    expect(checkSettlements(file, one({ geonames_id: 2 })).errors[0]).toMatch(/"geonames_id"/);
    expect(checkSettlements(file, one({ geonames_id: 1 })).errors).toEqual([]);
  });
  it('says what is wrong with a file that is not JSON', () => {
    expect(checkSettlements(file, '{').errors[0]).toMatch(
      /^facilities\/settlements\.json: this is not valid JSON/,
    );
  });
  it('finds a settlement by its Russian, Kazakh or Latin name', () => {
    const { settlements } = checkSettlements(
      file,
      one({ name_kk: 'Жеміс', aliases: ['Джемисти'] }),
    );
    expect(findSettlement(settlements, 'жемисти')?.id).toBe('zhemisti');
    expect(findSettlement(settlements, 'Жеміс')?.id).toBe('zhemisti');
    expect(findSettlement(settlements, 'Zhemisti')?.id).toBe('zhemisti');
    expect(findSettlement(settlements, 'Джемисти')?.id).toBe('zhemisti');
    expect(findSettlement(settlements, 'Тын')).toBeUndefined();
  });
  it('reports a facility naming an unknown settlement id', () => {
    const { settlements } = checkSettlements(file, one({}));
    const f = {
      id: 'x',
      file: 'facilities/a.geojson',
      city: null,
      settlementId: 'tyn',
      position: null,
    } as unknown as Parameters<typeof attachSettlements>[0][number];
    expect(attachSettlements([f], settlements)[0]).toMatch(
      /facility "x": "settlement" is "tyn", which is not in/,
    );
  });
});

describe('distances and addresses', () => {
  it('rounds honestly: metres for a building, "about" whole kilometres for a settlement centre', () => {
    expect(distanceLabel(0.347, false)).toEqual({ value: 350, unit: 'm' });
    expect(distanceLabel(12.4, true)).toEqual({ value: 12, unit: 'km' });
    expect(distanceLabel(0.3, true)).toEqual({ value: 1, unit: 'km' });
    expect(distanceLabel(2.44, false)).toEqual({ value: 2.4, unit: 'km' });
  });
  it('splits the notes out of an address so they can be translated', () => {
    expect(addressParts('г. Сарыагаш (точный адрес не найден)')).toEqual({
      main: 'г. Сарыагаш',
      exactUnknown: true,
      notes: [],
    });
    expect(
      addressParts(
        'г. Шымкент (обслуживает мкр Кайтпас-1, Таскен, Нуртас; точный адрес не найден)',
      ),
    ).toEqual({
      main: 'г. Шымкент',
      exactUnknown: true,
      serves: 'мкр Кайтпас-1, Таскен, Нуртас',
      notes: [],
    });
    expect(addressParts('г. Шымкент, ул. Жандосова, 92')).toEqual({
      main: 'г. Шымкент, ул. Жандосова, 92',
      exactUnknown: false,
      notes: [],
    });
  });
});
