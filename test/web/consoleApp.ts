/**
 * The console router mounted as the server mounts it, in front of the real skill and a lowdb store in a
 * throwaway directory, listening on 127.0.0.1 on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import pino from 'pino';
import { createAlexaSkill } from '../../src/alexa/skill';
import { LowdbUserStore } from '../../src/store';
import { createTurnRunner } from '../../src/turns/turnRunner';
import { createConsoleRouter } from '../../src/web/consoleRouter';

export interface ConsoleApp {
  url: string;
  store: LowdbUserStore;
  close(): Promise<void>;
}

export const startConsoleApp = async (): Promise<ConsoleApp> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'backcoach-web-'));
  const store = new LowdbUserStore(dataDir);
  const logger = pino({ level: 'silent' });
  const skill = createAlexaSkill({ runTurn: createTurnRunner({ store, logger }), defaultTimeZone: 'America/Chicago', logger });
  const app = express();
  app.use(createConsoleRouter({ invoke: (request) => skill.invoke(request), store, logger }));
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
