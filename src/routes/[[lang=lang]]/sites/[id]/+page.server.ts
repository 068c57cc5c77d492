import { siteIdsForPages } from '$lib/server/dataset';
import { everyLanguage } from '$lib/i18n/paths';
import type { EntryGenerator } from './$types';

// One prerendered, shareable page per site and language (readable without JavaScript). Its data
// is fetched by +page.ts (a universal load: no server load, see src/lib/server/page-data.ts).
export const entries: EntryGenerator = () => everyLanguage(siteIdsForPages());
