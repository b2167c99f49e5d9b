// Leaflet's ES module sources carry no types: src/client/leaflet.ts imports them one by one and gives
// each function its type from @types/leaflet.
declare module 'leaflet/src/*';
