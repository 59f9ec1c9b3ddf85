/**
 * Stands in for pino in the Lambda bundle (scripts/build-lambda.mjs aliases `pino` to this file): the JSON lines pino
 * writes, one a call, on the destination src/log.ts names (stderr, written at once): the level's number, the time,
 * the base fields (else the process id and host name), the call's fields and `msg`; an error under `err` as its type,
 * message, stack and own fields. It does what src/log.ts and its callers ask of pino (a logger at a level, and its
 * fatal, error, warn, info, debug and trace, and whether it writes a level's lines) and nothing else. Loading pino and all it loads (worker threads for its
 * transports, stream machinery, redaction) was about a tenth of a cold start.
 */
import { writeSync } from 'node:fs';
import { hostname } from 'node:os';

const LEVELS: Readonly<Record<string, number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

interface Options {
  level?: string;
  base?: Record<string, unknown>;
}

interface Destination {
  fd: number;
}

/** An error as pino's own serializer writes it. */
const errorFields = (error: Error): Record<string, unknown> => ({ ...error, type: error.constructor.name, message: error.message, stack: error.stack });

/** JSON of a line; a value met twice on one path (a cycle) is written as pino writes it. */
const lineJson = (line: Record<string, unknown>): string => {
  const path: unknown[] = [];
  return JSON.stringify(line, function (this: unknown, _key, value: unknown) {
    if (typeof value !== 'object' || value === null) return value;
    while (path.length > 0 && path[path.length - 1] !== this) path.pop();
    if (path.includes(value)) return '[Circular]';
    path.push(value);
    return value;
  });
};

/** Written in full before the call returns, as pino's synchronous destination does; a full pipe is waited for. */
const writeLine = (fd: number, line: string): void => {
  const bytes = Buffer.from(line);
  for (let written = 0, tries = 0; written < bytes.length; ) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || ++tries > 1000) throw error;
    }
  }
};

const pino = (options: Options = {}, destination: Destination = { fd: 1 }) => {
  const threshold = LEVELS[options.level ?? 'info'];
  if (threshold === undefined) throw new Error(`unknown log level ${options.level}`);
  // As in pino, the base fields stand in for the process id and host name.
  const head = options.base ?? { pid: process.pid, hostname: hostname() };
  const at = (name: string) => {
    const level = LEVELS[name] ?? 0;
    if (level < threshold) return () => undefined;
    return (fieldsOrMessage?: unknown, message?: string): void => {
      let own: Record<string, unknown> = {};
      let msg = typeof fieldsOrMessage === 'string' ? fieldsOrMessage : message;
      if (fieldsOrMessage instanceof Error) {
        own = { err: errorFields(fieldsOrMessage) };
        msg ??= fieldsOrMessage.message;
      } else if (typeof fieldsOrMessage === 'object' && fieldsOrMessage !== null) {
        own = { ...fieldsOrMessage };
        if (own.err instanceof Error) own.err = errorFields(own.err);
      }
      writeLine(destination.fd, `${lineJson({ level, time: Date.now(), ...head, ...own, ...(msg === undefined ? {} : { msg }) })}\n`);
    };
  };
  const isLevelEnabled = (name: string): boolean => (LEVELS[name] ?? 0) >= threshold;
  return { level: options.level ?? 'info', isLevelEnabled, fatal: at('fatal'), error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug'), trace: at('trace') };
};

pino.destination = ({ dest }: { dest: number; sync?: boolean }): Destination => ({ fd: dest });

export default pino;
