import type { Logger } from '$lib/server/log';
import type { SessionUser } from '$lib/server/auth/session';
import type { Session } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted by a user to the support: the request id in the logs. */
			reference?: string;
		}
		interface Locals {
			requestId: string;
			log: Logger;
			user: SessionUser | null;
			session: Session | null;
		}
		interface PageData {
			user?: SessionUser | null;
		}
	}
}

export {};
