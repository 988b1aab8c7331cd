import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n';
import { counted, plural } from './plural';

describe('French plurals', () => {
	it('use the singular for 0 and 1 and the plural from 2', () => {
		expect([0, 1, 2, 10].map((n) => counted(n, 'jour', 'jours'))).toEqual([
			'0 jour',
			'1 jour',
			'2 jours',
			'10 jours'
		]);
		expect(plural(1, 'non attribuée', 'non attribuées')).toBe('non attribuée');
	});

	it('agree on every counter of the staff pages', () => {
		const home = m.queue.home;
		const list = m.queue.list.counters;
		expect([home.open(1), home.unassigned(1), list.open(1), list.unassigned(1)]).toEqual([
			'demande ouverte',
			'non attribuée',
			'demande ouverte',
			'non attribuée'
		]);
		expect([home.open(0), home.unassigned(0)]).toEqual(['demande ouverte', 'non attribuée']);
		expect([home.open(3), home.unassigned(2), list.open(2), list.unassigned(5)]).toEqual([
			'demandes ouvertes',
			'non attribuées',
			'demandes ouvertes',
			'non attribuées'
		]);
		expect(list.overdue(1)).toBe('en retard sur l’objectif de 1 jour');
		expect(m.queue.list.lead(1)).toContain('dans un délai de 1 jour après');
		expect(m.queue.countdown.remaining(1)).toBe('Reste 1 jour');
		expect(m.queue.ages.years(1, 0)).toBe('1 an');
		expect(m.queue.ages.years(3, 2)).toBe('3 ans et 2 mois');
	});
});
