/**
 * Links that give directions to a facility: the phone's own map app and OpenStreetMap. Used by the list
 * entries (FacilityEntry.astro) and by the map's popups built in the browser (facilityCompactEntry.ts).
 */

/**
 * Encodes only what would break a URL query (spaces, &, #, %, +, quotes, brackets); letters of any
 * script stay as they are, which browsers accept and which keeps a page of Cyrillic addresses small.
 */
export function encodeQuery(text: string): string {
  return text.replace(/[\s&#%+"'<>?=()\\^`{|}]/g, (c) =>
    c === ' '
      ? '+'
      : encodeURIComponent(c).replace(
          /[()']/g,
          (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`,
        ),
  );
}

/**
 * Two ways to get directions. `geo:` opens the phone's map app (Android resolves `geo:0,0?q=`); the
 * OpenStreetMap link works on any device. With a sourced position both point at it exactly.
 */
export function directionsLinks(
  query: string,
  position: [number, number] | null,
  name: string,
): { geo: string; osm: string } {
  if (position) {
    const [lat, lon] = position;
    return {
      geo: `geo:${lat},${lon}?q=${lat},${lon}(${encodeQuery(name)})`,
      osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
    };
  }
  return {
    geo: `geo:0,0?q=${encodeQuery(query)}`,
    osm: `https://www.openstreetmap.org/search?query=${encodeQuery(query)}`,
  };
}
