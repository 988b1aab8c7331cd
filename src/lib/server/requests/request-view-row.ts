import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { childcareRequests, communes } from '../db/schema';

/**
 * What `requestView` ($lib/requests/request-view.ts) reads, selected the same way wherever a
 * request is shown: the stored request and the names of its communes.
 * `.select({ ...requestViewColumns, … }).from(childcareRequests)
 *  .innerJoin(communes, onResidence).leftJoin(workCommunes, onWork)`
 */
export const workCommunes = alias(communes, 'work_commune');

export const requestViewColumns = {
	request: childcareRequests,
	residenceName: communes.name,
	workName: workCommunes.name
};

export const onResidence = eq(communes.inseeCode, childcareRequests.residenceInsee);
export const onWork = eq(workCommunes.inseeCode, childcareRequests.workInsee);
