/** `npm run check:data`: validates data/ and prints a one-line summary or every error. */
import { DataError, readDataset } from '../src/lib/server/load';

try {
	const { regions, sites, network } = readDataset();
	console.log(
		`✓ data: ${regions.length} regions, ${sites.length} sites, ${network.initiatives.length} initiatives, ${network.organisations.length} organisations`
	);
} catch (e) {
	if (!(e instanceof DataError)) throw e;
	for (const line of e.errors) console.error(line);
	console.error(`✗ data: ${e.errors.length} error(s)`);
	process.exit(1);
}
