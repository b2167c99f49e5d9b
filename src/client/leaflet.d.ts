// Types for importing Leaflet's builds from dist/ (same API as the 'leaflet' package's types).
declare module 'leaflet/dist/leaflet.js' {
  import L from 'leaflet';
  export default L;
}
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
