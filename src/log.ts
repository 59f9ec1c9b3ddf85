import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs to stdout (CloudWatch on Lambda). */
export const createLogger = (level: string = 'info'): Logger => pino({ level, base: { app: 'backcoach' } });
