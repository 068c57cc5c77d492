import { readFile } from 'node:fs/promises';
import { test, expect, openMap } from './fixtures';
import { sites } from './data';

const lombardia = sites
	.filter((s) => s.properties.region === 'ITC4')
	.map((s) => s.properties.id)
	.sort();

test('downloads contain exactly the matching sites, with sources', async ({ page }) => {
	await openMap(page, '/?regions=ITC4');

	const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /as GeoJSON/ }).click()]);
	expect(geojson.suggestedFilename()).toBe('battery-valleys_regions-ITC4.geojson');
	const collection = JSON.parse(await readFile((await geojson.path())!, 'utf8'));
	expect(collection.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(lombardia);
	expect(collection.features[0].properties.sources.length).toBeGreaterThan(0);

	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /as CSV/ }).click()]);
	expect(csv.suggestedFilename()).toBe('battery-valleys_regions-ITC4.csv');
	const text = await readFile((await csv.path())!, 'utf8');
	const header = text.split('\r\n')[0]!.split(',');
	expect(header).toContain('sources');
	// Ids are the first column and never need quoting.
	const ids = text
		.split('\r\n')
		.slice(1)
		.filter((line) => /^[a-z0-9-]+,/.test(line))
		.map((line) => line.split(',')[0]);
	expect(ids.sort()).toEqual(lombardia);
});
