// The limits of exports and imports, in one place: the server enforces them, the account page's
// import form names them before sending a file. Plain numbers, so a client component can import
// this file without the server modules.

/**
 * The largest import body. An export writes one compact line per row, about 300 bytes per attempt:
 * 20 MB holds about 60 000 attempts, far more than a learner makes in a course. The body is held in
 * memory while it is validated, so the cap also bounds what one request can make the server hold.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The cap in words, for messages: "20 MB". */
export const MAX_IMPORT_SIZE_TEXT = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;

/** Exports per learner (JSON and CSV together) per window: a few downloads, not a flood. */
export const EXPORT_LIMIT = 10;
/** Imports per learner per window: room for a wrong file or two, not for endless retries. */
export const IMPORT_LIMIT = 5;
/** The window of both limits, and how long a learner who reaches one waits. */
export const TRANSFER_WINDOW_MS = 15 * 60 * 1000;
