/**
 * Runs tasks one after another per key, in the order they were queued, while tasks under different keys run in
 * parallel. A task starts only after every task queued before it under the same key has settled (fulfilled or
 * rejected), so a failure never blocks the tasks behind it. Keys are forgotten once their queue drains, so the map
 * stays as small as the number of keys with work in flight.
 *
 * A task may be given a longest wait: if the tasks ahead of it have not settled by then, it is dropped from the
 * queue without ever running and its promise rejects with QueueWaitTimeout. The tasks behind it keep their place.
 */
export class QueueWaitTimeout extends Error {
  constructor(
    readonly key: string,
    readonly waitedMs: number,
  ) {
    super(`Gave up after waiting ${waitedMs} ms for earlier work on the same key`);
    this.name = 'QueueWaitTimeout';
  }
}

export interface QueueOptions {
  /** Longest time the task may wait for its turn; unbounded when absent. */
  waitMs?: number;
}

export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>, options: QueueOptions = {}): Promise<T> {
    const queued = this.tails.get(key);
    // A task with nothing queued before it starts at the next tick, before any timer could fire: its wait needs no timer.
    const bounded = queued !== undefined && options.waitMs !== undefined;
    const previous = queued ?? Promise.resolve();
    const result = bounded ? this.withDeadline(key, previous, task, options.waitMs!) : previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    // The next task waits for this one to settle; a task dropped for waiting too long settles at once, so the
    // next one waits for what this one was waiting for.
    const next = bounded ? Promise.all([tail, previous.then(noop, noop)]).then(noop) : tail;
    this.tails.set(key, next);
    void next.then(() => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys that currently have queued or running work. */
  get size(): number {
    return this.tails.size;
  }

  private withDeadline<T>(key: string, previous: Promise<unknown>, task: () => Promise<T>, waitMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let state: 'waiting' | 'running' | 'dropped' = 'waiting';
      const timer = setTimeout(() => {
        if (state !== 'waiting') return;
        state = 'dropped';
        reject(new QueueWaitTimeout(key, waitMs));
      }, waitMs);
      timer.unref?.();
      const start = (): void => {
        clearTimeout(timer);
        if (state === 'dropped') return;
        state = 'running';
        task().then(resolve, reject);
      };
      previous.then(start, start);
    });
  }
}

const noop = (): void => undefined;
