/**
 * The milliseconds since it was started, on the process's monotonic clock. Not `performance.now()`: the first read of
 * Node's global `performance` loads perf_hooks, which a Lambda's cold start would pay for one log line's figure.
 */
export const startStopwatch = (): (() => number) => {
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e6;
};
