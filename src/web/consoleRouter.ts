/**
 * The browser voice console: the page at `/` (with its script and style under `/console/static/`) and
 * its JSON API under `/console/api/`.
 *
 *   POST /console/api/open  { conversationId }        "Alexa, open Back Coach": a new session, the welcome
 *   POST /console/api/say   { text, conversationId }  one line the user said or typed (an empty text
 *                                                     opens the conversation when no session is open)
 *
 * Both answer { parts, card, endSession, heard, status } (see ConsoleAnswer). A line is understood by the
 * same local NLU as the terminal console, sent to the skill as a real Alexa request in the conversation's
 * session, and the status is read from the user's stored document after the turn. The conversation id is
 * made by the browser and kept in its localStorage, so a returning browser is the same user
 * (`amzn1.ask.account.web-<id>`).
 */
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { z } from 'zod';
import { endsSession } from '../console/alexaRequest';
import type { SlotValue } from '../console/nlu';
import type { Logger } from '../log';
import { KeyedQueue } from '../store/keyedQueue';
import type { UserStore } from '../store/userStore';
import { CONVERSATION_ID, Conversations, DEFAULT_LIMITS, userIdFor, type ConversationLimits } from './conversations';
import { sharedNlu } from './sharedNlu';
import { speechParts, type ConsolePart } from './speechParts';
import { consoleStatus, type ConsoleStatus } from './status';

export interface ConsoleRouterDependencies {
  /** The skill: an Alexa request in, the Alexa response out. */
  invoke: (request: RequestEnvelope) => Promise<ResponseEnvelope>;
  /** The store the skill writes to; read after each turn for the status panel. */
  store: UserStore;
  logger: Logger;
  /** The application id the requests carry; must be the skill's id when the skill checks it. */
  applicationId?: string;
  /** Where index.html, app.js and style.css are (default: ./public next to this file). */
  publicDir?: string;
  limits?: ConversationLimits;
}

export interface ConsoleAnswer {
  parts: ConsolePart[];
  card: { title: string; text: string } | null;
  endSession: boolean;
  /** What the line was understood as; null for the opening of a conversation. */
  heard: { intent: string; slots: Record<string, SlotValue> } | null;
  status: ConsoleStatus | null;
}

/** Enough for any line a person says; the body limit below keeps requests small. */
export const MAX_TEXT = 500;
const BODY_LIMIT = '4kb';

const conversationId = z
  .string({ error: 'conversationId must be a string' })
  .regex(CONVERSATION_ID, { error: 'conversationId must be 1 to 64 letters, digits or dashes' });
const openBody = z.object({ conversationId });
const sayBody = z.object({
  conversationId,
  text: z.string({ error: 'text must be a string' }).max(MAX_TEXT, { error: `text must be at most ${MAX_TEXT} characters` }),
});

class ClientError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const parse = <T>(schema: z.ZodType<T>, body: unknown): T => {
  if (body === undefined || body === null || typeof body !== 'object') {
    throw new ClientError(400, 'Send a JSON object with Content-Type: application/json');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new ClientError(400, result.error.issues.map((i) => i.message).join('; '));
  return result.data;
};

const cardOf = (card: ui.Card | undefined): ConsoleAnswer['card'] => {
  if (card?.type === 'Simple') return { title: card.title ?? '', text: card.content ?? '' };
  if (card?.type === 'Standard') return { title: card.title ?? '', text: card.text ?? '' };
  return null;
};

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const createConsoleRouter = (deps: ConsoleRouterDependencies): express.Router => {
  const { invoke, store, logger } = deps;
  const publicDir = deps.publicDir ?? path.join(__dirname, 'public');
  const conversations = new Conversations(deps.applicationId, deps.limits ?? DEFAULT_LIMITS);
  // One turn at a time per conversation: each request carries the session attributes the previous left.
  const queue = new KeyedQueue();
  const router = express.Router();

  const turn = async (id: string, text: string | null): Promise<ConsoleAnswer> => {
    const started = performance.now();
    const session = conversations.session(id);
    let envelope: RequestEnvelope;
    let heard: ConsoleAnswer['heard'] = null;
    if (text === null) {
      // Opening again (the page was reloaded): the old session ends as when the user walks away.
      const ending = session.end('USER_INITIATED');
      if (ending) await invoke(ending).catch((error: unknown) => logger.warn({ err: error }, 'console: ending the previous session failed'));
      envelope = session.launch();
    } else if (!text.trim()) {
      if (session.isOpen) throw new ClientError(400, 'text is empty: type or say something');
      envelope = session.launch();
    } else {
      const understanding = await (await sharedNlu()).understand(text);
      heard = { intent: understanding.intent, slots: understanding.slots };
      envelope = session.intent(understanding);
    }
    let response: ResponseEnvelope;
    try {
      response = await invoke(envelope);
    } catch (error) {
      session.drop();
      logger.error({ err: error, request: envelope.request.type }, 'console: the skill failed');
      throw new ClientError(502, 'The coach could not answer. Try again.');
    }
    session.receive(response);
    let status: ConsoleStatus | null = null;
    try {
      status = consoleStatus(await store.get(userIdFor(id)));
    } catch (error) {
      // The skill has already told the user; the panel just stays empty.
      logger.warn({ err: error }, 'console: cannot read the document for the status');
    }
    const answer: ConsoleAnswer = {
      parts: speechParts(response.response?.outputSpeech),
      card: cardOf(response.response?.card),
      endSession: endsSession(response),
      heard,
      status,
    };
    logger.debug({ request: envelope.request.type, intent: heard?.intent, ms: Math.round(performance.now() - started) }, 'console turn');
    return answer;
  };

  const page = (_req: Request, res: Response): void => {
    res.sendFile('index.html', {
      root: publicDir,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' },
    });
  };
  router.get('/', page);
  router.get('/console', page);
  router.use('/console/static', express.static(publicDir, { index: false }));

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT }));
  api.post('/open', async (req, res) => {
    const { conversationId: id } = parse(openBody, req.body);
    // Start training now, so the first typed line does not wait for it.
    void sharedNlu().catch((error: unknown) => logger.error({ err: error }, 'console: NLU training failed'));
    res.json(await queue.run(id, () => turn(id, null)));
  });
  api.post('/say', async (req, res) => {
    const { conversationId: id, text } = parse(sayBody, req.body);
    res.json(await queue.run(id, () => turn(id, text)));
  });
  api.use((_req, res) => {
    res.status(404).json({ error: 'No such console API' });
  });
  api.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof ClientError) return void res.status(error.status).json({ error: error.message });
    const http = error as { status?: number; type?: string };
    if (http.type === 'entity.parse.failed') return void res.status(400).json({ error: 'The body is not valid JSON' });
    if (http.type === 'entity.too.large') return void res.status(413).json({ error: `The body is larger than ${BODY_LIMIT}` });
    if (typeof http.status === 'number' && http.status >= 400 && http.status < 500) {
      return void res.status(http.status).json({ error: 'Bad request' });
    }
    logger.error({ err: error }, 'console: request failed');
    res.status(500).json({ error: 'Something went wrong on the server' });
  });
  router.use('/console/api', api);
  return router;
};
