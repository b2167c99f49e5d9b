/**
 * The clustering plugin and its CSS, in their own file: fetched only when a map has so many markers
 * that they would crowd (more than clusterThreshold). Imported after facilityLeaflet.ts has put
 * Leaflet on `window.L`, which the plugin (written before modules) extends.
 */
import 'leaflet.markercluster';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?raw';
import clusterThemeCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?raw';

export const css = [clusterCss, clusterThemeCss];
