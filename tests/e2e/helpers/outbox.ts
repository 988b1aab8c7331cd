import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { splitLocalePrefix } from '../../../src/lib/i18n/localized-path';
import { E2E_OUTBOX_DIR } from './server';

function outboxFolder(): string {
	const { configFile, rootDir } = test.info().config;
	return path.resolve(configFile ? path.dirname(configFile) : rootDir, E2E_OUTBOX_DIR);
}

/**
 * The portal delivers its mail by SMTP to the loopback server of the run (smtp-sink.mjs),
 * which writes each message received into this folder as an .eml file, whole (renamed into
 * place), so it can be read here.
 */
async function readOutbox(): Promise<ParsedMail[]> {
	const folder = outboxFolder();
	let names: string[];
	try {
		names = await readdir(folder);
	} catch {
		return [];
	}
	const emls = names.filter((name) => name.endsWith('.eml'));
	return Promise.all(
		emls.map(async (name) => simpleParser(await readFile(path.join(folder, name))))
	);
}

function recipients(mail: ParsedMail): string[] {
	const to: AddressObject[] = mail.to ? (Array.isArray(mail.to) ? mail.to : [mail.to]) : [];
	return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}

/**
 * Waits for the mail sender (every 300 ms in the tests) to deliver a mail to `address`; with
 * `matches`, the first such mail that matches (a second mail to the same family).
 */
export async function waitForMailTo(
	address: string,
	matches: (mail: ParsedMail) => boolean = () => true
): Promise<ParsedMail> {
	let found: ParsedMail | undefined;
	await expect
		.poll(
			async () => {
				found = (await readOutbox()).find(
					(mail) => recipients(mail).includes(address.toLowerCase()) && matches(mail)
				);
				return found !== undefined;
			},
			{ message: `no mail to ${address} in the outbox`, timeout: 15_000 }
		)
		.toBe(true);
	if (!found) throw new Error(`no mail to ${address}`);
	return found;
}

/** The first link in the mail's text whose path starts with `pathPrefix`, as written. */
export function linkIn(mail: ParsedMail, pathPrefix: string): URL {
	for (const raw of (mail.text ?? '').match(/https?:\/\/[^\s<>"]+/g) ?? []) {
		const url = new URL(raw);
		// A family link names its language first (`/fr/suivi/…`): the prefix is looked for after it.
		if (splitLocalePrefix(url.pathname).path.startsWith(pathPrefix)) return url;
	}
	throw new Error(`no link to ${pathPrefix} in:\n${mail.text ?? ''}`);
}

/** An invitation as a calendar reads it: the mail's text/calendar part, unfolded. */
export interface ReceivedInvitation {
	method: string;
	uid: string;
	sequence: number;
	status: string;
	/** The .ics file attached beside the alternative part carries the same calendar. */
	attachedAsFile: boolean;
}

function icsValue(ics: string, name: string): string {
	const unfolded = ics.replace(/\r?\n[ \t]/g, '');
	const line = unfolded.split(/\r?\n/).find((l) => l.split(/[;:]/)[0] === name);
	return line ? line.slice(line.indexOf(':') + 1) : '';
}

/**
 * Waits until `count` mails carrying a calendar invitation reached `address` through the
 * loopback SMTP server, and reads their invitations, oldest first.
 */
export async function waitForInvitations(
	address: string,
	count: number
): Promise<ReceivedInvitation[]> {
	let invitations: ReceivedInvitation[] = [];
	await expect
		.poll(
			async () => {
				const mails = (await readOutbox())
					.filter((mail) => recipients(mail).includes(address.toLowerCase()))
					.sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
				invitations = mails.flatMap((mail) => {
					const calendar = mail.attachments.find((a) => a.contentType === 'text/calendar');
					if (!calendar) return [];
					const ics = calendar.content.toString('utf8');
					const file = mail.attachments.find((a) => a.filename?.endsWith('.ics') && a !== calendar);
					return [
						{
							method: icsValue(ics, 'METHOD'),
							uid: icsValue(ics, 'UID'),
							sequence: Number(icsValue(ics, 'SEQUENCE')),
							status: icsValue(ics, 'STATUS'),
							attachedAsFile: file !== undefined && file.content.toString('utf8') === ics
						}
					];
				});
				return invitations.length;
			},
			{ message: `${count} invitations to ${address}`, timeout: 15_000 }
		)
		.toBe(count);
	return invitations;
}
