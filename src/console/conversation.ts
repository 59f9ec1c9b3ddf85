/**
 * The terminal conversation: open the skill, then for each typed line understand it, send it to the skill
 * as Alexa would, and show (and say) the reply. Lines are handled one at a time, each after the previous
 * reply has been given in full, whether they are typed or piped in.
 */
import { createInterface } from 'node:readline';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { ConsoleSession } from './alexaRequest';
import type { Nlu, Understanding } from './nlu';
import { present, ssmlToParts, type Part } from './render';

export type SkillHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export interface ConversationOptions {
  handler: SkillHandler;
  nlu: Nlu;
  session: ConsoleSession;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errors: NodeJS.WritableStream;
  /** A person types at a terminal: show a prompt (the terminal echoes what they type). */
  interactive: boolean;
  /** Pauses as a countdown updated in place. */
  live: boolean;
  /** 1 = real time, 0 = do not wait (see render.ts). */
  speed: number;
  /** Dim escape codes are understood by the output. */
  color: boolean;
  /** Show what each line was understood as. */
  debug: boolean;
  say?(text: string): Promise<void>;
}

export const BANNER = "Type what you would say to Alexa. Ctrl+D or 'exit' quits.";

const QUIT = /^(exit|quit)$/i;

export const describeUnderstanding = (u: Understanding): string => {
  const slots = Object.entries(u.slots).map(([name, slot]) => `${name}=${slot.id ?? slot.value}`);
  return [u.intent, ...slots].join(' ');
};

const speechParts = (speech: ResponseEnvelope['response']['outputSpeech']): Part[] => {
  if (!speech) return [];
  if (speech.type === 'SSML') return ssmlToParts(speech.ssml);
  return speech.text.trim() ? [{ kind: 'text', text: speech.text.trim() }] : [];
};

const cardLine = (card: ui.Card | undefined): string | null => {
  if (!card) return null;
  switch (card.type) {
    case 'Simple':
      return [card.title, card.content].filter(Boolean).join(': ');
    case 'Standard':
      return [card.title, card.text].filter(Boolean).join(': ');
    default:
      return card.type;
  }
};

const errorMessage = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

export const runConversation = async (options: ConversationOptions): Promise<void> => {
  const { output, session } = options;
  const write = (text: string): void => {
    output.write(text);
  };
  const dim = (text: string): string => (options.color ? `\x1b[2m${text}\x1b[0m` : text);

  /** Set while a reply is being given to a person at a terminal, who may talk over it (barge-in). */
  let speaking: AbortController | null = null;

  const exchange = async (envelope: RequestEnvelope): Promise<void> => {
    let response: ResponseEnvelope;
    try {
      response = await options.handler(envelope);
    } catch (error) {
      options.errors.write(`[error] The skill failed on ${envelope.request.type}:\n${errorMessage(error)}\n`);
      session.drop();
      return;
    }
    session.receive(response);
    const { outputSpeech, reprompt, card } = response.response ?? {};
    speaking = options.interactive ? new AbortController() : null;
    await present(speechParts(outputSpeech), {
      write,
      live: options.live,
      speed: options.speed,
      say: options.say,
      signal: speaking?.signal,
    });
    if (speaking?.signal.aborted) write(`${dim('  (interrupted)')}\n`);
    speaking = null;
    const cardText = cardLine(card);
    if (cardText) write(`[card] ${cardText}\n`);
    if (options.debug) {
      const again = speechParts(reprompt?.outputSpeech)
        .filter((p) => p.kind === 'text')
        .map((p) => p.text)
        .join(' ');
      if (again) write(`${dim(`  (reprompt: ${again})`)}\n`);
      if (!session.isOpen && envelope.request.type !== 'SessionEndedRequest') write(`${dim('  (session ended; the next line opens a new one)')}\n`);
    }
  };

  write(`${BANNER}\n`);
  await exchange(session.launch());

  const lines = createInterface({
    input: options.input,
    output: options.interactive ? output : undefined,
    terminal: options.interactive,
    prompt: 'You: ',
  });
  let closed = false;
  // A line typed while the coach talks or counts down cuts the reply short, as speaking to Alexa does
  // ("If you finish early, just tell me your count"); the loop below then handles that line.
  const bargedIn: string[] = [];
  lines.on('line', (line) => {
    if (!speaking || !line.trim()) return;
    bargedIn.push(line);
    speaking.abort();
  });
  lines.on('close', () => {
    closed = true;
  });
  // Ctrl+C: finish the current reply, then leave as with Ctrl+D (a second one, no longer caught, ends at once).
  lines.on('SIGINT', () => lines.close());

  if (options.interactive) lines.prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.test(line)) break;
    if (line) {
      // Piped lines are not echoed; a line typed over a countdown was drawn over, so show it again.
      const overwritten = bargedIn[0] === raw;
      if (overwritten) bargedIn.shift();
      if (!options.interactive || overwritten) write(`You: ${line}\n`);
      const understanding = await options.nlu.understand(line);
      if (options.debug) write(`${dim(`  (heard: ${describeUnderstanding(understanding)})`)}\n`);
      await exchange(session.intent(understanding));
    }
    // No prompt when the next line was already typed over the reply: it is handled at once.
    if (options.interactive && !closed && bargedIn.length === 0) lines.prompt();
  }
  lines.close();
  if (options.interactive) write('\n');

  const ending = session.end('USER_INITIATED');
  if (ending) await exchange(ending);
};
