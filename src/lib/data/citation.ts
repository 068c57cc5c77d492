/**
 * How a source reads: a web page is a link (its title, or its host name); a citation without URL is
 * plain text (`P. Ferrero, «Title», Outlet, n.d.`), never a link. Pure, for the panel, the share
 * pages and the downloads alike.
 */
import { formatEventDate, parseEventDate, type DateWords } from './dates';
import type { Source } from './schema';

/** Host name of a source URL, for links without a title. */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export type CitationWords = DateWords & { undated: string; quotes: readonly [string, string]; weak: string };

export const ENGLISH_CITATION_WORDS: CitationWords = { about: 'about', or: 'or', undated: 'n.d.', quotes: ['“', '”'], weak: 'weak source' };

/** The words from a UI catalogue. */
export function citationWords(t: { dateAbout: string; dateOr: string; undated: string; quoteOpen: string; quoteClose: string; weakSource: string }): CitationWords {
	return { about: t.dateAbout, or: t.dateOr, undated: t.undated, quotes: [t.quoteOpen, t.quoteClose], weak: t.weakSource };
}

/** Text of a citation without URL: author, title in quotes, outlet, date (or "n.d."). */
export function citationText(source: Source, locale: string, words: CitationWords): string {
	const date = source.date ? parseEventDate(source.date) : null;
	const parts = [
		source.author,
		source.title ? `${words.quotes[0]}${source.title}${words.quotes[1]}` : undefined,
		source.outlet,
		date ? formatEventDate(date, locale, words) : words.undated
	];
	return parts.filter((p): p is string => Boolean(p)).join(', ');
}

/** `weak`: the words that mark a weak source, or undefined. */
export type SourceView = { kind: 'link'; href: string; text: string; weak?: string } | { kind: 'citation'; text: string; weak?: string };

/** What a reader sees for one source. */
export function sourceView(source: Source, locale: string, words: CitationWords): SourceView {
	const weak = source.weak ? words.weak : undefined;
	if (source.url) return { kind: 'link', href: source.url, text: source.title ?? hostOf(source.url), weak };
	return { kind: 'citation', text: citationText(source, locale, words), weak };
}

/** One line for a CSV cell: the URL, or the citation text in English. */
export function sourcePlain(source: Source): string {
	return source.url ?? citationText(source, 'en', ENGLISH_CITATION_WORDS);
}
