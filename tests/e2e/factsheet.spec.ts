import { test, expect } from './fixtures';
import { sites } from './data';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// A region page prints as a clean A4 factsheet: its map, key figures with sources, the table of
// sites, the network role and the date of the data, on one or two pages.

async function pdfText(pdf: Buffer): Promise<string> {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join('\n');
}

/** PDF text runs may break a line anywhere: compare with all whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

for (const [id, name] of [
	['ES41', 'Castilla y León'],
	['ITC4', 'Lombardia']
] as const) {
	test(`the ${name} factsheet prints on 1–2 A4 pages with the region and every site`, async ({ page }) => {
		await page.goto(`/regions/${id}`);
		await expect(page.getByTestId('print')).toBeVisible();
		await expect(page.getByTestId('data-date')).toContainText(/^Data as of \w+ \d{1,2}, 20\d\d \(latest check of the sources\)\.$/);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('print')).toBeHidden();
		await expect(page.locator('.static-map svg')).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
		console.log(`${id}: ${pageCount} page(s), ${pdf.length} bytes`);
		expect(pageCount).toBeGreaterThanOrEqual(1);
		expect(pageCount).toBeLessThanOrEqual(2);
		const text = squash(await pdfText(pdf));
		expect(text).toContain(squash(name));
		const inRegion = sites.filter((s) => s.properties.region === id);
		expect(inRegion.length).toBeGreaterThan(0);
		for (const s of inRegion) expect(text, s.properties.id).toContain(squash(s.properties.name));
		expect(text).toContain(squash('Sites by stage and status'));
	});
}
