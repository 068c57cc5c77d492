import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/i18n/format';
import { plural } from '../../src/lib/i18n/formatters';

describe('format', () => {
	it('fills {name} placeholders, numbers included', () => {
		expect(format('{filters} filters · {n} of {total} sites', { filters: 3, n: 4, total: 31 })).toBe('3 filters · 4 of 31 sites');
	});

	it('fills a placeholder used twice and leaves text without placeholders alone', () => {
		expect(format('{a} and {a}', { a: 'x' })).toBe('x and x');
		expect(format('No site matches these filters.', { n: 1 })).toBe('No site matches these filters.');
	});

	it('leaves unknown placeholders visible instead of blank', () => {
		expect(format('Remove: {label}', {})).toBe('Remove: {label}');
	});

	it('inserts values literally (no nested expansion, no $-patterns)', () => {
		expect(format('Search: “{q}”', { q: '{n} $& $1' })).toBe('Search: “{n} $& $1”');
	});

	it('does not take placeholders from the object prototype', () => {
		expect(format('{toString}', {})).toBe('{toString}');
	});
});

describe('plural', () => {
	const forms = { zero: 'none', one: 'one', other: 'many' };
	it('picks zero, one and other', () => {
		expect([0, 1, 2, 31].map((n) => plural(n, forms))).toEqual(['none', 'one', 'many', 'many']);
	});

	it('falls back to the language rule for 0 when no zero form is given', () => {
		expect(plural(0, { one: 'one', other: 'many' })).toBe('many');
		expect(plural(0, { one: 'one', other: 'many' }, 'fr')).toBe('one');
	});

	it('follows the locale rules', () => {
		expect(plural(1, forms, 'es')).toBe('one');
		expect(plural(1, forms, 'it')).toBe('one');
		expect(plural(1.5, forms, 'en')).toBe('many');
	});
});
