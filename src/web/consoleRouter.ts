/**
 * The browser voice console: the page at `/` and its JSON API under `/console/api`.
 * (First cut: the page and the API grow in the next commits.)
 */
import express from 'express';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Logger } from '../log';
import type { UserStore } from '../store/userStore';

export interface ConsoleRouterDependencies {
  invoke: (request: RequestEnvelope) => Promise<ResponseEnvelope>;
  store: UserStore;
  logger: Logger;
}

export const createConsoleRouter = (deps: ConsoleRouterDependencies): express.Router => {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').send('<!doctype html><title>Back Coach</title><p>Back Coach console</p>');
  });
  router.post('/console/api/say', (_req, res) => {
    deps.logger.debug('console say');
    res.status(503).json({ error: 'The console is not ready yet.' });
  });
  return router;
};
