/**
 * What an imported file may hold, checked before any work: a département's list is a few
 * thousand lines of a dozen columns; these leave room for the largest and refuse a tool's
 * flood. A file over a limit is refused whole, with a French message, and nothing is written.
 */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;
/** What a spreadsheet may unpack to: 50,000 lines of 60 columns, far above a real list. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Lines of data, the header not counted. */
export const MAX_DATA_LINES = 50_000;
export const MAX_COLUMNS = 60;
/** Characters in one cell (an address, a list of hours): more is not a list of people. */
export const MAX_CELL_CHARS = 1_000;
/** Lines imported per transaction: the progress moves, and a crash loses one batch at most. */
export const IMPORT_BATCH_LINES = 500;
/** A running import whose heartbeat is older than this has stopped (its server died). */
export const STALE_HEARTBEAT_MS = 2 * 60 * 1000;
/** Lines shown as they would import, on the mapping page. */
export const PREVIEW_LINES = 10;
