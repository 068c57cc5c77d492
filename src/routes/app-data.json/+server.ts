import { appDataJson } from '$lib/server/app-data';

// Prerendered to the static file /app-data.json: what / and /embed fetch in the browser.
export const prerender = true;

export function GET(): Response {
	return new Response(appDataJson(), { headers: { 'content-type': 'application/json' } });
}
