// Types for importing Leaflet's builds from dist/ (same API as the 'leaflet' package's types).
declare module 'leaflet/dist/leaflet.js' {
  import L from 'leaflet';
  export default L;
}
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
// Leaflet's ES module sources, imported one by one by src/client/leaflet.ts (typed there).
declare module 'leaflet/src/*';
