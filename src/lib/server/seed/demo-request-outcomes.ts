import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import type { CareFoundKind, NoSolutionReason } from '$lib/requests/outcome-options';
import { childcareRequests, requestOutcomes } from '../db/schema';
import type { Db } from '../db/types';
import { outcomeCodesOf, type OutcomeFacts } from '../requests/outcomes/write-outcome';
import { prng, seedFor } from './demo-random';
import type { DemoEvent } from './demo-request-story';

/**
 * The outcome of a closed demo request (solution found, or none), as the animator would have
 * recorded it. Drawn from a stream of its own per request (`seedFor('outcome', rank)`), so
 * that adding outcomes to the demo changed none of the other draws of the 150 requests.
 */

/** Most families find a childminder; the other kinds are rarer (DOMAIN: outcomes). */
export const CARE_KINDS: CareFoundKind[] = [
	'childminder_home',
	'childminder_home',
	'childminder_home',
	'childminder_home',
	'mam',
	'mam',
	'creche',
	'creche',
	'micro_creche',
	'creche_familiale',
	'home_carer',
	'shared_home_carer',
	'periscolaire',
	'family_arrangement',
	'other'
];
export const REASONS: NoSolutionReason[] = [
	'no_place_at_hours',
	'no_place_at_hours',
	'no_place_at_hours',
	'no_place_for_age',
	'no_place_for_age',
	'too_far',
	'too_expensive',
	'disability_not_accommodated',
	'family_gave_up',
	'moved_away',
	'unreachable',
	'other'
];

export interface DemoOutcome {
	facts: OutcomeFacts;
	/** The closing event's date. */
	at: Date;
	/** The status the request was closed from (the demo's always hold an appointment first). */
	from: RequestStatus;
}

/** The outcome of the demo request of that rank; null when it did not close with one. */
export function drawDemoOutcome(
	rank: number,
	status: RequestStatus,
	events: readonly DemoEvent[],
	desiredStart: string
): DemoOutcome | null {
	if (status !== 'solution_recorded' && status !== 'closed_without_solution') return null;
	const kind = status === 'solution_recorded' ? 'solution_recorded' : 'closed';
	const closing = events.find((event) => event.kind === kind);
	if (!closing) return null;
	const random = prng(seedFor('outcome', rank));
	const facts: OutcomeFacts =
		status === 'solution_recorded'
			? {
					found: true,
					careKind: random.pick(CARE_KINDS),
					startDate: random.chance(0.7) ? desiredStart : null,
					fromRelayList: random.chance(0.8) ? random.chance(0.6) : null
				}
			: { found: false, reason: random.pick(REASONS) };
	return { facts, at: closing.at, from: 'appointment_held' };
}

/** The details of the closing event, as writeOutcome writes them. */
export const demoOutcomeDetails = (outcome: DemoOutcome) => ({
	from: outcome.from,
	status: outcome.facts.found ? 'solution_recorded' : 'closed_without_solution',
	...outcomeCodesOf(outcome.facts),
	source: 'relay'
});

/**
 * Inserts the outcome rows of the demo requests that have none yet (those seeded before
 * outcomes existed too), recorded by the relay's animator. Idempotent.
 */
export async function seedDemoOutcomes(
	tx: Db,
	outcomes: { key: string; outcome: DemoOutcome }[],
	animatorOf: ReadonlyMap<string, string>
): Promise<void> {
	if (outcomes.length === 0) return;
	const missing = await tx
		.select({
			id: childcareRequests.id,
			key: childcareRequests.idempotencyKey,
			relayId: childcareRequests.relayId
		})
		.from(childcareRequests)
		.leftJoin(requestOutcomes, eq(requestOutcomes.requestId, childcareRequests.id))
		.where(
			and(
				inArray(
					childcareRequests.idempotencyKey,
					outcomes.map((o) => o.key)
				),
				inArray(childcareRequests.status, ['solution_recorded', 'closed_without_solution']),
				isNull(requestOutcomes.id)
			)
		);
	const byKey = new Map(outcomes.map((o) => [o.key, o.outcome]));
	const rows = missing.flatMap((request) => {
		const outcome = request.key ? byKey.get(request.key) : undefined;
		const animatorId = animatorOf.get(request.relayId);
		if (!outcome || !animatorId) return [];
		const { facts } = outcome;
		return [
			{
				requestId: request.id,
				source: 'relay' as const,
				recordedBy: animatorId,
				recordedAt: outcome.at,
				found: facts.found,
				careKind: facts.found ? facts.careKind : null,
				startDate: facts.found ? facts.startDate : null,
				fromRelayList: facts.found ? facts.fromRelayList : null,
				noSolutionReason: facts.found ? null : facts.reason
			}
		];
	});
	if (rows.length > 0) await tx.insert(requestOutcomes).values(rows);
}
