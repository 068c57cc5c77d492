import type { ParamMatcher } from '@sveltejs/kit';

/** The optional language segment of the share pages: /es/… and /it/… (English has no prefix). */
export const match = ((param: string): param is 'es' | 'it' => param === 'es' || param === 'it') satisfies ParamMatcher;
