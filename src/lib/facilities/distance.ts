/**
 * Distances as the "nearest to me" list says them, honest about what the position is: a building's own
 * position gives "350 m" or "2.4 km"; a settlement centre (the clinic may be a kilometre or two from it)
 * gives whole kilometres, "about 12 km", never metres.
 */
import { roundedDistance } from '../facilityList.ts';

export interface DistanceLabel { value: number; unit: 'm' | 'km'; about: boolean }

export function distanceLabel(km: number, approximate: boolean): DistanceLabel {
  if (!approximate) return { ...roundedDistance(km), about: false };
  // A village centre is not the door: below 2 km the honest answer is "about 1 km" or "about 2 km".
  return { value: Math.max(1, Math.round(km)), unit: 'km', about: true };
}
