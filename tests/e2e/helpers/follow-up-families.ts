/**
 * The families `server/seed-follow-ups.ts` gives a request whose appointment was held 31 days
 * before the run: the server's first housekeeping mails them the 30-day follow-up. One per
 * project and attempt (a retry answers with a family of its own: an answer closes the
 * request), so no two runs of a test touch the same request.
 */
export const FOLLOW_UP_PROJECTS = ['desktop', 'mobile'] as const;
export const FOLLOW_UP_ATTEMPTS = 2;

export const followUpFamilyEmail = (project: string, attempt: number) =>
	`suivi-${project}-${attempt}@exemple.test`;

/** The seeded families, with a fixed idempotency key each (the seed may run twice). */
export const followUpFamilies = FOLLOW_UP_PROJECTS.flatMap((project, p) =>
	Array.from({ length: FOLLOW_UP_ATTEMPTS }, (_, attempt) => ({
		email: followUpFamilyEmail(project, attempt),
		idempotencyKey: `00000000-0000-4000-8000-0000000f${String(p)}${String(attempt).padStart(3, '0')}`
	}))
);
