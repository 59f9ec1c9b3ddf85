/**
 * The one factory every host's composition root builds its runtime with, so that every host is wired the same way: the
 * store its settings name, the one turn runner over that store (each turn one atomic update of the driver's document),
 * the reader of a driver's document that takes no turn, and the local NLU as the host loads it (a worker thread on the
 * server and the terminal, the bundle's own file on the Lambda; none where no line comes in words).
 */
import type { StoreSettings } from './config/storeEnv';
import type { Logger } from './log';
import type { NluHost } from './nlu/loadOnce';
import { createStore, type UserStore } from './store';
import { createDocumentReader, type DocumentReader } from './turns/documentReader';
import { createTurnRunner, type TurnRunner } from './turns/turnRunner';

export interface Runtime<Understanding extends NluHost | null> {
  store: UserStore;
  runTurn: TurnRunner;
  readDocument: DocumentReader;
  /** The local NLU, loaded once on first use; null on a host that reads no lines in words. */
  nlu: Understanding;
}

export interface RuntimeSettings<Understanding extends NluHost | null> {
  store: StoreSettings;
  logger: Logger;
  nlu: Understanding;
}

export const createRuntime = <Understanding extends NluHost | null>({ store: settings, logger, nlu }: RuntimeSettings<Understanding>): Runtime<Understanding> => {
  const store = createStore(settings);
  return { store, runTurn: createTurnRunner({ store, logger }), readDocument: createDocumentReader({ store }), nlu };
};
