import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { RequestFile } from '$lib/server/queue/request-file';
import { requestEventKinds } from '$lib/requests/request-events';
import HistorySection from './HistorySection.svelte';

const at = new Date('2026-12-02T08:00:00Z');

/** The page's history as text: each event on a line of its own. */
function historyOf(events: RequestFile['events'], audit: RequestFile['audit'] = []): string[] {
	const file = { events, audit } as unknown as RequestFile;
	const { body } = render(HistorySection, { props: { file } });
	const list = /<ol class="timeline[^"]*">([\s\S]*?)<\/ol>/.exec(body)?.[1] ?? '';
	return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) =>
		(match[1] ?? '')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

const event = (
	id: number,
	kind: RequestFile['events'][number]['kind'],
	actor: { actorKind: string; actorName: string | null },
	details: Record<string, unknown> = {}
): RequestFile['events'][number] => ({ id, kind, at, details, ...actor });

describe('the request’s history', () => {
	it('says what happened and who did it, in French', () => {
		const family = { actorKind: 'family', actorName: null };
		const claire = { actorKind: 'staff', actorName: 'Claire Martin' };
		expect(
			historyOf([
				event(1, 'received', family, { channel: 'online' }),
				event(2, 'taken', claire),
				event(3, 'appointment_rescheduled', family),
				event(4, 'appointment_cancelled', claire)
			])
		).toEqual([
			'Demande déposée par la famille (En ligne) — 2 décembre 2026 à 9 h 00',
			'Demande prise par Claire Martin — 2 décembre 2026 à 9 h 00',
			'Rendez-vous déplacé par la famille — 2 décembre 2026 à 9 h 00',
			'Rendez-vous annulé par Claire Martin — 2 décembre 2026 à 9 h 00'
		]);
	});

	it('says which outcome was recorded, by whom, and the reopening', () => {
		const claire = { actorKind: 'staff', actorName: 'Claire Martin' };
		const family = { actorKind: 'family', actorName: null };
		expect(
			historyOf([
				event(1, 'closed', claire, {
					status: 'closed_without_solution',
					found: false,
					noSolutionReason: 'no_place_at_hours',
					source: 'relay'
				}),
				event(2, 'reopened', claire, { status: 'in_progress' }),
				event(3, 'solution_recorded', family, {
					found: true,
					careKind: 'micro_creche',
					source: 'family',
					followUpStage: 30
				})
			])
		).toEqual([
			'Demande close par Claire Martin (Pas de solution : pas de place aux horaires demandés) — 2 décembre 2026 à 9 h 00',
			'Demande rouverte par Claire Martin — 2 décembre 2026 à 9 h 00',
			'Solution enregistrée par la famille (Micro-crèche, suivi à 30 jours) — 2 décembre 2026 à 9 h 00'
		]);
	});

	it('says why the family cancelled, in its form’s words, with what it added', () => {
		const family = { actorKind: 'family', actorName: null };
		expect(
			historyOf([
				event(1, 'cancelled_by_family', family, {
					reason: 'found_elsewhere',
					details: 'Une place chez une voisine'
				}),
				event(2, 'cancelled_by_family', family, { reason: 'erasure' })
			])
		).toEqual([
			'Demande annulée par la famille (J’ai trouvé une solution d’accueil par moi-même — Une place chez une voisine) — 2 décembre 2026 à 9 h 00',
			'Demande annulée par la famille (Effacement des données demandé par la famille) — 2 décembre 2026 à 9 h 00'
		]);
	});

	it('shows no raw key, whatever the event', () => {
		const lines = historyOf(
			requestEventKinds.map((kind, i) => event(i, kind, { actorKind: 'system', actorName: null }))
		);
		expect(lines).toHaveLength(requestEventKinds.length);
		for (const [i, line] of lines.entries()) {
			expect(line, requestEventKinds[i]).not.toMatch(/_|Événement/);
		}
	});
});
