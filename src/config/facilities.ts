/**
 * The fixed vocabularies of the health-care map: facility types, districts, services and the region a
 * coordinate must fall in. The GeoJSON files use these ids; each id is shown to people through a UI
 * string (`map.type.<id>`, `map.district.<id>`, `map.service.<id>` in src/i18n/<lang>.json), so adding
 * one means one entry here and one string in each language file.
 */

/** Kinds of facility, in the order the type filter lists them. */
export const facilityTypes = [
  'polyclinic',
  'family-health-centre',
  'rural-outpatient-clinic',
  'feldsher-post',
  'hospital',
  'emergency-station',
  'maternity',
  'womens-clinic',
  'other',
] as const;
export type FacilityType = (typeof facilityTypes)[number];

/**
 * Where a facility is, at the level people know: Shymkent (a city with the status of a region) or a
 * district of Turkestan region. The list is grouped and filtered by these, in this order.
 */
export const facilityDistricts = [
  'shymkent',
  'saryagash',
  'sairam',
  'sauran',
  'ordabasy',
  'otyrar',
  'kazygurt',
  'tolebi',
  'turkestan',
] as const;
export type FacilityDistrict = (typeof facilityDistricts)[number];

/** Services a source names for a facility. Only what a source says; an empty list means "not known". */
export const facilityServices = [
  'ambulance',
  'trauma',
  'infectious-diseases',
  'day-hospital',
  'dentistry',
  'laboratory',
  'ultrasound',
  'ecg',
  'gynaecology',
  'physiotherapy',
  'free-medicines',
] as const;
export type FacilityService = (typeof facilityServices)[number];

/**
 * A box around Shymkent and Turkestan region. A coordinate outside it is a typing mistake (or latitude
 * and longitude swapped — the two ranges do not overlap, so a swap is always recognisable).
 */
export const facilityRegion = { minLat: 40.5, maxLat: 46.5, minLon: 65, maxLon: 71.5 } as const;

/**
 * Above this many markers the map loads Supercluster (one more script) and groups markers that
 * crowd; below it every marker is shown on its own and the extra script is not downloaded.
 */
export const clusterThreshold = 40;

/**
 * Up to this many facilities the map page carries every list entry (the main interface, complete
 * without JavaScript). Above it the page would weigh megabytes and take seconds on a cheap phone, so it
 * shows links to one page per district (each with that district's full entries), and the map reads its
 * markers from a compact JSON file of our own site.
 */
export const listOnMapPageMax = 300;

/** The facts on the "what care is free" box, each with the source it was taken from (research/health.md). */
export const careSources = [
  {
    title: 'Фонд социального медицинского страхования (msqory.kz): вопросы иностранцев',
    url: 'https://msqory.kz/en/naseleniyu/chastye-voprosy/inostrantsam/',
  },
  {
    title: 'Городская поликлиника №7 г. Шымкент: медицинская помощь иностранцам',
    url: 'https://7emhana.shymzdrav.kz/?p=1900',
  },
  {
    title: 'egov.kz: единый номер экстренных служб 112',
    url: 'http://egov.kz/cms/en/articles/emergency_situations/emergency_number_112?mobile=no',
  },
] as const;
