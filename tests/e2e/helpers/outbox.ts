import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { E2E_OUTBOX_DIR } from './server';

function outboxFolder(): string {
	const { configFile, rootDir } = test.info().config;
	return path.resolve(configFile ? path.dirname(configFile) : rootDir, E2E_OUTBOX_DIR);
}

/**
 * The server has no mail server in the tests: its file transport drops each message in the
 * outbox folder as an .eml file, written whole (renamed into place), so it can be read here.
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

/** Waits for the mail sender (every 300 ms in the tests) to deliver a mail to `address`. */
export async function waitForMailTo(address: string): Promise<ParsedMail> {
	let found: ParsedMail | undefined;
	await expect
		.poll(
			async () => {
				found = (await readOutbox()).find((mail) =>
					recipients(mail).includes(address.toLowerCase())
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
		if (url.pathname.startsWith(pathPrefix)) return url;
	}
	throw new Error(`no link to ${pathPrefix} in:\n${mail.text ?? ''}`);
}
