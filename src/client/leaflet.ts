/**
 * The parts of Leaflet 1.9 the health-care map uses, taken from Leaflet's own ES module sources
 * (node_modules/leaflet/src). Leaflet's bundled build is one module that registers every layer,
 * control and handler as it loads, so a bundler can drop almost none of it: vector layers and their
 * Canvas and SVG renderers, GeoJSON, tooltips, image and video overlays, the layers and scale
 * controls all travelled to the phone unused. Importing the modules one by one leaves them out.
 *
 * What the map does keep, so nothing people can do changes: the map with its drag, double-click,
 * wheel, pinch, shift-drag box and keyboard zoom handlers; the zoom and attribution controls; tile
 * layers; markers with CSS (div) icons; layer groups; popups. Left out besides the above: the
 * long-press handler (TapHold), which only emulates a `contextmenu` event on iOS that the map never
 * listens to. When the map starts to use another Leaflet part, import its module here.
 */
import type * as L from 'leaflet';
import { createMap } from 'leaflet/src/map/Map';
// Each handler and control adds itself to every new map when its module runs.
import 'leaflet/src/map/handler/Map.BoxZoom';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
import 'leaflet/src/control/Control.Zoom';
import 'leaflet/src/control/Control.Attribution';
import { tileLayer as tiles } from 'leaflet/src/layer/tile/TileLayer';
import { divIcon as div } from 'leaflet/src/layer/marker/DivIcon';
import { marker as pin } from 'leaflet/src/layer/marker/Marker';
import { layerGroup as group } from 'leaflet/src/layer/LayerGroup';
import { popup as box } from 'leaflet/src/layer/Popup';
import { toLatLng } from 'leaflet/src/geo/LatLng';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds';
import { toPoint } from 'leaflet/src/geometry/Point';

// Leaflet's sources carry no types; these are the functions @types/leaflet describes.
export const map = createMap as typeof L.map;
export const tileLayer = tiles as typeof L.tileLayer;
export const divIcon = div as typeof L.divIcon;
export const marker = pin as typeof L.marker;
export const layerGroup = group as typeof L.layerGroup;
export const popup = box as typeof L.popup;
export const latLng = toLatLng as typeof L.latLng;
export const latLngBounds = toLatLngBounds as typeof L.latLngBounds;
export const point = toPoint as typeof L.point;
