/**
 * UI strings. English is the reference catalogue; Spanish and Italian follow the same keys
 * (tests/unit/i18n.test.ts compares the catalogues' keys and placeholders).
 *
 * English comes in two parts. This module has what the map's first view shows (the embed's first
 * bundle carries it); ./messages-more has the rest — the panels, the list and filters, notices,
 * the downloads, the embed dialog, the share pages — and adds it to `en` when imported. Whatever
 * shows those parts has it first: each LazyComponent loads it with its chunk, and the full map's
 * page and ./index import it (tests/unit/i18n-first-view.test.ts checks the embed's first view).
 */
import type { enMore } from './messages-more';

const enFirstView = {
	appTitle: 'Battery Recycling Valleys',
	appSubtitle: 'Sites and pilots of the interregional network for a circular battery economy',
	mapLabel: 'Map of the battery recycling valleys and network sites',
	/** Name of the page's main landmark: the map with its legend and the open item's panel. */
	mapAreaLabel: 'Map and details',
	/** `/embed?load=click`: the button that loads the live map over the poster. */
	exploreMap: 'Explore the map',
	closePanel: 'Close panel',
	capital: 'Capital',
	population: 'Population',
	area: 'Area',
	operator: 'Operator',
	town: 'Town',
	region: 'Region',
	stages: 'Value-chain stages',
	status: 'Status',
	initiatives: 'Initiatives',
	sources: 'Sources',
	confidence: 'Confidence',
	history: 'Status history',
	undated: 'n.d.',
	searchChip: 'Search: “{q}”',
	onlyInView: 'Only sites in the map view',
	resultsAnnounce: '{n} of {total} sites shown',
	download: 'Download what you see',
	skipToList: 'Skip to the list of sites',
	openFullMap: 'Open the full map ↗',
	language: 'Language',
	gestureWindows: 'Use Ctrl + scroll to zoom the map',
	gestureMac: 'Use ⌘ + scroll to zoom the map',
	gestureMobile: 'Use two fingers to move the map',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	toggleAttribution: 'Toggle attribution',
	mapDescription:
		'The map shows the three battery recycling valleys (Castilla y León, Andalucía, Lombardia), the sites and pilots of the network as points, and lines linking the valleys with the network’s other sites. Everything on it is also in the list of sites.',
	helpOpen: 'Keyboard shortcuts of the map',
	helpTitle: 'Keyboard shortcuts',
	helpFocus: 'Click the map or move to it with Tab, then:',
	helpPan: 'move the map',
	helpZoom: 'zoom in / out',
	helpList: 'reach the list of sites: every point on the map is there',
	helpClose: 'Close'
};

export type MessageKey = keyof typeof enFirstView | keyof typeof enMore;
export type Messages = Record<MessageKey, string>;

/** English: the first view's strings at once, all of them once ./messages-more has been imported. */
export const en = enFirstView as Messages;
