import { langOf } from '$lib/i18n/paths';
import type { EntryGenerator, PageLoad } from './$types';

// The statement in each language: /accessibility, /es/accessibility, /it/accessibility.
export const entries: EntryGenerator = () => [{}, { lang: 'es' }, { lang: 'it' }];

export const load: PageLoad = ({ params }) => ({ lang: langOf(params.lang) });
