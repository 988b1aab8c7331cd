import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { PASSWORD_MIN_LENGTH, isCommonPassword } from '$lib/password-policy';

export const setPasswordSchema = z
	.object({
		password: z
			.string()
			.min(PASSWORD_MIN_LENGTH, m.auth.password.tooShort(PASSWORD_MIN_LENGTH))
			.max(200, m.auth.password.tooLong)
			.refine((value) => !isCommonPassword(value), { message: m.auth.password.tooCommon }),
		confirm: z.string()
	})
	.refine((value) => value.password === value.confirm, {
		message: m.auth.password.mismatch,
		path: ['confirm']
	});
