import { eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { relays } from '../db/schema';
import { issuePasswordToken, PASSWORD_TOKEN_LIFETIME_HOURS } from '../auth/password-tokens';
import { enqueueMail } from '../mail/enqueue-mail';
import { config } from '../config';
import { m } from '$lib/i18n';

/**
 * Issues a new password link and puts the mail carrying it in the outbox; returns the link.
 * Signed by the person's relay, or by the deployment for an account of no relay.
 */
export async function sendPasswordLink(
	tx: Db,
	member: { id: string; name: string; email: string; relayId: string | null }
): Promise<string> {
	const token = await issuePasswordToken(tx, member.id);
	const [relay] = member.relayId
		? await tx.select({ name: relays.name }).from(relays).where(eq(relays.id, member.relayId))
		: [];
	const relayName = relay?.name ?? config.deploymentName;
	const link = `${config.publicUrl}/compte/mot-de-passe/${token}`;
	const text = m.mail.passwordLink.text({
		name: member.name,
		relayName,
		link,
		hours: PASSWORD_TOKEN_LIFETIME_HOURS
	});
	await enqueueMail(tx, {
		to: member.email,
		relayId: member.relayId,
		subject: m.mail.passwordLink.subject,
		text: `${text}\n\n${m.mail.signature(relayName)}`
	});
	return link;
}
