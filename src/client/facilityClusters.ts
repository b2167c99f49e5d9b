/**
 * Clustering for a crowded map, as its own page script (FacilityClustersScript.astro): put on the page
 * only when there are more markers than clusterThreshold, so a map of a dozen clinics never downloads
 * it. Supercluster (Mapbox, small, with KDBush) groups thousands of points for every zoom
 * level in one pass; facilityLeaflet.ts reads it from `window` at DOMContentLoaded, when both scripts
 * have run. It replaced leaflet.markercluster, which made a Leaflet marker for every facility and
 * clustered them zoom by zoom: far too slow for thousands on a phone-speed CPU.
 */
import Supercluster from 'supercluster';

(window as unknown as { FacilitySupercluster: typeof Supercluster }).FacilitySupercluster =
  Supercluster;
