/**
 * The health-care facility list of the built site, for the one-file guide (oneFileGuide.ts) and the
 * booklet (booklet.ts): both take it from the map page, as they take every other part from its page.
 */
import { findAll, findFirst, hasClass, removeAll, textOf, type El } from '../lib/site/html.ts';
import { paths } from '../lib/site/routes.ts';
import { mainOf } from '../lib/offline/oneFileGuide.ts';

/** What the map page says only about the map, which neither the file nor the booklet has. */
const aboutTheMap = (el: El) =>
  'data-map-state' in el.attrs || hasClass(el, 'map-unplaced') || hasClass(el, 'facility-position');

/**
 * The health-care facility list as the site shows it: the map page's `<main>` (title, what care is
 * free, every entry grouped by district, each naming its town or village) without what is about the
 * map itself. When the site has too many facilities for one page, the map page links to a page per
 * district; each district's entries are then taken from its page, under its name. Undefined when the
 * site lists no facilities. `readPage` reads a built page by its site path (oneFileGuide.ts).
 */
export function facilityList(
  out: string,
  lang: string,
  readPage: (out: string, sitePath: string, what: string) => string,
): { title: string; main: El } | undefined {
  const mapPath = paths.map(lang);
  const main = mainOf(readPage(out, mapPath, `Map page (${lang})`), `Map page (${lang})`);
  removeAll(main, aboutTheMap);
  const h1 = findFirst(main, (el) => el.name === 'h1');
  const title = h1 ? textOf(h1).trim() : '';
  const list = findFirst(main, (el) => el.attrs.id === 'facility-list');
  if (list)
    return findFirst(list, (el) => el.name === 'li' && hasClass(el, 'facility'))
      ? { title, main }
      : undefined;
  const districts = findFirst(main, (el) => el.attrs.id === 'facility-districts');
  if (!districts) return undefined;
  // Each district's page: h1 "<district> (n)", then its list, which takes the place of the link to it.
  const groups: El[] = findAll(
    districts,
    (el) => el.name === 'li' && Boolean(el.attrs['data-district']),
  ).map((li) => {
    const sitePath = paths.mapDistrict(lang, li.attrs['data-district']);
    const page = mainOf(
      readPage(out, sitePath, `District list ${sitePath}`),
      `District list ${sitePath}`,
    );
    const list = findFirst(page, (el) => el.attrs.id === 'facility-list');
    const heading = findFirst(page, (el) => el.name === 'h1');
    if (!list || !heading)
      throw new Error(
        `District list ${sitePath}: the built page has no title (h1) or no facility list (#facility-list).`,
      );
    return {
      type: 'el',
      name: 'section',
      attrs: { class: 'facility-group' },
      children: [
        { ...heading, name: 'h2' },
        { ...list, attrs: { class: 'facilities' } },
      ],
    };
  });
  main.children = main.children.map((c) =>
    c === districts
      ? { type: 'el', name: 'div', attrs: { id: 'facility-list' }, children: groups }
      : c,
  );
  return { title, main };
}
