import { KeyedQueue, QueueWaitTimeout } from '../../src/store/keyedQueue';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('KeyedQueue', () => {
  it('runs tasks under one key one at a time, in the order they were queued', async () => {
    const queue = new KeyedQueue();
    const order: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const tasks = Array.from({ length: 20 }, (_, i) =>
      queue.run('user', async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, (20 - i) % 3));
        order.push(i);
        running -= 1;
        return i;
      }),
    );
    expect(await Promise.all(tasks)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(maxRunning).toBe(1);
  });

  it('runs tasks under different keys in parallel', async () => {
    const queue = new KeyedQueue();
    const aStarted = deferred();
    const bStarted = deferred();
    // Each task waits for the other one to have started: this only finishes if they overlap.
    const a = queue.run('a', async () => {
      aStarted.resolve();
      await bStarted.promise;
      return 'a';
    });
    const b = queue.run('b', async () => {
      bStarted.resolve();
      await aStarted.promise;
      return 'b';
    });
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
  });

  it('passes a failure to its caller only, and keeps running the tasks behind it', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('user', () => Promise.reject(new Error('boom')));
    const throwingSync = queue.run('user', () => {
      throw new Error('sync boom');
    });
    const next = queue.run('user', () => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('boom');
    await expect(throwingSync).rejects.toThrow('sync boom');
    await expect(next).resolves.toBe('ran');
  });

  it('forgets a key once its work has drained', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const first = queue.run('a', () => gate.promise);
    const second = queue.run('b', () => Promise.resolve());
    expect(queue.size).toBe(2);
    await second;
    gate.resolve();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(queue.size).toBe(0);
  });

  describe('with a longest wait', () => {
    it('drops a task that waited too long without ever running it, and keeps the order of the others', async () => {
      const queue = new KeyedQueue();
      const gate = deferred();
      const ran: string[] = [];
      const first = queue.run('user', async () => {
        await gate.promise;
        ran.push('first');
      });
      const impatient = queue.run('user', () => Promise.resolve(void ran.push('impatient')), { waitMs: 20 });
      const patient = queue.run('user', () => Promise.resolve(void ran.push('patient')));
      await expect(impatient).rejects.toBeInstanceOf(QueueWaitTimeout);
      expect(ran).toEqual([]);
      gate.resolve();
      await Promise.all([first, patient]);
      expect(ran).toEqual(['first', 'patient']);
    });

    it('runs a task that gets its turn in time, with nothing dropped', async () => {
      const queue = new KeyedQueue();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => queue.run('user', () => Promise.resolve(i), { waitMs: 1000 })),
      );
      expect(results).toEqual(Array.from({ length: 10 }, (_, i) => i));
    });
  });
});
