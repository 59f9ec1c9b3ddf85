/**
 * Stands in for pino's `thread-stream` in the Lambda bundle. pino loads it with its transports, which run log
 * targets in worker threads; the Lambda logs to stderr through pino.destination and never starts one, so the
 * bundle does not carry the real module. Starting a transport here fails loudly instead of quietly logging nowhere.
 */
module.exports = class ThreadStream {
  constructor() {
    throw new Error('pino transports are not bundled in the Lambda: log through pino.destination');
  }
};
