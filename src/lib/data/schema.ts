/**
 * The single definition of every data field. Types are inferred from these schemas;
 * the build-time check (scripts/check-data.ts) and the app's loader both use them.
 */
import * as v from 'valibot';

export const LANGS = ['en', 'es', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** Text meant for people: English required, Spanish and Italian optional (English fallback). */
export const I18nText = v.strictObject({
	en: v.pipe(v.string(), v.trim(), v.nonEmpty('English text is required')),
	es: v.optional(v.pipe(v.string(), v.nonEmpty())),
	it: v.optional(v.pipe(v.string(), v.nonEmpty()))
});
export type I18nText = v.InferOutput<typeof I18nText>;

const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const Url = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('http', 'must be an http(s) URL'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
/** NUTS codes: 2 letters of country, then up to 3 characters (NUTS-0..3). */
export const NutsCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code such as ES41'));

export const Source = v.strictObject({
	url: Url,
	/** Short human title; when missing the UI shows the host name. */
	title: v.optional(v.string()),
	/** The day the source was read. */
	accessed: IsoDate
});
export type Source = v.InferOutput<typeof Source>;
const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'));

export const STAGES = [
	'collection',
	'dismantling',
	'black-mass',
	'hydrometallurgy',
	'pyrometallurgy',
	'direct-recycling',
	'second-life',
	'refining',
	'precursor-cathode',
	'anode',
	'cell-manufacturing',
	'mining',
	'research'
] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = ['operating', 'under-construction', 'planned', 'announced', 'exploration'] as const;
export type Status = (typeof STATUSES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const Lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

export const SiteProperties = v.strictObject({
	id: Id,
	/** Proper name, kept in its own language. */
	name: v.pipe(v.string(), v.nonEmpty()),
	operator: v.pipe(v.string(), v.nonEmpty()),
	/** NUTS-2 code of the region the point lies in (checked with point-in-polygon). */
	region: NutsCode,
	town: v.pipe(v.string(), v.nonEmpty()),
	/** 'town': the point is the town centroid, not the plant. */
	coord_precision: v.picklist(['site', 'town']),
	stages: v.pipe(v.array(v.picklist(STAGES)), v.minLength(1, 'needs at least one stage')),
	status: v.picklist(STATUSES),
	/** Capacity as the sources state it (free text: units and caveats vary). */
	capacity: v.optional(I18nText),
	description: I18nText,
	/** Organisations (network.json) involved at this site. */
	organisations: v.optional(v.array(Id)),
	sources: Sources,
	/** The day the entry was last checked against its sources. */
	verified: IsoDate,
	confidence: v.picklist(CONFIDENCES),
	/** Why an entry's sources are thin or disagree; shown with low-confidence entries. */
	caveat: v.optional(I18nText),
	/** Set only when the point may lie outside its declared region, with the reason. */
	outside_region_ok: v.optional(v.string())
});
export type SiteProperties = v.InferOutput<typeof SiteProperties>;

export const SiteFeature = v.strictObject({
	type: v.literal('Feature'),
	id: v.optional(v.union([v.string(), v.number()])),
	geometry: v.strictObject({ type: v.literal('Point'), coordinates: v.tuple([Lon, Lat]) }),
	properties: SiteProperties
});
export type SiteFeature = v.InferOutput<typeof SiteFeature>;

export const SitesFile = v.strictObject({
	type: v.literal('FeatureCollection'),
	features: v.array(v.unknown())
});

/** A figure with the sources that state it. */
const Figure = v.strictObject({
	value: v.pipe(v.number(), v.minValue(0)),
	/** Upper bound when sources give a range (e.g. an area of 94,224–94,226 km²). */
	max: v.optional(v.pipe(v.number(), v.minValue(0))),
	/** Reference date or census the figure belongs to, as the source words it. */
	as_of: v.optional(v.string()),
	sources: Sources
});
export type Figure = v.InferOutput<typeof Figure>;

const Fact = v.strictObject({
	text: I18nText,
	sources: Sources,
	/** Regions the fact is about, so a region's dossier can show it (e.g. an unconfirmed role). */
	regions: v.optional(v.array(NutsCode))
});
export type Fact = v.InferOutput<typeof Fact>;

export const RegionProperties = v.strictObject({
	/** NUTS-2 code (NUTS 2024). */
	id: NutsCode,
	/** 'valley': one of the battery recycling valleys; 'network': another region hosting a network site. */
	kind: v.picklist(['valley', 'network']),
	name_local: v.pipe(v.string(), v.nonEmpty()),
	name: I18nText,
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
	capital: v.optional(v.strictObject({ name: v.string(), note: v.optional(I18nText), sources: Sources })),
	population: v.optional(Figure),
	area_km2: v.optional(Figure),
	/** Why the region matters for batteries, each point with its sources. */
	why: v.optional(v.array(Fact)),
	/** Where the polygon comes from (GISCO NUTS 2024, scale). */
	geometry_source: v.string()
});
export type RegionProperties = v.InferOutput<typeof RegionProperties>;

export const RegionFeature = v.strictObject({
	type: v.literal('Feature'),
	id: v.optional(v.union([v.string(), v.number()])),
	geometry: v.union([
		v.strictObject({ type: v.literal('Polygon'), coordinates: v.array(v.array(v.array(v.number()))) }),
		v.strictObject({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(v.array(v.array(v.number())))) })
	]),
	properties: RegionProperties
});
export type RegionFeature = v.InferOutput<typeof RegionFeature>;

export const Organisation = v.strictObject({
	id: Id,
	name: v.string(),
	short_name: v.optional(v.string()),
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
	/** NUTS-2 code where known; absent when the seat was not found in the sources. */
	region: v.optional(NutsCode),
	/** Town where known. */
	town: v.optional(v.string()),
	url: v.optional(Url),
	sources: Sources
});
export type Organisation = v.InferOutput<typeof Organisation>;

/** A membership or role in an initiative; `confirmed: false` means the sources do not state it. */
export const Membership = v.strictObject({
	organisation: Id,
	role: I18nText,
	confirmed: v.boolean(),
	sources: Sources
});
export type Membership = v.InferOutput<typeof Membership>;

/** A pilot or demonstrator. It has a map point only when `site` names one; otherwise it is region-level. */
export const Pilot = v.strictObject({
	id: Id,
	name: I18nText,
	description: I18nText,
	/** NUTS-2 codes of the regions it involves (empty when unknown). */
	regions: v.array(NutsCode),
	site: v.optional(Id),
	lead: v.optional(Id),
	confirmed: v.boolean(),
	sources: Sources
});
export type Pilot = v.InferOutput<typeof Pilot>;

export const Initiative = v.strictObject({
	id: Id,
	short_name: v.string(),
	name: I18nText,
	kind: v.picklist(['s3-partnership', 'i3-project']),
	description: I18nText,
	/** Regions linked by the initiative on the map (NUTS-2 codes). */
	regions: v.array(NutsCode),
	/** Sites outside the valleys that the network lines reach (e.g. the lead's or a pilot's site). */
	hub_sites: v.array(Id),
	facts: v.array(Fact),
	members: v.array(Membership),
	pilots: v.array(Pilot),
	/** What the sources do not confirm; shown as such, never as fact. */
	uncertain: v.array(Fact),
	url: v.optional(Url)
});
export type Initiative = v.InferOutput<typeof Initiative>;

export const NetworkFile = v.strictObject({
	initiatives: v.array(v.unknown()),
	organisations: v.array(v.unknown())
});

export type Network = { initiatives: Initiative[]; organisations: Organisation[] };

/** Everything the app needs, validated and cross-checked. */
export type Dataset = {
	regions: RegionFeature[];
	sites: SiteFeature[];
	network: Network;
};
