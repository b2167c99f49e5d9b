// Types for importing Leaflet's pre-minified UMD build (same API as the 'leaflet' package's types).
declare module 'leaflet/dist/leaflet.js' {
  import L from 'leaflet';
  export default L;
}
