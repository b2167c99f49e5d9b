/**
 * The clustering plugin and its CSS, as their own page script (FacilityClustersScript.astro): put on
 * the page only when a map has so many markers that they would crowd (more than clusterThreshold).
 * It runs right after facilityLeaflet.ts has put Leaflet on `window.L`, which the plugin (written
 * before modules) extends; the map is drawn at DOMContentLoaded, when both have run.
 */
import 'leaflet.markercluster';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?raw';
import clusterThemeCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?raw';

// Applied here rather than through adoptCss.ts: sharing that helper would cost both map scripts an
// extra file. The plugin's CSS points at no image, so nothing needs filtering.
const sheet = new CSSStyleSheet();
sheet.replaceSync(clusterCss + clusterThemeCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
