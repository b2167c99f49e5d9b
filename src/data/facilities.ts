/**
 * Loads the health-care facility files from content/facilities/ and checks them. Used by the build
 * check (src/integrations/facilityChecks.ts), which stops the build on a problem, and by the map page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../config/site.ts';
import { checkFacilityFiles, facilityErrorReport, type Facility } from '../lib/facilityChecks.ts';

/** Reads every *.geojson in the folder, in name order (content/facilities/ by default). */
export function readFacilityFiles(dir = resolve(contentDir, 'facilities')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => ({ file: `facilities/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

let cache: Facility[] | undefined;

/** All facilities; throws the editors' report when any file has a problem. */
export function loadFacilities(dir?: string): Facility[] {
  if (cache && !dir) return cache;
  const { facilities, errors } = checkFacilityFiles(readFacilityFiles(dir));
  if (errors.length) throw new Error(facilityErrorReport(errors));
  if (!dir) cache = facilities;
  return facilities;
}
