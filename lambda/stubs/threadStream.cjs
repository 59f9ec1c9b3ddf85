/**
 * Stands in for pino's `thread-stream` in the server's bundle (scripts/build-server.mjs; the Lambda's does not carry
 * pino at all, see lambda/logLines.ts). pino loads it with its transports, which run log targets in worker threads;
 * the server logs to stderr through pino.destination and never starts one, so the bundle does not carry the real
 * module. Starting a transport here fails loudly instead of quietly logging nowhere.
 */
module.exports = class ThreadStream {
  constructor() {
    throw new Error('pino transports are not bundled: log through pino.destination');
  }
};
