import { describe, expect, it } from 'vitest';
import { appHeadTags } from '../../src/lib/server/app-head';

describe('the app pages’ meta tags are written at prerender (the client carries none of their code)', () => {
	it('describes / and /embed, with oEmbed discovery and a link per language', () => {
		for (const path of ['/', '/embed']) {
			const head = appHeadTags(path);
			expect(head).toContain('<meta property="og:title" content="Battery Recycling Valleys"');
			expect(head).toContain('type="application/json+oembed"');
			for (const lang of ['en', 'es', 'it']) expect(head).toContain(`hreflang="${lang}" href="${path}?lang=${lang}"`);
			expect(head).toContain(`hreflang="x-default" href="${path}"`);
		}
	});

	it('leaves every other page to its own Meta', () => {
		expect(appHeadTags('/regions/ES41')).toBe('');
		expect(appHeadTags('/embed/x')).toBe('');
	});
});
