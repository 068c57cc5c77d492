import { describe, expect, test } from 'vitest';
import { readDataset } from '$lib/server/load';
import { dataDate, factsheetRows } from '$lib/data/factsheet';
import { STAGES, STATUSES } from '$lib/data/schema';
import { qrSvg } from '$lib/server/static-map/qr';

const data = readDataset();

describe('region factsheet', () => {
	test('one row per site, by main stage in value-chain order, then status', () => {
		const sites = data.sites.filter((s) => s.properties.region === 'ES41');
		const rows = factsheetRows(sites);
		expect(rows.map((r) => r.id).sort()).toEqual(sites.map((s) => s.properties.id).sort());
		for (let i = 1; i < rows.length; i++) {
			const [a, b] = [rows[i - 1]!, rows[i]!];
			const order = STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
			expect(order, `${a.id} before ${b.id}`).toBeLessThanOrEqual(0);
		}
	});

	test('the date of the data is the latest check of anything on the sheet', () => {
		const region = data.regions.find((r) => r.properties.id === 'ES41')!.properties;
		const sites = data.sites.filter((s) => s.properties.region === 'ES41');
		const date = dataDate(region, sites)!;
		expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		for (const s of sites) expect(s.properties.verified <= date).toBe(true);
		expect(dataDate({ ...region, population: undefined, area_km2: undefined, capital: undefined, why: undefined }, [])).toBeNull();
	});

	test('the QR code is an inline SVG image named with the URL it encodes', async () => {
		const svg = await qrSvg('https://maps.example.org/regions/ES41', 'QR code: https://maps.example.org/regions/ES41');
		expect(svg).toMatch(
			/^<svg role="img" aria-label="QR code: https:\/\/maps\.example\.org\/regions\/ES41" class="qr-svg" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/
		);
		expect(svg).toContain('<path');
	});
});
