import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs to stderr (CloudWatch on Lambda), so they never mix with a console's output. */
export const createLogger = (level: string = 'info'): Logger =>
  pino({ level, base: { app: 'backcoach' } }, pino.destination({ dest: 2, sync: true }));
