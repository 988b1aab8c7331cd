import { eq } from 'drizzle-orm';
import type { FamilyMessages } from '$lib/i18n/family';
import type { FamilyListEntry, FamilyListStructure } from '$lib/directory/directory-options';
import { childcareRequests, relays } from '../../db/schema';
import type { Db } from '../../db/types';
import { enqueueFamilyMail } from '../../requests/family-mail';

/**
 * Queues the list to the family (when it gave an email), with its tracking link, where the
 * same list stays. Written from the snapshot's entries: exactly what the family sees on the
 * page, her publication choices already applied (no address, no contacts when she objected).
 */
export async function enqueueFamilyListMail(
	tx: Db,
	requestId: string,
	list: { entries: FamilyListEntry[]; structures: FamilyListStructure[] }
): Promise<void> {
	const [request] = await tx
		.select({
			id: childcareRequests.id,
			relayId: childcareRequests.relayId,
			reference: childcareRequests.reference,
			email: childcareRequests.email,
			parentNames: childcareRequests.parentNames,
			relayName: relays.name,
			relayPhone: relays.phone
		})
		.from(childcareRequests)
		.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
		.where(eq(childcareRequests.id, requestId));
	if (!request) throw new Error(`request ${requestId} not found`);
	await enqueueFamilyMail(
		tx,
		{ requestId: request.id, relayId: request.relayId, email: request.email },
		(link, { t }) => ({
			subject: t.familyMail.familyList.subject(request.reference),
			text: `${t.familyMail.familyList.text({
				parentNames: request.parentNames,
				relayName: request.relayName,
				reference: request.reference,
				intro: t.familyList.neutralIntro,
				childminders: childmindersAsText(list.entries, t),
				otherCareIntro: t.familyList.otherCareIntro,
				structures: structuresAsText(list.structures, t),
				link,
				relayPhone: request.relayPhone
			})}\n\n${t.familyMail.signature(request.relayName)}`
		})
	);
}

/** The childminders, numbered in the list's order, one block each. */
export function childmindersAsText(
	entries: readonly FamilyListEntry[],
	{ familyList: t, familyMail, format }: FamilyMessages
): string {
	if (entries.length === 0) return t.noChildminder;
	const blocks = entries.map((entry, index) => {
		const lines = [`${index + 1}. ${entry.name}`];
		const where = [entry.address, entry.communeName].filter(Boolean).join(', ');
		lines.push(`   ${entry.mamName ? t.atMam(entry.mamName) : t.atHome} – ${where}`);
		if (entry.phone) lines.push(`   ${familyMail.labelled(t.phone, format.phone(entry.phone))}`);
		if (entry.email) lines.push(`   ${familyMail.labelled(t.email, entry.email)}`);
		if (!entry.phone && !entry.email) lines.push(`   ${t.contactsNotPublished}`);
		lines.push(`   ${t.availability[entry.availability]}`);
		for (const place of entry.freePlaces) lines.push(`   – ${place}`);
		if (entry.offer.length > 0) {
			lines.push(
				`   ${familyMail.labelled(t.offer, entry.offer.map((flag) => t.offerFlags[flag]).join(', '))}`
			);
		}
		return lines.join('\n');
	});
	return `${t.childmindersTitle} (${t.count(entries.length)})\n\n${blocks.join('\n\n')}`;
}

/** The other kinds of care, all of them, by kind. */
export function structuresAsText(
	structures: readonly FamilyListStructure[],
	{ familyList: t, familyMail, format }: FamilyMessages
): string {
	if (structures.length === 0) return t.noStructure;
	const blocks = structures.map((structure) => {
		const lines = [`– ${familyMail.labelled(t.structureKinds[structure.kind], structure.name)}`];
		lines.push(`  ${[structure.address, structure.communeName].filter(Boolean).join(', ')}`);
		const about = [structure.ages, structure.hours].filter(Boolean).join(' · ');
		if (about) lines.push(`  ${about}`);
		if (structure.phone)
			lines.push(`  ${familyMail.labelled(t.phone, format.phone(structure.phone))}`);
		if (structure.email) lines.push(`  ${familyMail.labelled(t.email, structure.email)}`);
		if (structure.website) lines.push(`  ${familyMail.labelled(t.website, structure.website)}`);
		return lines.join('\n');
	});
	return `${t.otherCareTitle}\n\n${blocks.join('\n\n')}`;
}
