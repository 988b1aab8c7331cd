import pino from 'pino';

/** Structured JSON logs on stdout; each request logs with its request id (hooks.server.ts). */
export const logger = pino({
	level: process.env.LOG_LEVEL ?? 'info',
	base: { service: 'guichet' },
	timestamp: pino.stdTimeFunctions.isoTime,
	redact: { paths: ['password', '*.password', 'token', '*.token'], censor: '[redacted]' }
});
export type Logger = typeof logger;
