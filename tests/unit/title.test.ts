import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/i18n/title';

describe('pageTitle', () => {
	it('is the app name alone when nothing is open (never the name twice)', () => {
		expect(pageTitle('Battery Recycling Valleys')).toBe('Battery Recycling Valleys');
		expect(pageTitle('Battery Recycling Valleys', null)).toBe('Battery Recycling Valleys');
		expect(pageTitle('Valli del riciclo delle batterie', '  ')).toBe('Valli del riciclo delle batterie');
	});

	it('puts the open site or region first', () => {
		expect(pageTitle('Battery Recycling Valleys', 'CTA Sevilla')).toBe('CTA Sevilla · Battery Recycling Valleys');
		expect(pageTitle('Valles del reciclaje de baterías', 'Castilla y León')).toBe('Castilla y León · Valles del reciclaje de baterías');
	});
});
