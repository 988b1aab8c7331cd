import { COMMON_PASSWORDS } from './common-passwords';

/** The password rule for staff accounts; shared by the form (client) and the server. */
export const PASSWORD_MIN_LENGTH = 12;

export function isCommonPassword(password: string): boolean {
	return COMMON_PASSWORDS.has(password.toLowerCase().replace(/\s+/g, ''));
}
