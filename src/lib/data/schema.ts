/**
 * The single definition of every data field. Types are inferred from these schemas;
 * the build-time check (scripts/check-data.ts) and the app's loader both use them.
 */
import * as v from 'valibot';
import { EVENT_DATE_HINT, parseEventDate } from './dates';
import { CONFIDENCES, HISTORY_EVENTS, STAGES, STATUSES } from './vocab';

export { CONFIDENCES, HISTORY_EVENTS, LANGS, STAGES, STATUSES } from './vocab';
export type { Confidence, HistoryEventKind, Lang, Stage, Status } from './vocab';

/** Caps on text lengths: a description fits a panel, a name fits a title (a 10 MB text is a broken file). */
export const MAX_TEXT = 2000;
export const MAX_LINE = 300;
export const MAX_URL = 2048;

const tooLong = (max: number) => (issue: { received: string }) => `must be at most ${max} characters (got ${issue.received})`;
/** Trimmed, not empty or only spaces, at most `max` characters. */
const Text = (max: number, empty = 'must not be empty or only spaces') =>
	v.pipe(v.string(), v.trim(), v.nonEmpty(empty), v.maxLength(max, tooLong(max)));
/** A name, title, town or operator: one line of text. */
export const Line = Text(MAX_LINE);

/** Text meant for people: English required, Spanish and Italian optional (English fallback). */
export const I18nText = v.strictObject({
	en: Text(MAX_TEXT, 'English text is required'),
	es: v.optional(Text(MAX_TEXT)),
	it: v.optional(Text(MAX_TEXT))
});
export type I18nText = v.InferOutput<typeof I18nText>;

