/**
 * npm run facilities:import -- <export.geojson|overpass.json> [--write] [--accept id,id] [--reject id,id] [--dir content/facilities]
 * Proposes exact positions from an OpenStreetMap export for our facilities (see content/facilities/README.md
 * for the Overpass query and the editor's steps). Without --write it only prints; with --write it writes the
 * high-confidence matches and those named with --accept, less those named with --reject, and nothing at all if the export or a match has a
 * problem. The logic is in src/lib/facilities/osmImport.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFacilityFiles, facilityErrorReport } from '../src/lib/facilities/schema.ts';
import { attachSettlements } from '../src/lib/facilities/settlements.ts';
import {
  acceptedMatches,
  applyMatches,
  formatReport,
  matchFacilities,
  parseOsmExport,
} from '../src/lib/facilities/osmImport.ts';
import { readFacilityFiles, readSettlements } from '../src/data/facilities.ts';
import { writeFileAtomic } from '../src/lib/site/files.ts';

export interface ImportRun {
  code: number;
  output: string;
}

export function runImport(
  argv: string[],
  defaultDir = resolve(fileURLToPath(new URL('../content/facilities', import.meta.url))),
): ImportRun {
  const out: string[] = [];
  const fail = (msg: string): ImportRun => ({
    code: 1,
    output: [...out, msg, 'Nothing was written.'].join('\n'),
  });
  const args = [...argv];
  const take = (flag: string) => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const dir = take('--dir') ?? defaultDir;
  const accept = (take('--accept') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const reject = (take('--reject') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const write = args.includes('--write');
  const exportFile = args.find((a) => !a.startsWith('--'));
  if (!exportFile)
    return fail(
      'Usage: npm run facilities:import -- <export.geojson|overpass.json> [--write] [--accept facility-id,…] [--reject facility-id,…]',
    );
  let text: string;
  try {
    text = readFileSync(exportFile, 'utf8');
  } catch (e) {
    return fail(`${exportFile}: cannot be read (${(e as Error).message}).`);
  }
  const parsed = parseOsmExport(exportFile, text);
  if (parsed.errors.length)
    return fail(
      `The export has ${parsed.errors.length} problem(s):\n- ${parsed.errors.join('\n- ')}`,
    );
  const files = readFacilityFiles(dir);
  const { facilities, errors } = checkFacilityFiles(files);
  const places = readSettlements(dir);
  errors.push(...places.errors, ...attachSettlements(facilities, places.settlements));
  if (errors.length) return fail(facilityErrorReport(errors));
  const report = matchFacilities(facilities, parsed.features, places.settlements);
  out.push(
    `Read ${parsed.features.length} health facilities from ${exportFile}.`,
    formatReport(report, parsed.ignored),
  );
  const { accepted, errors: acceptErrors } = acceptedMatches(report.matches, accept, reject);
  if (acceptErrors.length)
    return fail(`Cannot accept these matches:\n- ${acceptErrors.join('\n- ')}`);
  if (!write) {
    out.push(
      `Would write ${accepted.length} position(s): ${accepted.map((m) => m.facility.id).join(', ') || 'none'}. Check them on the map links above, then run again with --write (add --accept id,id for medium or low matches you checked, --reject id,id for wrong ones).`,
    );
    return { code: 0, output: out.join('\n') };
  }
  const changed = applyMatches(files, accepted);
  for (const [file, newText] of changed)
    writeFileAtomic(join(dir, file.replace(/^facilities\//, '')), newText);
  out.push(
    `Wrote ${accepted.length} position(s) to ${[...changed.keys()].join(', ') || 'no file'} with the OpenStreetMap (ODbL) attribution. Run npm run build to check them.`,
  );
  return { code: 0, output: out.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, output } = runImport(process.argv.slice(2));
  (code ? console.error : console.log)(output);
  process.exitCode = code;
}
