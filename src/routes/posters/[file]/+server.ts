import { error } from '@sveltejs/kit';
import { POSTERS, type PosterKind } from '$lib/map/poster';
import { posterPicture } from '$lib/server/static-map/pages';

// The posters' pictures (`/posters/wide.svg`, `/posters/narrow.svg`), written at build time: the
// pages' `<img>` under their inline links (server/static-map/pages.ts posterMarkup).
export const prerender = true;

const KINDS = Object.keys(POSTERS) as PosterKind[];

export const entries = () => KINDS.map((kind) => ({ file: `${kind}.svg` }));

export function GET({ params }: { params: { file: string } }) {
	const kind = KINDS.find((k) => params.file === `${k}.svg`);
	if (!kind) error(404, 'no such poster');
	return new Response(posterPicture(kind), { headers: { 'content-type': 'image/svg+xml' } });
}
