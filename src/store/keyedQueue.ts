/**
 * Runs tasks one after another per key, while tasks under different keys run in parallel.
 * A task starts only after every task queued before it under the same key has settled (fulfilled or rejected),
 * so a failure never blocks the tasks behind it. Keys are forgotten once their queue drains, so the map stays
 * as small as the number of keys with work in flight.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys that currently have queued or running work. */
  get size(): number {
    return this.tails.size;
  }
}
