import type { Db } from '../db/types';
import { hitRateLimit } from '../rate-limit/hit-rate-limit';
import { HOUR_MS } from '$lib/time/durations';

/**
 * Limits of the open request form, per client address (`event.getClientAddress()`: behind a
 * proxy, only with ADDRESS_HEADER set, or every family shares the proxy's address). Each
 * draft holds up to 24 hours of whatever was posted, so without them one script fills the
 * database. Signed-in staff entering a request by phone or at the desk are not limited.
 *
 * Sized for real people behind one address (a carrier's NAT, a family centre's computer, a
 * relay's Wi-Fi during a workshop), not for one family:
 * - 20 new drafts an hour: a family starts one form, two if it starts again; 20 is ten
 *   families at once.
 * - 20 sent requests an hour: the same ten families, each sending a request or two.
 * - 300 step saves an hour: a family presses 10 to 30 times (5 steps, back and forth, adding
 *   a child, fixing a field); 300 is that for ten families.
 * - 32,000 characters per step: the longest real step is the need (a week's grid, about a
 *   hundred short fields) or the last one (a comment of 2,000 characters at most); ten times
 *   that is still a person. A whole draft thus stays under 200 KB, instead of 512 KB a post.
 */
export const NEW_DRAFTS_PER_HOUR = 20;
export const SUBMISSIONS_PER_HOUR = 20;
export const STEP_SAVES_PER_HOUR = 300;
export const MAX_STEP_CHARACTERS = 32_000;

export const NEW_DRAFT_BUCKET = 'request-draft-new';
export const STEP_SAVE_BUCKET = 'request-draft-step';
export const SUBMISSION_BUCKET = 'request-submit';

/** Counts one new draft for this address; false when it is over the limit. */
export const allowNewDraft = (db: Db, address: string, now = new Date()) =>
	hitRateLimit(db, {
		bucket: NEW_DRAFT_BUCKET,
		key: address,
		limit: NEW_DRAFTS_PER_HOUR,
		windowMs: HOUR_MS,
		now
	});

/** Counts one saved step for this address; false when it is over the limit. */
export const allowStepSave = (db: Db, address: string, now = new Date()) =>
	hitRateLimit(db, {
		bucket: STEP_SAVE_BUCKET,
		key: address,
		limit: STEP_SAVES_PER_HOUR,
		windowMs: HOUR_MS,
		now
	});

/** Counts one sent request for this address; false when it is over the limit. */
export const allowSubmission = (db: Db, address: string, now = new Date()) =>
	hitRateLimit(db, {
		bucket: SUBMISSION_BUCKET,
		key: address,
		limit: SUBMISSIONS_PER_HOUR,
		windowMs: HOUR_MS,
		now
	});
