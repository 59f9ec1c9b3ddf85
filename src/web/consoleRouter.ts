/**
 * The browser console: the page at `/` (its modules and style under `/console/static/`) and its JSON API under
 * `/console/api/`, over the shared console service.
 *
 *   POST /console/api/open   { conversationId, timeZone?, locale?, requestId? }        opening the coach
 *   POST /console/api/say    { conversationId, text, timeZone?, locale?, requestId? }  one line the user typed or said
 *   POST /console/api/leave  { conversationId }                            the page was closed mid-conversation
 *
 * Each answers a ConsoleAnswer (src/console/answer.ts). The conversation id is made by the browser and kept in
 * its localStorage, so a returning browser is the same user. A refusal or a failure is the server's JSON error
 * (src/json/errors.ts): the page shows its own words for the error's code, in its language, never the message.
 */
import express, { type Request, type Response } from 'express';
import * as z from '../core/zod';
import type { ConsoleService } from '../console/consoleService';
import { errorHandler, HttpError, notFound } from '../json/errors';
import { refuseDeepJson } from '../json/bodyDepthGuard';
import type { Logger } from '../log';
import { PUBLIC_DIR } from '../publicDir';
import { PAGE_WORDS_MODULE } from './pageWordsModule';

export interface ConsoleRouterDependencies {
  console: ConsoleService;
  logger: Logger;
  /** Where index.html and the page's modules are (default: ./public next to this file). */
  publicDir?: string;
  /** Runs before every page and API request (the password, when the console is not on loopback). */
  guard?: express.RequestHandler;
}

/** Enough for any line a person says; the body limit below keeps requests small. */
export const MAX_TEXT = 500;
const BODY_LIMIT = '4kb';

/** A conversation id as the page makes it (a UUID); it names the user, so nothing else is accepted. */
export const CONVERSATION_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The user id of a browser conversation: a returning browser is the same user. */
export const userIdFor = (conversationId: string): string => `amzn1.ask.account.web-${conversationId}`;

const conversationId = z
  .string({ error: 'conversationId must be a string' })
  .check(z.regex(CONVERSATION_ID, { error: 'conversationId must be 1 to 64 letters, digits or dashes' }));
const where = {
  timeZone: z.optional(z.string().check(z.maxLength(64))),
  locale: z.optional(z.string().check(z.maxLength(16))),
  /** The page's id for this request (a UUID): the same request sent again is answered once. */
  requestId: z.optional(z.string().check(z.regex(CONVERSATION_ID, { error: 'requestId must be 1 to 64 letters, digits or dashes' }))),
};
const openBody = z.object({ conversationId, ...where });
const sayBody = z.object({
  conversationId,
  ...where,
  text: z
    .string({ error: 'text must be a string' })
    .check(
      z.maxLength(MAX_TEXT, { error: `text must be at most ${MAX_TEXT} characters` }),
      z.refine((t) => t.trim().length > 0, { error: 'text is empty: type or say something' }),
    ),
});

/** The codes of a line the page cannot send as it is, which the page words for the driver; any other refusal is bad_request. */
export const TEXT_EMPTY = 'text_empty';
export const TEXT_TOO_LONG = 'text_too_long';

/** The code of a body the schema refuses: a line that is empty or too long by its own code, anything else bad_request. */
const codeOf = (issues: readonly { path: readonly PropertyKey[]; code: string }[]): string => {
  const text = issues.find((issue) => issue.path[0] === 'text');
  if (text?.code === 'too_big') return TEXT_TOO_LONG;
  if (text?.code === 'custom') return TEXT_EMPTY;
  return 'bad_request';
};

const parse = <T>(schema: z.ZodMiniType<T>, body: unknown): T => {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'bad_request', 'Send a JSON object with Content-Type: application/json');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpError(400, codeOf(result.error.issues), result.error.issues.map((i) => i.message).join('; '));
  return result.data;
};

export const createConsoleRouter = (deps: ConsoleRouterDependencies): express.Router => {
  const { console: service, logger } = deps;
  const publicDir = deps.publicDir ?? PUBLIC_DIR;
  const router = express.Router();
  const guard: express.RequestHandler = deps.guard ?? ((_req, _res, next) => next());

  const page = (_req: Request, res: Response): void => {
    res.sendFile('index.html', {
      root: publicDir,
      // Its Content-Security-Policy is the app's (src/http/securityHeaders.ts).
      headers: { 'Cache-Control': 'no-cache' },
    });
  };
  router.get('/', guard, page);
  router.get('/console', guard, page);
  // The web app's manifest and its service worker, at the root so the worker looks after the whole page.
  router.get('/manifest.webmanifest', guard, (_req, res) => {
    res.sendFile('manifest.webmanifest', { root: publicDir, headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'no-cache' } });
  });
  router.get('/sw.js', guard, (_req, res) => {
    res.sendFile('sw.js', { root: publicDir, headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' } });
  });
  // The page's own words, made from the language folders' tables (./pageWordsModule.ts); not a file in publicDir.
  router.get('/console/static/pageWords.js', guard, (_req, res) => {
    res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).send(PAGE_WORDS_MODULE);
  });
  router.use('/console/static', guard, express.static(publicDir, { index: false }));

  const api = express.Router();
  api.use(guard, express.json({ limit: BODY_LIMIT, verify: refuseDeepJson() }));
  api.post('/open', async (req, res) => {
    const { conversationId: id, ...at } = parse(openBody, req.body);
    res.json(await service.open(userIdFor(id), at));
  });
  api.post('/say', async (req, res) => {
    const { conversationId: id, text, ...at } = parse(sayBody, req.body);
    res.json(await service.say(userIdFor(id), text.trim(), at));
  });
  api.post('/leave', async (req, res) => {
    const { conversationId: id, ...at } = parse(openBody, req.body);
    res.json(await service.leave(userIdFor(id), at));
  });
  api.use(notFound);
  api.use(errorHandler(logger));
  router.use('/console/api', api);
  return router;
};
