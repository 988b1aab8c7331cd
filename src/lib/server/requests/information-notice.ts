/**
 * The version of the information notice (GDPR art. 13) shown with the form; stored with each
 * request's consent so that what the family read can be found again. Change it whenever the
 * notice's text changes in any language (`requestForm.send.notice` of the French, English and
 * Arabic catalogues: a family reads the one of its page, and all say the same).
 */
export const INFORMATION_NOTICE_VERSION = '2026-12-03';
