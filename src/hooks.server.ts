import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/i18n/paths';

// <html lang> of every prerendered page, from its path (/es/… → es, /it/… → it, else en), so the
// share pages declare their language without JavaScript. The app pages set it again at run time.
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
