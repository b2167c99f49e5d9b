/**
 * Made-up facilities for browser tests and the benchmark only (never for content/): a FeatureCollection
 * of `count` facilities with positions inside the map's region, the same every run (seeded). Names say
 * "synthetic" so a stray copy could never pass for a real clinic.
 */
import { facilityTypes, type FacilityDistrict } from '../../src/config/facilities.ts';

/** Rough boxes per district, only so that test points fall apart into groups; not real boundaries. */
const boxes: { district: FacilityDistrict; lat: [number, number]; lon: [number, number] }[] = [
  { district: 'shymkent', lat: [42.25, 42.4], lon: [69.5, 69.75] },
  { district: 'saryagash', lat: [41.35, 41.55], lon: [68.95, 69.3] },
  { district: 'sairam', lat: [42.25, 42.45], lon: [69.75, 69.95] },
  { district: 'otyrar', lat: [42.75, 42.95], lon: [68.2, 68.5] },
];

/** A small deterministic random generator (mulberry32), so every run makes the same points. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFacilities(count: number, seed = 4) {
  const rnd = random(seed);
  const types = facilityTypes.filter((t) => t !== 'other');
  const features = Array.from({ length: count }, (_, i) => {
    const box = boxes[i % boxes.length];
    const lat = box.lat[0] + rnd() * (box.lat[1] - box.lat[0]);
    const lon = box.lon[0] + rnd() * (box.lon[1] - box.lon[0]);
    const n = i + 1;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(lon.toFixed(5)), Number(lat.toFixed(5))] },
      properties: {
        id: `synthetic-${n}`,
        name: `Синтетическое учреждение ${n}`,
        name_latin: `Synthetic facility ${n}`,
        type: types[i % types.length],
        district: box.district,
        city: null,
        address: `Тестовый адрес ${n}`,
        phones: [],
        hours: null,
        services: [],
        source: {
          title: 'Synthetic test data (not a real facility)',
          url: 'https://migrant-guide.test/synthetic',
        },
        checked: '2026-01-01',
        confidence: 'medium',
        location_source: {
          title: 'Synthetic test data',
          url: 'https://migrant-guide.test/synthetic',
        },
      },
    };
  });
  return { type: 'FeatureCollection', name: `synthetic-${count}`, features };
}
