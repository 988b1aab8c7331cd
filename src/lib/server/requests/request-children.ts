import { asc, eq } from 'drizzle-orm';
import { requestChildren } from '../db/schema';
import type { Db } from '../db/types';

/** A request's children in the order the family gave them: the request page and the tracking page. */
export const loadRequestChildren = (db: Db, requestId: string) =>
	db
		.select({
			position: requestChildren.position,
			birthDate: requestChildren.birthDate,
			expectedBirthDate: requestChildren.expectedBirthDate,
			needsSupport: requestChildren.needsSupport
		})
		.from(requestChildren)
		.where(eq(requestChildren.requestId, requestId))
		.orderBy(asc(requestChildren.position));
