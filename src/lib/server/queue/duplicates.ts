import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import { openRequestStatuses } from '$lib/requests/request-status';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';

export interface PossibleDuplicate {
	id: string;
	reference: string;
	status: RequestStatus;
	receivedAt: Date;
}

/**
 * The other open requests of the same relay that are probably the same family asking twice:
 * they share an email (any case) or a phone, AND a child's date (birth date, or expected
 * date: a family that wrote the expected date and later the birth date matches when the
 * baby came on time). Only a person decides: the page shows them and offers to close one.
 */
export async function findPossibleDuplicates(
	db: Db,
	request: { id: string; relayId: string; email: string | null; phone: string | null }
): Promise<PossibleDuplicate[]> {
	const sameContact = [
		...(request.email ? [sql`lower(${childcareRequests.email}) = lower(${request.email})`] : []),
		...(request.phone ? [eq(childcareRequests.phone, request.phone)] : [])
	];
	if (sameContact.length === 0) return [];
	return db
		.select({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			status: childcareRequests.status,
			receivedAt: childcareRequests.receivedAt
		})
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.relayId, request.relayId),
				ne(childcareRequests.id, request.id),
				inArray(childcareRequests.status, [...openRequestStatuses]),
				or(...sameContact),
				sql`exists (
					select 1 from request_children theirs
					join request_children ours
						on coalesce(ours.birth_date, ours.expected_birth_date)
						 = coalesce(theirs.birth_date, theirs.expected_birth_date)
					where theirs.request_id = ${childcareRequests.id} and ours.request_id = ${request.id}
				)`
			)
		)
		.orderBy(asc(childcareRequests.receivedAt), asc(childcareRequests.id));
}
