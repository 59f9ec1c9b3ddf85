/**
 * Graceful shutdown. On SIGTERM or SIGINT the server stops accepting connections, answers what it has already
 * received, lets every coach turn that has started finish (their store writes are awaited inside the turn, so a
 * finished turn is a written turn, even when its caller hung up), and exits 0. If that takes longer than the hard
 * timeout, the remaining connections are cut and the process exits 1. A second signal exits at once.
 */
import type { Server, ServerResponse } from 'node:http';
import type { Logger } from '../log';

/** Counts the work in flight (coach turns) and tells when there is none. */
export class WorkTracker {
  private running = 0;
  private waiters: (() => void)[] = [];

  get count(): number {
    return this.running;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await task();
    } finally {
      this.running -= 1;
      if (this.running === 0) this.waiters.splice(0).forEach((wake) => wake());
    }
  }

  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

export interface ShutdownOptions {
  logger: Logger;
  work: WorkTracker;
  /** Longest wait for in-flight requests before connections are cut. */
  timeoutMs: number;
  /** Human-readable progress lines (the terminal). */
  print: (line: string) => void;
}

export interface Lifecycle {
  isShuttingDown(): boolean;
  /** Stops the server; resolves with the exit code (0 clean, 1 when the timeout cut requests short). */
  shutdown(reason: string): Promise<number>;
}

export const manageLifecycle = (server: Server, { logger, work, timeoutMs, print }: ShutdownOptions): Lifecycle => {
  let stopping: Promise<number> | null = null;
  const open = new Set<ServerResponse>();

  server.on('request', (_req, res: ServerResponse) => {
    open.add(res);
    // A keep-alive client must not send more requests to a server that is going away.
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => {
      open.delete(res);
      if (stopping) server.closeIdleConnections();
    });
  });

  const shutdown = (reason: string): Promise<number> => {
    if (stopping) return stopping;
    stopping = new Promise<number>((settle) => {
      let settled = false;
      const resolve = (code: number) => {
        if (settled) return;
        settled = true;
        print(code === 0 ? 'Stopped.' : `Stopped after ${timeoutMs} ms with requests still open.`);
        settle(code);
      };
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
      const pending = Math.max(open.size, work.count);
      print(pending > 0 ? `${reason}: finishing ${pending} request${pending === 1 ? '' : 's'} in flight, then stopping.` : `${reason}: stopping.`);
      logger.info({ reason, openRequests: open.size, turns: work.count }, 'shutting down');
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        logger.error({ openRequests: open.size, turns: work.count, timeoutMs }, 'shutdown timed out; cutting connections');
        server.closeAllConnections();
        resolve(1);
      }, timeoutMs);
      timer.unref();
      void Promise.all([closed, work.idle()]).then(() => {
        clearTimeout(timer);
        resolve(0);
      });
    });
    return stopping;
  };

  return { isShuttingDown: () => stopping !== null, shutdown };
};

/** Wires SIGTERM and SIGINT to a graceful shutdown and exits with its code. */
export const exitOnSignals = (lifecycle: Lifecycle, exit: (code: number) => void = (code) => process.exit(code)): void => {
  const onSignal = (signal: NodeJS.Signals) => {
    if (lifecycle.isShuttingDown()) {
      exit(1);
      return;
    }
    void lifecycle.shutdown(`Received ${signal}`).then(exit);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
};
