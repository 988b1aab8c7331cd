/**
 * The version of the information notice (GDPR art. 13) shown with the form; stored with each
 * request's consent so that what the family read can be found again. Change it whenever the
 * notice's text in the catalogue (m.requestForm.send.notice) changes.
 */
export const INFORMATION_NOTICE_VERSION = '2026-11-23';
