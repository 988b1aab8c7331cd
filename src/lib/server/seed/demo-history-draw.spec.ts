import { describe, expect, it } from 'vitest';
import { parisClock } from '$lib/time/paris';
import { drawDemoHistory, HISTORY_GAP_DAYS, historyMonths } from './demo-history-draw';

const anchor = new Date('2026-11-20T08:00:00Z');
const DAY = 86_400_000;
// Two relays: a city and small communes (1 % of the people each).
const communes = [
	{ population: 200_000, relay: 'a' },
	{ population: 30_000, relay: 'b' },
	...Array.from({ length: 10 }, (_, i) => ({ population: 900 + i * 50, relay: i < 5 ? 'a' : 'b' }))
];

describe('the demo history', () => {
	const history = drawDemoHistory(anchor, communes);

	it('is the same on every draw, and leaves the last two weeks to the queues', () => {
		expect(drawDemoHistory(anchor, communes)).toEqual(history);
		const newest = Math.max(...history.map((r) => r.receivedAt.getTime()));
		expect(anchor.getTime() - newest).toBeGreaterThan((HISTORY_GAP_DAYS - 1) * DAY);
		expect(history.every((r) => r.closedAt.getTime() < anchor.getTime())).toBe(true);
		expect(new Set(history.map((r) => r.rank)).size).toBe(history.length);
	});

	it('spans three years, 300 to 450 requests a year, busier in spring and September than in August', () => {
		const months = historyMonths(anchor);
		expect(months[0]?.month).toBe('2023-12-01');
		expect(months.at(-1)?.month).toBe('2026-11-01');
		for (const year of ['2024', '2025']) {
			const n = months.filter((m) => m.month.startsWith(year)).reduce((a, m) => a + m.count, 0);
			expect(n, year).toBeGreaterThanOrEqual(280);
			expect(n, year).toBeLessThanOrEqual(450);
			const count = (month: string) =>
				months.find((m) => m.month === `${year}-${month}-01`)?.count ?? 0;
			expect(count('04')).toBeGreaterThan(count('08'));
			expect(count('09')).toBeGreaterThan(count('08'));
		}
		expect(history).toHaveLength(months.reduce((a, m) => a + m.count, 0));
	});

	it('has small communes, every channel, atypical hours, siblings and about 5 % of children needing support', () => {
		const perCommune = new Map<number, number>();
		for (const r of history.filter((r) => r.receivedAt.toISOString().startsWith('2025')))
			perCommune.set(r.communeIndex, (perCommune.get(r.communeIndex) ?? 0) + 1);
		const small = [...perCommune].filter(([index, n]) => index >= 2 && n >= 1 && n <= 4);
		expect(small.length).toBeGreaterThanOrEqual(3);
		expect(new Set(history.map((r) => r.channel))).toEqual(
			new Set(['online', 'phone', 'desk', 'monenfant'])
		);
		const atypical = history.filter(
			(r) =>
				r.schedule.sat !== null ||
				Object.values(r.schedule).some(
					(d) => d && (d.start < '07:00' || d.end > '19:00' || d.end < d.start)
				)
		);
		expect(atypical.length / history.length).toBeGreaterThan(0.1);
		expect(history.filter((r) => r.children.length > 1).length / history.length).toBeGreaterThan(
			0.08
		);
		const children = history.flatMap((r) => r.children);
		const support = children.filter((c) => c.needsSupport === true).length / children.length;
		expect(support).toBeGreaterThan(0.025);
		expect(support).toBeLessThan(0.08);
	});

	it('holds appointments in working hours, most within 7 days, never two at once for a relay', () => {
		const held = history.filter((r) => r.appointment !== null);
		expect(held.length / history.length).toBeGreaterThan(0.6);
		const delays = held.map(
			(r) => ((r.appointment?.startsAt.getTime() ?? 0) - r.receivedAt.getTime()) / DAY
		);
		expect(delays.every((d) => d > 0)).toBe(true);
		const within7 = delays.filter((d) => d <= 7).length / delays.length;
		expect(within7).toBeGreaterThan(0.55);
		expect(within7).toBeLessThan(0.9);
		expect(delays.some((d) => d > 21)).toBe(true);
		const byRelay = new Map<string, [number, number][]>();
		for (const r of held) {
			const relay = communes[r.communeIndex]?.relay ?? '';
			const list = byRelay.get(relay) ?? [];
			list.push([r.appointment?.startsAt.getTime() ?? 0, r.appointment?.endsAt.getTime() ?? 0]);
			byRelay.set(relay, list);
		}
		for (const list of byRelay.values()) {
			list.sort((a, b) => a[0] - b[0]);
			for (let i = 1; i < list.length; i++)
				expect(list[i]?.[0] ?? 0).toBeGreaterThanOrEqual(list[i - 1]?.[1] ?? 0);
		}
		for (const r of held) {
			const { hours: hour } = parisClock(r.appointment?.startsAt ?? new Date(0));
			expect(hour).toBeGreaterThanOrEqual(9);
			expect(hour).toBeLessThan(17);
		}
	});

	it('closes each request after its story, with an outcome when it ended with one', () => {
		for (const r of history) {
			const times = r.events.map((e) => e.at.getTime());
			expect(times).toEqual([...times].sort((a, b) => a - b));
			expect(r.events[0]?.kind).toBe('received');
			expect(times.at(-1)).toBe(r.closedAt.getTime());
			if (r.appointment)
				expect(r.closedAt.getTime()).toBeGreaterThan(r.appointment.endsAt.getTime());
			expect(r.outcome !== null).toBe(
				r.status === 'solution_recorded' || r.status === 'closed_without_solution'
			);
			if (r.outcome) expect(r.appointment).not.toBeNull();
		}
		const found = history.filter((r) => r.outcome?.facts.found).length;
		const none = history.filter((r) => r.outcome && !r.outcome.facts.found).length;
		expect(found).toBeGreaterThan(none);
		expect(none).toBeGreaterThan(50);
	});
});
