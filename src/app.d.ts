import type { FamilyMessages } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';
import type { Logger } from '$lib/server/log';
import type { SessionUser } from '$lib/server/auth/session';
import type { Session } from '$lib/server/db/schema';
import type { Database } from '$lib/server/db/types';
import type { ChildminderSessionInfo } from '$lib/server/directory/childminder-auth/childminder-session';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted by a user to the support: the request id in the logs. */
			reference?: string;
			/** The database was out of reach: the page says "try again shortly" (a 503). */
			unavailable?: boolean;
		}
		interface Locals {
			requestId: string;
			log: Logger;
			/** The server's database (PostgreSQL or the embedded PGlite). */
			db: Database;
			user: SessionUser | null;
			session: Session | null;
			/** A childminder signed in by her link: her own pages only (never staff pages). */
			childminder: ChildminderSessionInfo | null;
			/** The page's language: the family's on family pages, French on staff pages. */
			locale: Locale;
			/** The family catalogue of that language: family code takes its texts from here. */
			t: FamilyMessages;
			/** Set when the database could not be reached: the answer becomes a 503. */
			databaseUnavailable?: boolean;
		}
		interface PageData {
			user?: SessionUser | null;
			locale?: Locale;
		}
	}
}

export {};
