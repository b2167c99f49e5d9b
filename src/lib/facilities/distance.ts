/**
 * Distances as the "nearest to me" list says them, honest about what the position is: a building's own
 * position gives "350 m" or "2.4 km"; a settlement centre (the clinic may be a kilometre or two from it)
 * gives whole kilometres, "about 12 km", never metres.
 */
import { roundedDistance } from './list.ts';

/** The rounded distance; for an approximate position the page says it with "about" (map.nearest.aboutKm). */
export function distanceLabel(
  km: number,
  approximate: boolean,
): { value: number; unit: 'm' | 'km' } {
  // A village centre is not the door: below 2 km the honest answer is "about 1 km" or "about 2 km".
  return approximate ? { value: Math.max(1, Math.round(km)), unit: 'km' } : roundedDistance(km);
}
