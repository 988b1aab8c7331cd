import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';

export const signInSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1, m.auth.signIn.emailRequired)
		.max(254, m.auth.signIn.emailInvalid)
		.pipe(z.email(m.auth.signIn.emailInvalid)),
	password: z.string().min(1, m.auth.signIn.passwordRequired).max(200, m.auth.signIn.invalid)
});
