// The map's marker data when the map page lists districts instead of every entry (more than
// listOnMapPageMax facilities): a compact JSON file on our own host, read by src/client/facilityLeaflet.ts.
// Below the threshold no file is written; the markers come from the list entries on the page.
import type { APIRoute } from 'astro';
import { langPaths } from '../../../lib/site/staticPaths.ts';
import { loadFacilities } from '../../../data/facilities.ts';
import { compactFacilities } from '../../../lib/facilities/list.ts';
import { encodeMapData } from '../../../lib/facilities/mapData.ts';
import { listOnMapPageMax } from '../../../config/facilities.ts';
import { getLocale } from '../../../lib/site/i18n.ts';

export function getStaticPaths() {
  return loadFacilities().length > listOnMapPageMax ? langPaths() : [];
}

// Settlements are named as the list entries name them: in Latin letters for Uzbek and English readers.
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as string;
  const latin = lang === 'en' || getLocale(lang).htmlLang.includes('Latn');
  return new Response(JSON.stringify(encodeMapData(compactFacilities(loadFacilities(), latin))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
