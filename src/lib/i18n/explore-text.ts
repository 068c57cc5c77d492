/**
 * UI strings of "near" and "as of": the English reference and the type every language follows.
 * Spanish and Italian are in ./es and ./it, so they arrive with the rest of their language
 * (./locale). Placeholders in {braces} are filled by format().
 */

export const exploreEn = {
	nearHeading: 'Distances',
	nearFromSite: 'From {name}',
	nearFromPoint: 'From the point {lat}, {lon}',
	nearFromTown: 'From {name}',
	nearWithin: 'Within',
	nearAnyDistance: 'any distance',
	nearKm: '{km} km',
	nearClear: 'Stop measuring distances',
	nearThisSite: 'Sites near this one',
	nearMeasureHere: 'Measure from here',
	nearMeasureCentre: 'Measure distances from the map centre',
	nearNothingWithin: 'Nothing within {km} km.',
	nearWiden: 'Widen to {km} km',
	nearAnnounce: '{n} sites by distance from {place}',
	nearKmLabel: '{km} km away',
	nearTownsLabel: 'Towns',
	nearFromTownButton: 'Distances from {name}',
	asofHeading: 'As of',
	asofLabel: 'Year',
	asofToday: 'Today',
	asofShowToday: 'Show today',
	asofPlay: 'Play the years',
	asofPause: 'Pause',
	asofAnnounce: 'As of {year}: {n} sites, {operating} operating',
	asofUndated: '{n} sites without a dated history are not shown before {year}.',
	asofUncertain: 'date approximate'
} as const;

export type ExploreText = Record<keyof typeof exploreEn, string>;
