/** The document title: "<open item> · <app name>", or the app's name alone when nothing is open. */
export function pageTitle(appTitle: string, itemName?: string | null): string {
	const name = itemName?.trim();
	return name ? `${name} · ${appTitle}` : appTitle;
}
