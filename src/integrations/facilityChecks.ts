/**
 * Stops the build before any page is rendered when a health-care facility file is wrong (bad JSON, a
 * position outside the region or swapped, a duplicate id, a phone that is not a phone, no source…),
 * with one sentence per problem naming the file and the facility.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { loadFacilities } from '../data/facilities.ts';

export function facilityChecks(contentRoot: string): AstroIntegration {
  return {
    name: 'migrant-guide:facility-checks',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const facilities = loadFacilities(join(contentRoot, 'facilities'));
        const located = facilities.filter((f) => f.position).length;
        logger.info(
          `${facilities.length} health-care facilities checked, ${located} with a sourced position.`,
        );
      },
    },
  };
}
