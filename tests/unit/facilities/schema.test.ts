import { describe, expect, it } from 'vitest';
import {
  checkFacilityFiles,
  checkLatLon,
  parseLocation,
} from '../../../src/lib/facilities/schema.ts';
import { syntheticFacilities } from '../../support/syntheticFacilities.ts';
import { readFacilityFiles } from '../../../src/data/facilities.ts';

/** A valid facility; each test breaks one thing. */
function feature(props: Record<string, unknown> = {}, geometry: unknown = null) {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: 'shymkent-city-polyclinic-7',
      name: 'Городская поликлиника №7',
      name_latin: 'Gorodskaya poliklinika No.7',
      type: 'polyclinic',
      district: 'shymkent',
      city: 'Шымкент',
      address: null,
      phones: [],
      hours: null,
      services: [],
      source: { title: 'Городская поликлиника №7', url: 'https://7emhana.shymzdrav.kz/?p=1900' },
      checked: '2026-11-23',
      ...props,
    },
  };
}
const file = (features: unknown[], name = 'facilities/shymkent.geojson') => ({
  file: name,
  text: JSON.stringify({ type: 'FeatureCollection', features }),
});
const errorsOf = (...files: { file: string; text: string }[]) => checkFacilityFiles(files).errors;

describe('facility files: what passes', () => {
  it('accepts a facility without a position (listed, no marker)', () => {
    const { facilities, errors } = checkFacilityFiles([file([feature()])]);
    expect(errors).toEqual([]);
    expect(facilities[0].position).toBeNull();
  });
  it('accepts a GeoJSON Point with its source and turns it into [lat, lon]', () => {
    const { facilities, errors } = checkFacilityFiles([
      file([
        feature(
          { location_source: 'https://www.openstreetmap.org/node/1' },
          { type: 'Point', coordinates: [69.5958, 42.3167] },
        ),
      ]),
    ]);
    expect(errors).toEqual([]);
    expect(facilities[0].position).toEqual([42.3167, 69.5958]);
    expect(facilities[0].positionSource).toEqual({
      title: 'www.openstreetmap.org',
      url: 'https://www.openstreetmap.org/node/1',
    });
  });
  it('accepts "lat, lon" text and pasted map links in "location"', () => {
    const { facilities, errors } = checkFacilityFiles([
      file([
        feature({
          location: '42.3167, 69.5958',
          location_source: { title: 'Сайт поликлиники', url: 'https://7emhana.shymzdrav.kz/' },
        }),
      ]),
    ]);
    expect(errors).toEqual([]);
    expect(facilities[0].position).toEqual([42.3167, 69.5958]);
  });
  it('accepts the real content files', () => {
    expect(checkFacilityFiles(readFacilityFiles('content/facilities')).errors).toEqual([]);
  });
  it('accepts synthetic test data (which never goes into content/)', () => {
    const { facilities, errors } = checkFacilityFiles([
      file(syntheticFacilities(50).features, 'synthetic.geojson'),
    ]);
    expect(errors).toEqual([]);
    expect(facilities.every((f) => f.position)).toBe(true);
  });
});

describe('parseLocation reads what editors paste', () => {
  it.each([
    ['42.3167, 69.5958', [42.3167, 69.5958]],
    ['42.3167 69.5958', [42.3167, 69.5958]],
    ['geo:42.3167,69.5958?z=17', [42.3167, 69.5958]],
    ['https://www.openstreetmap.org/#map=17/42.31670/69.59580', [42.3167, 69.5958]],
    [
      'https://www.openstreetmap.org/?mlat=42.3167&mlon=69.5958#map=15/42.30/69.50',
      [42.3167, 69.5958],
    ],
    [
      'https://www.google.com/maps/place/X/@42.3,69.5,17z/data=!3m1!4b1!4m6!3m5!1s0x0:0x0!8m2!3d42.3167!4d69.5958',
      [42.3167, 69.5958],
    ],
    ['https://www.google.com/maps/@42.3167,69.5958,15z', [42.3167, 69.5958]],
    ['https://maps.google.com/?q=42.3167,69.5958', [42.3167, 69.5958]],
  ])('%s', (input, expected) => {
    expect(parseLocation(input)).toEqual(expected);
  });
  it('returns undefined for a street name', () => {
    expect(parseLocation('пр. Тауке хана, 35')).toBeUndefined();
  });
});

