import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { COMMON_PASSWORDS } from './common-passwords';

// argon2id with the OWASP-recommended parameters (19 MiB, 2 iterations).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;

export function isCommonPassword(password: string): boolean {
	return COMMON_PASSWORDS.has(password.toLowerCase().replace(/\s+/g, ''));
}

/** The rule for a new password, with its French messages. */
export const newPasswordSchema = z
	.string()
	.min(PASSWORD_MIN_LENGTH, m.auth.password.tooShort(PASSWORD_MIN_LENGTH))
	.max(200, m.auth.password.tooLong)
	.refine((value) => !isCommonPassword(value), { message: m.auth.password.tooCommon });

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
