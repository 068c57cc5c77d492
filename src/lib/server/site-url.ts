/**
 * The public address of the deployment, from the SITE_URL environment variable at build time
 * (e.g. https://maps.example.org/valleys). oEmbed snippets are pasted into other websites, so
 * their iframe src must be absolute; without SITE_URL it falls back to root-relative paths.
 */
export function siteOrigin(): string {
	const configured = process.env.SITE_URL?.trim();
	if (!configured) return '';
	const url = new URL(configured); // throws on a malformed SITE_URL: better than shipping broken snippets
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
