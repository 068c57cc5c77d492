/**
 * UI strings of "near" and "as of", in en/es/it, in a catalogue of their own (a few hundred
 * bytes) so the feature can be read in one place. Placeholders in {braces} are filled by format().
 */
import type { Lang } from '$lib/data/schema';

const en = {
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

export type ExploreText = Record<keyof typeof en, string>;

const es: ExploreText = {
	nearHeading: 'Distancias',
	nearFromSite: 'Desde {name}',
	nearFromPoint: 'Desde el punto {lat}, {lon}',
	nearFromTown: 'Desde {name}',
	nearWithin: 'Hasta',
	nearAnyDistance: 'cualquier distancia',
	nearKm: '{km} km',
	nearClear: 'Dejar de medir distancias',
	nearThisSite: 'Instalaciones cerca de esta',
	nearMeasureHere: 'Medir desde aquí',
	nearMeasureCentre: 'Medir distancias desde el centro del mapa',
	nearNothingWithin: 'No hay nada a menos de {km} km.',
	nearWiden: 'Ampliar a {km} km',
	nearAnnounce: '{n} instalaciones por distancia desde {place}',
	nearKmLabel: 'a {km} km',
	nearTownsLabel: 'Localidades',
	nearFromTownButton: 'Distancias desde {name}',
	asofHeading: 'A fecha de',
	asofLabel: 'Año',
	asofToday: 'Hoy',
	asofShowToday: 'Mostrar hoy',
	asofPlay: 'Reproducir los años',
	asofPause: 'Pausa',
	asofAnnounce: 'En {year}: {n} instalaciones, {operating} en funcionamiento',
	asofUndated: 'Las {n} instalaciones sin historial fechado no se muestran antes de {year}.',
	asofUncertain: 'fecha aproximada'
};

const it: ExploreText = {
	nearHeading: 'Distanze',
	nearFromSite: 'Da {name}',
	nearFromPoint: 'Dal punto {lat}, {lon}',
	nearFromTown: 'Da {name}',
	nearWithin: 'Entro',
	nearAnyDistance: 'qualsiasi distanza',
	nearKm: '{km} km',
	nearClear: 'Smetti di misurare le distanze',
	nearThisSite: 'Siti vicini a questo',
	nearMeasureHere: 'Misura da qui',
	nearMeasureCentre: 'Misura le distanze dal centro della mappa',
	nearNothingWithin: 'Niente entro {km} km.',
	nearWiden: 'Allarga a {km} km',
	nearAnnounce: '{n} siti per distanza da {place}',
	nearKmLabel: 'a {km} km',
	nearTownsLabel: 'Località',
	nearFromTownButton: 'Distanze da {name}',
	asofHeading: 'Alla data',
	asofLabel: 'Anno',
	asofToday: 'Oggi',
	asofShowToday: 'Mostra oggi',
	asofPlay: 'Riproduci gli anni',
	asofPause: 'Pausa',
	asofAnnounce: 'Nel {year}: {n} siti, {operating} in funzione',
	asofUndated: 'I {n} siti senza storia datata non sono mostrati prima del {year}.',
	asofUncertain: 'data approssimativa'
};

export const EXPLORE_TEXT: Record<Lang, ExploreText> = { en, es, it };
