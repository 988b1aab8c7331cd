import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every mail to a family carries its tracking link: `enqueueFamilyMail` refuses a mail
 * without it. This keeps every other way to queue a mail out of the code, so that a new kind
 * of family mail cannot skip that function.
 */
const SRC = path.resolve('src');

/** The only files that may queue a mail themselves, and why. */
const DIRECT_SENDERS = new Map([
	['lib/server/mail/enqueue-mail.ts', 'the outbox itself'],
	['lib/server/requests/family-mail.ts', 'every mail to a family, with its tracking link'],
	[
		'lib/server/requests/rights/erasure-mail.ts',
		"to a family whose data were just erased: its tracking link is dead, and the mail must outlive the request's"
	],
	['lib/server/staff/password-link-mail.ts', 'to a staff member, who has no request'],
	['lib/server/directory/childminder-mail.ts', 'to a childminder, who has no request']
]);

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [full] : [];
	});
}

/** Whether a source queues a mail other than through enqueueFamilyMail. */
export function queuesMailDirectly(source: string): boolean {
	return /\benqueueMail\s*\(/.test(source) || /\binsert\(\s*mailOutbox\s*\)/.test(source);
}

describe('mails to families', () => {
	it('recognises a direct call to the outbox', () => {
		expect(queuesMailDirectly('await enqueueMail(tx, { to, subject, text });')).toBe(true);
		expect(queuesMailDirectly('await tx.insert(mailOutbox).values(row);')).toBe(true);
		expect(queuesMailDirectly('await enqueueFamilyMail(tx, recipient, compose);')).toBe(false);
	});

	it('all go through enqueueFamilyMail, which adds the tracking link', () => {
		const offenders = sourceFiles(SRC)
			.map((file) => path.relative(SRC, file).split(path.sep).join('/'))
			.filter((file) => !DIRECT_SENDERS.has(file))
			.filter((file) => queuesMailDirectly(readFileSync(path.join(SRC, file), 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('knows each allowed direct sender (a moved file must be listed again)', () => {
		for (const file of DIRECT_SENDERS.keys()) {
			expect(queuesMailDirectly(readFileSync(path.join(SRC, file), 'utf8'))).toBe(true);
		}
	});
});
