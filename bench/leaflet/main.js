// Leaflet baseline: every site a DOM marker (L.marker) in a markercluster group, over the app's
// countries GeoJSON (L.geoJSON, SVG). Sets `bvm:first-idle` once the markers are added and the
// next frames are painted; `window.__leafletBench.filter(region)` times clearLayers + addLayers.
// Query: ?sites=<URL of a sites.geojson>&bounds=w,s,e,n
/* global L */
const params = new URLSearchParams(location.search);
const sitesUrl = params.get('sites') ?? '/__bench/data/sites.geojson';
const [w, s, e, n] = (params.get('bounds') ?? '-10,35,20,50').split(',').map(Number);

/** Resolves after two animation frames: the DOM changes of this task have been laid out and painted. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const [countries, sites] = await Promise.all([fetch('/basemap/countries.geojson').then((r) => r.json()), fetch(sitesUrl).then((r) => r.json())]);

const map = L.map('map', { minZoom: 3, maxZoom: 14, zoomSnap: 0.25 });
L.geoJSON(countries, {
	interactive: false,
	style: { color: '#9a9486', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }
}).addTo(map);
map.fitBounds(
	[
		[s, w],
		[n, e]
	],
	{ paddingTopLeft: [Math.min(300, Math.round(map.getSize().x * 0.25)), 40], paddingBottomRight: [56, 40], animate: false }
);

const markers = sites.features.map((f) => {
	const [lon, lat] = f.geometry.coordinates;
	const marker = L.marker([lat, lon], { title: f.properties.name });
	marker.region = f.properties.region;
	return marker;
});
const cluster = L.markerClusterGroup({ maxClusterRadius: 40, disableClusteringAtZoom: 8 });
// Fastest documented path for the first load: add all markers before the group joins the map.
cluster.addLayers(markers);
map.addLayer(cluster);
await painted();
performance.mark('bvm:first-idle');

window.__leafletBench = {
	markers: markers.length,
	/** A region filter as a Leaflet app does it: drop every marker, add back the subset. */
	async filter(region) {
		const t0 = performance.now();
		const subset = markers.filter((m) => m.region === region);
		cluster.clearLayers();
		cluster.addLayers(subset);
		await painted();
		return performance.now() - t0;
	}
};
