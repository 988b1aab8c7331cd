import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { childminders, communes, mams } from '../../db/schema';
import type { RelayStaffUser } from '../../auth/session';
import type { CorrectionInput } from '$lib/forms/childminder';
import type { FieldErrors } from '$lib/forms/parse-form';
import { recordAudit } from '../../audit/record-audit';
import {
	childminderMailee,
	childminderSignInPageUrl,
	enqueueChildminderMail
} from '../childminder-mail';
import { correctableOf, type CorrectableData } from './childminder-to-correct';
import { describeChanges } from './describe-changes';
import { m } from '$lib/i18n';

export type CorrectionResult =
	| { ok: true; changed: (keyof CorrectableData)[] }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'invalid'; errors: FieldErrors };

/**
 * The relay corrects her other data (never her availability, offer or publication choices:
 * those are hers). One transaction: the update, its audit entry (who, which fields, before
 * and after) and the mail telling her, to her address; when the address itself changed,
 * to the old one and the new one.
 */
export async function correctChildminder(
	db: Database,
	staff: Pick<RelayStaffUser, 'id' | 'relayId' | 'relayName'>,
	childminderId: string,
	input: CorrectionInput,
	now = new Date()
): Promise<CorrectionResult> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ childminder: childminders })
			.from(childminders)
			.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
			.where(and(eq(childminders.id, childminderId), eq(communes.relayId, staff.relayId)))
			.for('update', { of: childminders });
		if (!row) return { ok: false, reason: 'not_found' };
		const errors: FieldErrors = {};
		const [commune] = await tx
			.select({ name: communes.name })
			.from(communes)
			.where(and(eq(communes.inseeCode, input.communeInsee), eq(communes.relayId, staff.relayId)));
		if (!commune) errors.communeInsee = m.childminder.correction.errors.communeRequired;
		let mamName: string | null = null;
		if (input.mamId) {
			const [mam] = await tx
				.select({ name: mams.name })
				.from(mams)
				.innerJoin(communes, eq(communes.inseeCode, mams.communeInsee))
				.where(and(eq(mams.id, input.mamId), eq(communes.relayId, staff.relayId)));
			if (!mam) errors.mamId = m.childminder.correction.errors.mamRequired;
			else mamName = mam.name;
		}
		if (!commune || Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors };

		const before = correctableOf(row.childminder);
		const after: CorrectableData = { ...input };
		const changed = (Object.keys(after) as (keyof CorrectableData)[]).filter(
			(key) => before[key] !== after[key]
		);
		if (changed.length === 0) return { ok: true, changed };
		await tx
			.update(childminders)
			.set({
				...after,
				updatedAt: now,
				...(before.status !== after.status ? { statusChangedAt: now } : {})
			})
			.where(eq(childminders.id, childminderId));
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: staff.id },
			relayId: staff.relayId,
			action: 'childminder.corrected',
			entityType: 'childminder',
			entityId: childminderId,
			details: {
				changes: Object.fromEntries(
					changed.map((key) => [key, { from: before[key], to: after[key] }])
				)
			}
		});

		const mailee = await childminderMailee(tx, childminderId);
		const text = m.childminder.mail.correction.text({
			name: mailee.name,
			relayName: staff.relayName,
			changes: describeChanges(changed, after, { communeName: commune.name, mamName }),
			pageUrl: childminderSignInPageUrl()
		});
		const subject = m.childminder.mail.correction.subject;
		const recipients = new Set([before.email, after.email].filter((e): e is string => !!e));
		for (const to of recipients) {
			const note =
				changed.includes('email') && after.email && to !== after.email
					? `\n\n${m.childminder.mail.correction.emailChanged(after.email)}`
					: '';
			await enqueueChildminderMail(tx, mailee, { to, subject, text: `${text}${note}` });
		}
		return { ok: true, changed };
	});
}
