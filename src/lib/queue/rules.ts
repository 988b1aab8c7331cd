/**
 * The numbers behind the queue's rules, shared by the domain (which enforces them) and the
 * pages (which say them).
 */

/** "Unreachable" is a fact the contact log must show: this many unanswered attempts at least. */
export const UNREACHABLE_MIN_ATTEMPTS = 3;
/** A note's author may correct it this long after writing it. */
export const NOTE_EDIT_WINDOW_MS = 10 * 60 * 1000;
export const NOTE_MAX_LENGTH = 5000;
export const CONTACT_NOTE_MAX = 1000;
export const OUT_OF_TURN_REASON_MAX = 500;
export const TRANSFER_REASON_MAX = 500;
export const CLOSING_COMMENT_MAX = 1000;

/** The queue's `?statut=` for every open request (no `statut`: those awaiting an appointment). */
export const ALL_OPEN_PARAM = 'toutes';
