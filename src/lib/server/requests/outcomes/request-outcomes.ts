import { and, desc, eq } from 'drizzle-orm';
import type {
	CareFoundKind,
	FollowUpStage,
	NoSolutionReason,
	OutcomeSource
} from '$lib/requests/outcome-options';
import { childcareRequests, requestOutcomes, staffUsers } from '../../db/schema';
import type { Db } from '../../db/types';
import type { StaffActor } from '../../queue/staff-actor';

/** One outcome as the request page shows it: codes (labelled by the page) and who said so. */
export interface OutcomeView {
	id: string;
	source: OutcomeSource;
	/** The animator's name, for source relay. */
	recordedByName: string | null;
	/** The follow-up the family answered, for source family. */
	followUpStage: FollowUpStage | null;
	recordedAt: Date;
	found: boolean;
	careKind: CareFoundKind | null;
	startDate: string | null;
	fromRelayList: boolean | null;
	noSolutionReason: NoSolutionReason | null;
	/** Set when the request was reopened after this outcome. */
	reopenedAt: Date | null;
}

export interface RequestOutcomes {
	/** The outcome the request is closed with; null while open. */
	current: OutcomeView | null;
	/** Every outcome, newest first, the current one included. */
	history: OutcomeView[];
}

const stageOf = (stage: number | null): FollowUpStage | null =>
	stage === 30 || stage === 90 ? stage : null;

/** The outcomes of a request of the actor's relay (empty for another relay's). */
export async function requestOutcomesOf(
	db: Db,
	actor: StaffActor,
	requestId: string
): Promise<RequestOutcomes> {
	const rows = await db
		.select({
			id: requestOutcomes.id,
			source: requestOutcomes.source,
			recordedByName: staffUsers.name,
			followUpStage: requestOutcomes.followUpStage,
			recordedAt: requestOutcomes.recordedAt,
			found: requestOutcomes.found,
			careKind: requestOutcomes.careKind,
			startDate: requestOutcomes.startDate,
			fromRelayList: requestOutcomes.fromRelayList,
			noSolutionReason: requestOutcomes.noSolutionReason,
			reopenedAt: requestOutcomes.reopenedAt
		})
		.from(requestOutcomes)
		.innerJoin(childcareRequests, eq(childcareRequests.id, requestOutcomes.requestId))
		.leftJoin(staffUsers, eq(staffUsers.id, requestOutcomes.recordedBy))
		.where(
			and(eq(requestOutcomes.requestId, requestId), eq(childcareRequests.relayId, actor.relayId))
		)
		.orderBy(desc(requestOutcomes.recordedAt), desc(requestOutcomes.id));
	const history = rows.map((row) => ({ ...row, followUpStage: stageOf(row.followUpStage) }));
	return { current: history.find((row) => row.reopenedAt === null) ?? null, history };
}
