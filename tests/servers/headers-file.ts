// A strict reader of Netlify / Cloudflare Pages `_headers` files, and their path matching, to check
// the generated build/_headers as those hosts would read it.

export type HeaderRule = { pattern: string; headers: Array<[string, string]> };

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Rules of the file; throws on any line a host would not read as intended, naming its line number. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((line, index) => {
		const where = `_headers line ${index + 1}`;
		if (line.trim() === '' || line.startsWith('#')) return;
		if (line.length > 2000) throw new Error(`${where}: longer than 2,000 characters`);
		if (!/^\s/.test(line)) {
			if (!/^\/\S*$/.test(line)) throw new Error(`${where}: a rule must be a path starting with / and no spaces: ${line}`);
			rules.push({ pattern: line, headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: header before any path`);
		const match = /^\s+([^:\s]+):\s?(.*)$/.exec(line);
		if (!match || !TOKEN.test(match[1]!)) throw new Error(`${where}: not "  Name: value": ${line}`);
		if (rule.headers.some(([name]) => name.toLowerCase() === match[1]!.toLowerCase())) throw new Error(`${where}: ${match[1]} twice for ${rule.pattern}`);
		if (match[2]!.trim() === '') throw new Error(`${where}: empty value for ${match[1]}`);
		rule.headers.push([match[1]!, match[2]!.trim()]);
	});
	return rules;
}

/** Cloudflare / Netlify matching: exact path, or a trailing `*` splat matching any rest. */
export const matchesPattern = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** Headers a host sends for a path; throws when two rules set one header (hosts would join the values). */
export function headersFromRules(rules: HeaderRule[], path: string): Record<string, string> {
	const sent: Record<string, string> = {};
	for (const rule of rules.filter((r) => matchesPattern(r.pattern, path))) {
		for (const [name, value] of rule.headers) {
			if (name in sent) throw new Error(`${path}: ${name} from two rules (${rule.pattern} and an earlier one): a host would join them`);
			sent[name] = value;
		}
	}
	return sent;
}
