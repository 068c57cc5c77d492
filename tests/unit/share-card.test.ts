import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import Meta from '$lib/components/Meta.svelte';
import { messagesFor } from '$lib/i18n';
import { cardEntries, cardPath, parseCardName } from '$lib/share/card';
import { regionCardPng, regionCardText, siteCardPng } from '$lib/server/static-map/card';

/** Dark pixels (text) in a rectangle of an RGBA image. */
function darkPixels(png: Buffer, [x0, y0, x1, y1]: [number, number, number, number]): number {
	const image = new Resvg(
		`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image href="data:image/png;base64,${png.toString('base64')}" width="1200" height="630"/></svg>`
	).render();
	const { width, pixels } = image;
	let n = 0;
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * width + x) * 4;
			if ((pixels[i] ?? 255) < 80 && (pixels[i + 1] ?? 255) < 80 && (pixels[i + 2] ?? 255) < 80) n++;
		}
	return n;
}

describe('share cards', () => {
	test('paths: English without a suffix, other languages with one; names parse back', () => {
		expect(cardPath('region', 'ES41', 'en')).toBe('/og/region/ES41.png');
		expect(cardPath('site', 'cta-sevilla', 'it')).toBe('/og/site/cta-sevilla.it.png');
		expect(parseCardName('cta-sevilla.es')).toEqual({ id: 'cta-sevilla', lang: 'es' });
		expect(parseCardName('ES41')).toEqual({ id: 'ES41', lang: 'en' });
		expect(parseCardName('ES41.en')).toBeNull();
		expect(parseCardName('ES41.fr')).toBeNull();
		expect(cardEntries(['a'])).toEqual([{ name: 'a' }, { name: 'a.es' }, { name: 'a.it' }]);
	});

	test('a region card is a 1200×630 PNG with the title drawn in the self-hosted font', async () => {
		const png = (await regionCardPng('ES41', 'es'))!;
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
		// The title line of the band ("Castilla y León", 50 px bold) is drawn: without a usable font it would be blank.
		expect(darkPixels(png, [48, 470, 700, 530])).toBeGreaterThan(2000);
		expect(regionCardText('ES41', 'es')?.figures).toMatch(/^\d+ instalaciones en el mapa · \d+ en funcionamiento · Población /);
	}, 30_000);

	test('a site card is drawn too; unknown ids give nothing', async () => {
		const png = (await siteCardPng('cta-sevilla', 'en'))!;
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(await siteCardPng('no-such-site', 'en')).toBeNull();
	}, 30_000);
});

describe('share-card meta tags', () => {
	const t = messagesFor('en');
	const props = { t, title: 'Castilla y León', path: '/regions/ES41', image: '/og/region/ES41.png', imageAlt: 'Map of Castilla y León' };

	test('with a public origin: absolute og:image and twitter:image with the card size', () => {
		const { head } = render(Meta, { props: { ...props, origin: 'https://maps.example.org' } });
		expect(head).toContain('<meta property="og:image" content="https://maps.example.org/og/region/ES41.png"');
		expect(head).toContain('<meta property="og:image:width" content="1200"');
		expect(head).toContain('<meta property="og:image:height" content="630"');
		expect(head).toContain('<meta name="twitter:image" content="https://maps.example.org/og/region/ES41.png"');
		expect(head).toContain('<meta name="twitter:card" content="summary_large_image"');
		expect(head).toContain('<meta property="og:image:alt" content="Map of Castilla y León"');
	});

	test('without one: no image tag at all, a plain summary card', () => {
		const { head } = render(Meta, { props: { ...props, origin: '' } });
		expect(head).not.toContain('og:image');
		expect(head).not.toContain('twitter:image');
		expect(head).toContain('<meta name="twitter:card" content="summary"');
	});
});
