/**
 * The numbers shown at the top of every home page and on the help page. They work free of charge from
 * any phone in Kazakhstan. Each must also be in content/contacts/ with its source (a unit test checks):
 * egov.kz "Emergency number 112" (112, 102, 103) and the 111 contact centre (Turantimes, 16 Oct 2023).
 */
export const emergencyNumbers = [
  { number: '112', label: 'home.emergency.112' },
  { number: '102', label: 'home.emergency.102' },
  { number: '103', label: 'home.emergency.103' },
  { number: '111', label: 'home.emergency.111' },
] as const;

/**
 * The call bar under every page's header (src/components/CallBar.astro) shows 112 and, where a page has
 * one, its most relevant number. Each number here must be in content/contacts/ too (a unit test checks)
 * and have a short label `call.<number>` in src/i18n/. Chapters are named by their file name; a video
 * takes the number of the first chapter it belongs to; the map of clinics takes the ambulance.
 */
export const callBarNumbers = ['112', '102', '103', '111'] as const;
export type CallBarNumber = (typeof callBarNumbers)[number];

export const chapterCallNumber: Record<string, CallBarNumber> = {
  health: '103',
  police: '102',
  'lost-documents': '102',
  trafficking: '111',
  'women-and-children': '111',
  family: '111',
};

export const sectionCallNumber: Partial<Record<'map', CallBarNumber>> = { map: '103' };
