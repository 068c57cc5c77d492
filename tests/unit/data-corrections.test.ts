/**
 * The corrections of the December 2026 data review (issue 11), asserted against data/ so a
 * regression fails the build. Each test names the source that decided the value.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/server/load';
import type { I18nText, SiteProperties, Source } from '../../src/lib/data/schema';
import { EVENT_STATUSES } from '../../src/lib/data/history';

const dataset = readDataset();
const site = (id: string): SiteProperties => {
	const found = dataset.sites.find((s) => s.properties.id === id);
	if (!found) throw new Error(`no site ${id}`);
	return found.properties;
};
const region = (id: string) => dataset.regions.find((r) => r.properties.id === id)!.properties;
const batmass = dataset.network.initiatives.find((i) => i.id === 'batmass')!;
const allText = (t: I18nText | undefined) => (t ? [t.en, t.es ?? '', t.it ?? ''].join('\n') : '');
const urls = (sources: Source[]) => sources.map((s) => s.url ?? '');

describe('site corrections', () => {
	it('atalaya-riotinto: nameplate 15 Mt/yr and 2025 quarterly throughput, each said for what it is', () => {
		const cap = site('atalaya-riotinto').capacity!;
		expect(cap.en).toContain('Nameplate capacity 15 Mt of ore/yr (since 2019)');
		expect(cap.en).toContain('4.1–4.3 Mt of ore per quarter');
		expect(allText(cap)).not.toMatch(/9[.,]5–9[.,]8/);
		expect(cap.es).toContain('Capacidad nominal de 15 Mt');
		expect(cap.it).toContain('Capacità nominale di 15 Mt');
		expect(urls(site('atalaya-riotinto').sources)).toContain(
			'https://www.huelvainformacion.es/economia/mina-riotinto-consolida-ritmo-productivo_0_2005136152.html'
		);
	});

	it('icamcyl-la-robla: "nuevos usos del carbono" / "carbonio", and the centre named correctly', () => {
		const p = site('icamcyl-la-robla');
		expect(p.description.es).toContain('nuevos usos del carbono');
		expect(p.description.es).not.toContain('usos del carbón');
		expect(p.description.it).toContain('nuovi usi del carbonio');
		expect(p.description.it).not.toContain('usi del carbone');
		expect(p.description.en).toContain('Polo de Innovación del Carbón');
		expect(p.description.en).toContain('carbon materials derived from coal');
		expect(p.name).toContain('Polo de Innovación del Carbón');
	});

	it('midac-cremona-planned: the caveat keeps "unconfirmed" and adds ANSA (Soave) vs Il Sole 24 Ore', () => {
		const p = site('midac-cremona-planned');
		expect(p.confidence).toBe('low');
		expect(p.caveat!.en).toContain('no source confirms Cremona');
		expect(p.caveat!.en).toContain('ANSA');
		expect(p.caveat!.en).toContain('Soave (Verona, Veneto)');
		expect(p.caveat!.en).toContain('“tra Soave e Cremona”');
		expect(p.sources.some((s) => s.outlet === 'ANSA')).toBe(true);
	});

	it('renault-refactory-sevilla and the ES61 dossier: battery reconditioning is future, done in Alcorcón until then', () => {
		const p = site('renault-refactory-sevilla');
		expect(p.description.en).not.toMatch(/with a Re-Energy line for repairing/);
		expect(p.description.en).toContain('Alcorcón');
		expect(p.description.en).toContain('would start at the end of 2025 or in 2026');
		const why = region('ES61')
			.why!.map((w) => w.text.en)
			.join('\n');
		expect(why).not.toContain('repairs EV batteries');
		expect(why).toContain('is to recondition EV batteries');
		expect(why).toContain('Alcorcón');
	});

	it('villasrubias-lithium: the permit holder is Technology Metals Europe SL; ETM is earning 51%', () => {
		const p = site('villasrubias-lithium');
		expect(p.operator).toBe('Technology Metals Europe SL');
		expect(p.description.en).toContain('Energy Transition Minerals is earning a 51% stake');
		expect(urls(p.sources).some((u) => u.includes('zonebourse.com'))).toBe(true);
	});

	it('orano-cime-bessines: no dismantling stage', () => {
		const p = site('orano-cime-bessines');
		expect(p.stages).not.toContain('dismantling');
		expect(p.description.en).toContain('Pack dismantling is not done here');
		expect(p.description.es).toContain('visitaron el centro');
		expect(p.description.it).toContain('hanno visitato il sito');
	});

	it('no name, operator or town carries an English editorial note', () => {
		const notes = /UNCERTAIN|not specified|not verified|per an undated|candidate site|\bJV\b|owned by|formerly|acquired from|\bgroup\)/i;
		for (const { properties: p } of dataset.sites) {
			for (const field of [p.name, p.operator, p.town]) expect(field, p.id).not.toMatch(notes);
		}
		expect(site('mineria-urbana-segovia').town).toBe('Segovia');
		expect(site('mineria-urbana-segovia').confidence).toBe('low');
		expect(site('lead-smelter-san-esteban-de-gormaz').operator).toBe('Exide Technologies');
		expect(site('lead-smelter-san-esteban-de-gormaz').caveat!.en).toContain('undated list');
	});

	it('sanpros-aznalcollar: operating / medium, with both uncertain dates kept uncertain', () => {
		const p = site('sanpros-aznalcollar');
		expect([p.status, p.confidence]).toEqual(['operating', 'medium']);
		expect(p.history!.map((e) => [e.event, e.date])).toEqual([
			['announced', '2011-04'],
			['operating', '~2014'],
			['operating', '2019-09-19 or 2024-09-19']
		]);
	});
});

describe('network corrections', () => {
	it('ISMC in BATMASS is "one of the precursors", not "partner"', () => {
		const ismc = batmass.members.find((m) => m.organisation === 'ismc')!;
		expect(ismc.role.en).toContain('“one of the precursors”');
		expect(allText(ismc.role)).not.toMatch(/^(Partner|Socio)\b/m);
		expect(ismc.role.es).toContain('«uno de los precursores»');
		expect(ismc.role.it).toContain('«uno dei precursori»');
	});

	it('BATMASS ended on 28 Feb 2026 and is no longer called ongoing', () => {
		expect(batmass.ended?.date).toBe('2026-02-28');
		const facts = batmass.facts.map((f) => allText(f.text)).join('\n');
		expect(facts).not.toMatch(/listed as ongoing|en curso|in corso/);
		expect(facts).toContain('it ended in February 2026');
	});

	it('the Lombardy-coordination claim cites La Nueva Crónica without URL, and says nothing else confirms it', () => {
		const coord = batmass.uncertain[0]!;
		const cite = coord.sources.find((s) => s.outlet === 'La Nueva Crónica (León)')!;
		expect(cite).toEqual({
			outlet: 'La Nueva Crónica (León)',
			author: 'P. Ferrero',
			title: 'Liderando la cooperación europea en el suministro para el programa de baterías'
		});
		expect(coord.text.en).toContain('No other source confirms it');
		expect(coord.text.en).toContain('“coordinada por la región de Lombardía”');
	});
});

describe('regions: one reference date and official sources', () => {
	it('INE 1 Jan 2025 for Castilla y León and Andalucía', () => {
		expect(region('ES41').population).toMatchObject({ value: 2401221, as_of: '2025-01-01' });
		expect(region('ES61').population).toMatchObject({ value: 8676713, as_of: '2025-01-01' });
		for (const id of ['ES41', 'ES61']) expect(region(id).population!.sources.some((s) => s.outlet?.startsWith('INE'))).toBe(true);
	});

	it('Lombardy keeps its sourced ISTAT 2022 figure and says the year differs', () => {
		const pop = region('ITC4').population!;
		expect(pop).toMatchObject({ value: 9976509, as_of: '2022' });
		expect(pop.note!.en).toContain('1 January 2025');
	});

	it('areas from the Junta de Castilla y León geography page', () => {
		const page = 'https://conocecastillayleon.jcyl.es/web/es/geografia-poblacion/geografia.html';
		expect(region('ES41').area_km2).toMatchObject({ value: 94225, sources: [{ url: page }] });
		expect(region('ES61').area_km2).toMatchObject({ value: 87599, sources: [{ url: page }] });
		expect(region('ES41').area_km2!.max).toBeUndefined();
	});

	it('capitals from the law: Ley 13/1987 (BOE-A-1988-3241) and the Andalusian Statute art. 4.1', () => {
		expect(urls(region('ES41').capital!.sources)).toEqual(['https://www.boe.es/buscar/doc.php?id=BOE-A-1988-3241']);
		expect(region('ES61').capital!.sources[0]!.title).toContain('art. 4.1');
	});
});

describe('weak sources and history rules on the real data', () => {
	it('cites no mirror, proxy, webcam or staging host', () => {
		const weak = /710302\.xyz|hispacams\.com|qa-cms\.eccp|m\.ru24\.net|zproxy\.org|fdocumenti\.com/;
		const all = JSON.stringify(dataset);
		expect(all).not.toMatch(weak);
	});

	it('marks the weak sources that may stay (flippingbook, padernoforum, northernminer)', () => {
		const sources = JSON.stringify(dataset).match(/\{[^{}]*(flippingbook|padernoforum|northernminer)[^{}]*\}/g) ?? [];
		expect(sources.length).toBeGreaterThanOrEqual(4);
		for (const s of sources) expect(JSON.parse(s).weak, s).toBe(true);
	});

	it('every site with a history has a status its last event allows', () => {
		const withHistory = dataset.sites.filter((s) => s.properties.history?.length);
		expect(withHistory.length).toBeGreaterThanOrEqual(10);
		for (const { properties: p } of withHistory) expect(EVENT_STATUSES[p.history!.at(-1)!.event], p.id).toContain(p.status);
	});
});
