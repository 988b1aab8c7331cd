import { eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { childminders, communes, relays } from '../db/schema';
import { enqueueMail } from '../mail/enqueue-mail';
import { config } from '../config';
import { m } from '$lib/i18n';

/** The public page where a childminder asks for her sign-in link. */
export const childminderSignInPageUrl = () => `${config.publicUrl}/assistante-maternelle`;

export interface ChildminderMailee {
	id: string;
	name: string;
	email: string | null;
	relayId: string | null;
	/** Her relay's name, or the deployment's when her commune has no relay. */
	senderName: string;
}

/** Who a mail to this childminder goes to, and who signs it (the relay of her commune). */
export async function childminderMailee(db: Db, childminderId: string): Promise<ChildminderMailee> {
	const [row] = await db
		.select({
			id: childminders.id,
			firstName: childminders.firstName,
			lastName: childminders.lastName,
			email: childminders.email,
			relayId: communes.relayId,
			relayName: relays.name
		})
		.from(childminders)
		.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
		.leftJoin(relays, eq(relays.id, communes.relayId))
		.where(eq(childminders.id, childminderId));
	if (!row) throw new Error(`childminderMailee: no childminder ${childminderId}`);
	return {
		id: row.id,
		name: `${row.firstName} ${row.lastName}`,
		email: row.email,
		relayId: row.relayId,
		senderName: row.relayName ?? config.deploymentName
	};
}

/**
 * Every mail to a childminder (her sign-in link, the campaign reminder, a correction by the
 * relay): queued in the caller's transaction, signed by her relay. `to` defaults to her
 * address; a correction of that address also tells the old one.
 */
export async function enqueueChildminderMail(
	tx: Db,
	mailee: ChildminderMailee,
	message: { subject: string; text: string; to?: string }
): Promise<void> {
	const to = message.to ?? mailee.email;
	if (!to) return;
	await enqueueMail(tx, {
		to,
		relayId: mailee.relayId,
		subject: message.subject,
		text: `${message.text}\n\n${m.mail.signature(mailee.senderName)}`
	});
}
