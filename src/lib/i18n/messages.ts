/**
 * UI strings. English is the reference catalogue; Spanish and Italian follow the same keys
 * (a unit test will compare the catalogues' keys once they exist).
 */
export const en = {
	appTitle: 'Battery Recycling Valleys',
	appSubtitle: 'Sites and pilots of the interregional network for a circular battery economy',
	mapLabel: 'Map of the battery recycling valleys and network sites',
	closePanel: 'Close panel',
	panelRegion: 'Region dossier',
	panelSite: 'Site details',
	nutsCode: 'NUTS-2 code',
	country: 'Country',
	capital: 'Capital',
	population: 'Population',
	area: 'Area',
	roleInNetwork: 'Role in the network',
	whyItMatters: 'Why it matters for batteries',
	sitesByStage: 'Sites by value-chain stage',
	noSites: 'No mapped sites in this region yet.',
	regionPilots: 'Pilots known only at region level (not drawn on the map)',
	partnersHere: 'Partners based here',
	sitesHere: 'Network sites here',
	notConfirmed: 'not confirmed by the sources',
	operator: 'Operator',
	town: 'Town',
	region: 'Region',
	stages: 'Value-chain stages',
	status: 'Status',
	capacity: 'Capacity',
	initiatives: 'Initiatives',
	sources: 'Sources',
	sourcesChecked: 'Sources checked on',
	confidence: 'Confidence',
	confidenceHigh: 'High: well backed by the sources.',
	confidenceMedium: 'Medium: backed by the sources, with gaps.',
	confidenceLow: 'Unconfirmed: the sources do not firmly back this entry.',
	townPrecision: 'The point marks the town, not the plant: no source gives the exact location.',
	uncertainHeading: 'Not confirmed',
	inEnglish: '(in English)',
	noticeTitle: 'Part of the link was ignored',
	dismiss: 'Dismiss',
	warnUnknownParam: 'Unknown parameter',
	warnUnknownId: 'Nothing found for',
	warnInvalidValue: 'Invalid value for',
	warnConflict: 'Only one item can be open; ignored',
	mapError: 'The interactive map could not start (WebGL unavailable). The panels still work.',
	attributionNote: 'Boundaries © EuroGeographics (GISCO) · Natural Earth · site sources cited per entry'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