describe('facility files: each mistake is reported with file, facility and field', () => {
  it('bad JSON', () => {
    const errors = errorsOf({
      file: 'facilities/shymkent.geojson',
      text: '{ "type": "FeatureCollection", "features": [ }',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^facilities\/shymkent\.geojson: this is not valid JSON/);
  });
  it('not a FeatureCollection', () => {
    expect(
      errorsOf({ file: 'facilities/x.geojson', text: JSON.stringify({ type: 'Feature' }) })[0],
    ).toMatch(/facilities\/x\.geojson: must be a GeoJSON FeatureCollection/);
  });
  it('a geometry that is not a Point', () => {
    const errors = errorsOf(
      file([
        feature(
          { location_source: 'https://www.openstreetmap.org/way/1' },
          { type: 'Polygon', coordinates: [] },
        ),
      ]),
    );
    expect(errors).toEqual([
      'facilities/shymkent.geojson, facility "shymkent-city-polyclinic-7": "geometry" must be a Point (one position per facility) or null, not a Polygon.',
    ]);
  });
  it('latitude and longitude swapped in a Point', () => {
    const [e] = errorsOf(
      file([
        feature(
          { location_source: 'https://www.openstreetmap.org/node/1' },
          { type: 'Point', coordinates: [42.3167, 69.5958] },
        ),
      ]),
    );
    expect(e).toMatch(
      /facility "shymkent-city-polyclinic-7": "geometry" latitude and longitude look swapped/,
    );
  });
  it('latitude and longitude swapped in a location text', () => {
    const [e] = errorsOf(
      file([
        feature({
          location: '69.5958, 42.3167',
          location_source: 'https://www.openstreetmap.org/node/1',
        }),
      ]),
    );
    expect(e).toMatch(/"location" latitude and longitude look swapped/);
  });
  it('a point outside the region', () => {
    const [e] = errorsOf(
      file([
        feature({
          location: '51.1282, 71.4304',
          location_source: 'https://www.openstreetmap.org/node/1',
        }),
      ]),
    );
    expect(e).toMatch(
      /"location" the point \(51\.1282, 71\.4304\) is outside the region of the map/,
    );
  });
  it('a location that cannot be read', () => {
    expect(
      errorsOf(
        file([
          feature({ location: 'у рынка', location_source: 'https://www.openstreetmap.org/node/1' }),
        ]),
      )[0],
    ).toMatch(/"location" could not be read/);
  });
  it('a position without a source', () => {
    expect(errorsOf(file([feature({ location: '42.3167, 69.5958' })]))[0]).toMatch(
      /"location_source" is missing: a position needs a source/,
    );
  });
  it('both geometry and location', () => {
    expect(
      errorsOf(
        file([
          feature(
            { location: '42.3, 69.5', location_source: 'https://www.openstreetmap.org/node/1' },
            { type: 'Point', coordinates: [69.5, 42.3] },
          ),
        ]),
      )[0],
    ).toMatch(/"location" is given as well as "geometry"/);
  });
  it('a duplicate id across files', () => {
    const errors = errorsOf(
      file([feature()], 'facilities/shymkent.geojson'),
      file([feature()], 'facilities/sairam.geojson'),
    );
    expect(errors).toEqual([
      'facilities/sairam.geojson, facility "shymkent-city-polyclinic-7": "id" is already used in facilities/shymkent.geojson: every facility needs its own id.',
    ]);
  });
  it('a phone that is not a phone', () => {
    expect(errorsOf(file([feature({ phones: ['8 (7252) 53-12-34'] })]))[0]).toMatch(
      /"phones" contains "8 \(7252\) 53-12-34", which is not a phone number/,
    );
  });
  it('a missing source', () => {
    expect(errorsOf(file([feature({ source: undefined })]))[0]).toMatch(
      /"source" is missing: every facility needs the source/,
    );
  });
  it('a source without a web address', () => {
    expect(
      errorsOf(file([feature({ source: { title: 'Газета', url: 'yujanka.kz' } })]))[0],
    ).toMatch(/"source" needs a "url"/);
  });
  it('a bad date', () => {
    expect(errorsOf(file([feature({ checked: '2026-02-30' })]))[0]).toMatch(
      /"checked" must be the date .* YYYY-MM-DD/,
    );
    expect(errorsOf(file([feature({ checked: '23.11.2026' })]))[0]).toMatch(/"checked"/);
  });
  it('an unknown type, district or service', () => {
    expect(errorsOf(file([feature({ type: 'clinic' })]))[0]).toMatch(
      /"type" must be one of: polyclinic/,
    );
    expect(errorsOf(file([feature({ district: 'almaty' })]))[0]).toMatch(
      /"district" must be one of: shymkent/,
    );
    expect(errorsOf(file([feature({ services: ['x-ray'] })]))[0]).toMatch(
      /"services" contains "x-ray"/,
    );
  });
  it('a bad id and a missing name are reported for the same facility', () => {
    const errors = errorsOf(file([feature({ id: 'Polyclinic 7', name: '' })]));
    expect(errors[0]).toMatch(/facility "Polyclinic 7": "id" must be a short name/);
    expect(errors[1]).toMatch(/"name" is missing/);
  });
  it('an entry that is not a Feature, or has no properties, gets one sentence', () => {
    expect(errorsOf(file([{ type: 'Point' }]))).toEqual([
      'facilities/shymkent.geojson, facility number 1: each entry of "features" must be { "type": "Feature", "geometry": …, "properties": { … } }.',
    ]);
    expect(errorsOf(file([{ type: 'Feature', geometry: null }]))).toEqual([
      'facilities/shymkent.geojson, facility number 1: the feature has no "properties" (id, name, type, address, source …).',
    ]);
  });
  it('more sources, confidence, the address year and the settlement id, word for word', () => {
    const e = (props: Record<string, unknown>) => errorsOf(file([feature(props)]))[0];
    const at = 'facilities/shymkent.geojson, facility "shymkent-city-polyclinic-7": ';
    expect(e({ more_sources: ['yujanka.kz'] })).toBe(
      `${at}"more_sources" must be a list of web addresses starting with https://.`,
    );
    expect(e({ confidence: 'sure' })).toBe(`${at}"confidence" must be "high", "medium" or "low".`);
    expect(e({ address_year: 1980 })).toBe(
      `${at}"address_year" must be the year of the source the address comes from, e.g. 2020 (1990–${new Date().getUTCFullYear()}).`,
    );
    expect(e({ settlement: 'Sayram' })).toBe(
      `${at}"settlement" must be the id of a place in facilities/settlements.json, e.g. "sayram", or be left out (then "city" is used).`,
    );
    expect(e({ city: '  ' })).toBe(
      `${at}"city" must be the town or village name as text, or null when not known.`,
    );
  });
  it('a wrong field does not stop the position from being checked', () => {
    const errors = errorsOf(
      file([feature({ address_year: 2020.5, location: '42.3167, 69.5958' })]),
    );
    expect(errors).toHaveLength(2);
    expect(errors[1]).toMatch(/"location_source" is missing/);
  });
  it('each wrong phone number is its own problem; a wrong title is said once', () => {
    expect(errorsOf(file([feature({ phones: ['1', '+77252000000', '2'] })]))).toHaveLength(2);
    expect(errorsOf(file([feature({ source: { title: 'x', url: 'y' } })]))).toEqual([
      'facilities/shymkent.geojson, facility "shymkent-city-polyclinic-7": "source" needs a "title" (the page, newspaper or organisation the facts come from).',
    ]);
  });
  it('a facility with a problem is left out, the others are kept', () => {
    const { facilities, errors } = checkFacilityFiles([
      file([feature({ id: 'a-1', phones: ['x'] }), feature({ id: 'a-2' })]),
    ]);
    expect(errors).toHaveLength(1);
    expect(facilities.map((f) => f.id)).toEqual(['a-2']);
  });
});

describe('checkLatLon', () => {
  it('accepts Shymkent and Saryagash, rejects Almaty', () => {
    expect(checkLatLon(42.3167, 69.5958)).toBeUndefined();
    expect(checkLatLon(41.46, 69.17)).toBeUndefined();
    expect(checkLatLon(43.24, 76.89)).toMatch(/outside/);
  });
});