const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** Only web links a reader can open: `https:` or `http:` (not `httpx:`, `javascript:`, `data:`). */
const Url = v.pipe(
	v.string(),
	v.maxLength(MAX_URL, tooLong(MAX_URL)),
	v.url('must be an absolute URL'),
	v.regex(/^https?:\/\//i, 'must be an http(s) URL')
);
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
/** NUTS codes: 2 letters of country, then up to 3 characters (NUTS-0..3). */
export const NutsCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code such as ES41'));
/** A date as a source gives it (see dates.ts): `2022`, `2022-12`, `2022-12-05`, `~2014`, `2019 or 2024`. */
export const EventDate = v.pipe(
	v.string(),
	v.check((s) => parseEventDate(s) !== null, EVENT_DATE_HINT)
);

/**
 * A web page (`url`, read on `accessed`) or, when there is no public URL, a citation: `outlet` with
 * a `title` or a `date`, plus `author` where known (a citation without date is shown as "n.d.").
 */
export const Source = v.pipe(
	v.strictObject({
		url: v.optional(Url),
		/** Short human title; for a web page, when missing the UI shows the host name. */
		title: v.optional(Line),
		/** Newspaper, journal or publisher of a citation without URL. */
		outlet: v.optional(Line),
		author: v.optional(Line),
		/** Publication date, as precise as known. */
		date: v.optional(EventDate),
		/** The day the source was read (required for a web page). */
		accessed: v.optional(IsoDate),
		/** A weak source kept for want of a better one (a blog, a paywalled or undated copy): shown as such. */
		weak: v.optional(v.literal(true))
	}),
	v.forward(
		v.partialCheck([['url'], ['accessed']], (s) => s.url === undefined || s.accessed !== undefined, 'a source with a url needs the day it was read'),
		['accessed']
	),
	v.forward(
		v.partialCheck(
			[['url'], ['outlet'], ['title'], ['date']],
			(s) => s.url !== undefined || (s.outlet !== undefined && (s.title !== undefined || s.date !== undefined)),
			'a source needs a url, or an outlet with a title or a date (a citation without URL)'
		),
		['url']
	)
);
export type Source = v.InferOutput<typeof Source>;
const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'));

const outOfRange = (what: string, max: number) => (issue: { received: string }) => `${what} must be between -${max} and ${max} (got ${issue.received})`;
const Lon = v.pipe(v.number(), v.minValue(-180, outOfRange('longitude', 180)), v.maxValue(180, outOfRange('longitude', 180)));
const Lat = v.pipe(v.number(), v.minValue(-90, outOfRange('latitude', 90)), v.maxValue(90, outOfRange('latitude', 90)));
/** [longitude, latitude] in WGS 84, as RFC 7946 orders them. */
const Position = v.tuple([Lon, Lat]);
const samePosition = (a: number[] | undefined, b: number[] | undefined) => a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
/** RFC 7946 §3.1.6: a linear ring has at least 4 positions and ends where it starts. */
const Ring = v.pipe(
	v.array(Position),
	v.minLength(4, 'a ring needs at least 4 positions (RFC 7946)'),
	v.check((ring) => samePosition(ring[0], ring[ring.length - 1]), 'a ring must end at its first position (RFC 7946)')
);
const PolygonCoordinates = v.pipe(v.array(Ring), v.minLength(1, 'a polygon needs at least one ring'));

export const HistoryEvent = v.strictObject({
	event: v.picklist(HISTORY_EVENTS),
	/** As the source gives it: `2022-12`, `~2014`, `2019-09-19 or 2024-09-19`. */
	date: EventDate,
	/** What happened, when the event word alone does not say it. */
	note: v.optional(I18nText),
	sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
});
export type HistoryEvent = v.InferOutput<typeof HistoryEvent>;

export const SiteProperties = v.strictObject({
	id: Id,
	/** Proper name, kept in its own language. */
	name: Line,
	/** Proper name(s) of the operator; notes about it go in `caveat`, not here. */
	operator: Line,
	/** NUTS-2 code of the region the point lies in (checked with point-in-polygon). */
	region: NutsCode,
	town: Line,
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
	/** Dated status events, oldest first, each with its sources; the last one matches `status`. */
	history: v.optional(v.array(HistoryEvent)),
	/** The day the entry was last checked against its sources. */
	verified: IsoDate,
	confidence: v.picklist(CONFIDENCES),
	/** Why an entry's sources are thin or disagree; shown with low-confidence entries. */
	caveat: v.optional(I18nText),
	/** Set only when the point may lie outside its declared region, with the reason. */
	outside_region_ok: v.optional(Line)
});
export type SiteProperties = v.InferOutput<typeof SiteProperties>;

export const SiteFeature = v.strictObject({
	type: v.literal('Feature'),
	id: v.optional(v.union([v.string(), v.number()])),
	geometry: v.strictObject({ type: v.literal('Point'), coordinates: Position }),
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
	/** Reference date of the figure (`2025-01-01`, or `2022` for a census year), formatted per language. */
	as_of: v.optional(EventDate),
	/** What a reader must know about the figure (e.g. a reference date other than the other regions'). */
	note: v.optional(I18nText),
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
	name_local: Line,
	name: I18nText,
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
	capital: v.optional(v.strictObject({ name: Line, note: v.optional(I18nText), sources: Sources })),
	population: v.optional(Figure),
	area_km2: v.optional(Figure),
	/** Why the region matters for batteries, each point with its sources. */
	why: v.optional(v.array(Fact)),
	/** Where the polygon comes from (GISCO NUTS 2024, scale). */
	geometry_source: Line
});
export type RegionProperties = v.InferOutput<typeof RegionProperties>;

export const RegionFeature = v.strictObject({
	type: v.literal('Feature'),
	id: v.optional(v.union([v.string(), v.number()])),
	geometry: v.union([
		v.strictObject({ type: v.literal('Polygon'), coordinates: PolygonCoordinates }),
		v.strictObject({ type: v.literal('MultiPolygon'), coordinates: v.pipe(v.array(PolygonCoordinates), v.minLength(1, 'needs at least one polygon')) })
	]),
	properties: RegionProperties
});
export type RegionFeature = v.InferOutput<typeof RegionFeature>;

export const Organisation = v.strictObject({
	id: Id,
	name: Line,
	short_name: v.optional(Line),
	country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
	/** NUTS-2 code where known; absent when the seat was not found in the sources. */
	region: v.optional(NutsCode),
	/** Town where known. */
	town: v.optional(Line),
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
	short_name: Line,
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
	/** Set when the sources show the initiative has ended: shown as "ended (Feb 2026)". */
	ended: v.optional(v.strictObject({ date: EventDate, sources: Sources })),
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
