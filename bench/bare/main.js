// Bare MapLibre page: the same basemap GeoJSON, font files and data files as the app, drawn with a
// plain style (no app code, no framework). Sets `bvm:first-idle` like the app, so the bench reads
// both the same way; `__bare.filter(region)` times a region filter. Query: ?data=<dir URL with regions.geojson and sites.geojson>&bounds=w,s,e,n
import { Map as MapLibreMap } from '/__bench/vendor/maplibre/maplibre-gl.mjs';

const params = new URLSearchParams(location.search);
const data = params.get('data') ?? '/__bench/data/';
const bounds = (params.get('bounds') ?? '-10,35,20,50').split(',').map(Number);
const url = (path) => new URL(path, location.href).href;

const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+2000-206F', 'U+20AC'];
const LATIN_EXT = ['U+0100-02AF', 'U+1E00-1EFF', 'U+20A0-20CF', 'U+2C60-2C7F', 'U+A720-A7FF'];
const face = (weight) => [
	{ url: url(`/fonts/noto-sans-latin-${weight}-normal.woff2`), 'unicode-range': LATIN },
	{ url: url(`/fonts/noto-sans-latin-ext-${weight}-normal.woff2`), 'unicode-range': LATIN_EXT }
];

const style = {
	version: 8,
	'font-faces': { 'Noto Sans Regular': face(400), 'Noto Sans Bold': face(700) },
	transition: { duration: 0, delay: 0 },
	sources: {
		countries: { type: 'geojson', data: url('/basemap/countries.geojson') },
		nuts2: { type: 'geojson', data: url('/basemap/nuts2.geojson') },
		cities: { type: 'geojson', data: url('/basemap/cities.geojson') },
		regions: { type: 'geojson', data: url(`${data}regions.geojson`) },
		sites: { type: 'geojson', data: url(`${data}sites.geojson`), cluster: true, clusterMaxZoom: 7, clusterRadius: 40 }
	},
	layers: [
		{ id: 'background', type: 'background', paint: { 'background-color': '#dde8ef' } },
		{ id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
		{ id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': '#2a9d8f', 'fill-opacity': 0.15 } },
		{ id: 'nuts2-line', type: 'line', source: 'nuts2', minzoom: 3.5, paint: { 'line-color': '#c9c3b8', 'line-width': 0.5 } },
		{ id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#9a9486', 'line-width': 0.8 } },
		{ id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#2a9d8f', 'line-width': 1.4 } },
		{
			id: 'city-labels',
			type: 'symbol',
			source: 'cities',
			minzoom: 3.5,
			filter: ['>=', ['get', 'population'], 1000000],
			layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'], 'text-size': 12 },
			paint: { 'text-color': '#555555', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 }
		},
		{
			id: 'sites-cluster',
			type: 'circle',
			source: 'sites',
			filter: ['has', 'point_count'],
			paint: { 'circle-color': '#264653', 'circle-radius': 14, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 }
		},
		{
			id: 'sites-cluster-count',
			type: 'symbol',
			source: 'sites',
			filter: ['has', 'point_count'],
			layout: {
				'text-field': ['to-string', ['get', 'point_count_abbreviated']],
				'text-font': ['Noto Sans Bold'],
				'text-size': 12,
				'text-allow-overlap': true
			},
			paint: { 'text-color': '#ffffff' }
		},
		{
			id: 'sites-point',
			type: 'circle',
			source: 'sites',
			filter: ['!', ['has', 'point_count']],
			paint: { 'circle-color': '#e76f51', 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 }
		}
	]
};

const container = document.getElementById('map');
const map = new MapLibreMap({
	container,
	style,
	bounds: [
		[bounds[0], bounds[1]],
		[bounds[2], bounds[3]]
	],
	// The app's opening padding for a wide map (legend left, buttons right) and its camera limits.
	fitBoundsOptions: { padding: { top: 40, right: 56, bottom: 40, left: Math.min(300, Math.round(container.clientWidth * 0.25)) }, animate: false },
	minZoom: 2.5,
	maxZoom: 14,
	maxBounds: [
		[-32, 26],
		[46, 72]
	],
	fadeDuration: 0
});
let first = true;
map.on('idle', () => {
	if (first) performance.mark('bvm:first-idle');
	first = false;
});
// The floor of a filter: the same setData of the region's subset on the clustered source that the
// app does, timed to the next idle (the file is fetched and parsed before the clock starts).
async function filter(region) {
	const all = await (await fetch(url(`${data}sites.geojson`))).json();
	const subset = { type: 'FeatureCollection', features: all.features.filter((f) => f.properties.region === region) };
	const t0 = performance.now();
	await new Promise((resolve) => {
		map.once('idle', resolve);
		map.getSource('sites').setData(subset);
	});
	return performance.now() - t0;
}
window.__bare = { map, filter };
