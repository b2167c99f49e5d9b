/**
 * Loads the health-care facility files from content/facilities/ and checks them, with the settlement
 * positions (settlements.json) that place a facility without its own position approximately. Used by
 * the build check (src/integrations/facilityChecks.ts), which stops the build on a problem, and by the
 * map page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../config/site.ts';
import {
  checkFacilityFiles,
  facilityErrorReport,
  type Facility,
} from '../lib/facilities/schema.ts';
import {
  attachSettlements,
  checkSettlements,
  type Settlement,
} from '../lib/facilities/settlements.ts';

const defaultDir = () => resolve(contentDir, 'facilities');

/** Reads every *.geojson in the folder, in name order (content/facilities/ by default). */
export function readFacilityFiles(dir = defaultDir()) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => ({ file: `facilities/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The settlement positions (settlements.json); none when the file is absent. */
export function readSettlements(dir = defaultDir()): {
  settlements: Settlement[];
  errors: string[];
} {
  const path = join(dir, 'settlements.json');
  if (!existsSync(path)) return { settlements: [], errors: [] };
  return checkSettlements('facilities/settlements.json', readFileSync(path, 'utf8'));
}

let cache: Facility[] | undefined;

/** All facilities, each with its settlement when one is sourced; throws the editors' report on a problem. */
export function loadFacilities(dir?: string): Facility[] {
  if (cache && !dir) return cache;
  const { facilities, errors } = checkFacilityFiles(readFacilityFiles(dir));
  const places = readSettlements(dir);
  errors.push(...places.errors, ...attachSettlements(facilities, places.settlements));
  if (errors.length) throw new Error(facilityErrorReport(errors));
  if (!dir) cache = facilities;
  return facilities;
}
