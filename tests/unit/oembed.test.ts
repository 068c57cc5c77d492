import { describe, expect, it } from 'vitest';
import { embedUrl, iframeHtml, oembed, oembedPath } from '../../src/lib/share/oembed';

describe('oembed', () => {
	it('describes a site as a rich iframe of its /embed URL', () => {
		const doc = oembed({ kind: 'site', id: 'cta-sevilla', name: 'CTA' }, 'https://maps.example.org');
		expect(doc).toMatchObject({ type: 'rich', version: '1.0', title: 'CTA', provider_url: 'https://maps.example.org/', width: 800, height: 500 });
		expect(doc.html).toMatch(/^<iframe src="https:\/\/maps\.example\.org\/embed\?site=cta-sevilla" title="CTA · [^"]+"/);
		expect(doc.html).toContain('loading="lazy"');
	});

	it('points the whole map and regions at /embed and /embed?region=', () => {
		expect(embedUrl({ kind: 'home' }, '')).toBe('/embed');
		expect(embedUrl({ kind: 'region', id: 'ES41', name: 'Castilla y León' }, '')).toBe('/embed?region=ES41');
		expect(oembedPath({ kind: 'region', id: 'ES41', name: 'x' })).toBe('/oembed/region/ES41.json');
		expect(oembedPath({ kind: 'home' })).toBe('/oembed.json');
	});

	it('escapes names in the snippet', () => {
		const html = iframeHtml({ kind: 'site', id: 'x', name: 'A "quoted" <b>&' }, '');
		expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;&amp; ·');
		expect(html).not.toContain('<b>');
	});
});
