/**
 * The terminal conversation: open the coach, then for each typed line take a turn through the console service
 * and show (and say) the reply. Lines are handled one at a time, each after the previous reply has been given in
 * full, whether they are typed or piped in.
 */
import { createInterface } from 'node:readline';
import type { ConsoleAnswer } from '../console/answer';
import type { ConsoleService } from '../console/consoleService';
import { present } from './render';

export interface ConversationOptions {
  console: ConsoleService;
  /** Who is talking (the user id the store keeps their progress under). */
  userId: string;
  /** The machine's time zone, sent with every line as the page sends the browser's. */
  timeZone?: string;
  /** The locale the coach speaks and listens in ("es-US"), sent with every line as the page sends the browser's; en-US when unset. */
  locale?: string;
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
  say?: (text: string) => Promise<void>;
}

export const BANNER = "Type what you would say to the coach. Ctrl+D or 'exit' quits.";

const QUIT = /^(exit|quit)$/i;

/** The event a line was read as: its type and its values ("count value=12", "units unit=kg"). */
export const describeHeard = (heard: NonNullable<ConsoleAnswer['heard']>): string => {
  const values = Object.entries(heard).flatMap(([name, value]) => (name === 'type' ? [] : [`${name}=${String(value)}`]));
  return [heard.type, ...values].join(' ');
};

const errorMessage = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

export const runConversation = async (options: ConversationOptions): Promise<void> => {
  const { output, userId } = options;
  const where = { timeZone: options.timeZone, locale: options.locale };
  const write = (text: string): void => {
    output.write(text);
  };
  const dim = (text: string): string => (options.color ? `\x1b[2m${text}\x1b[0m` : text);

  /** Set while a reply is being given to a person at a terminal, who may talk over it (barge-in). */
  let speaking: AbortController | null = null;
  /** Whether the coach is waiting for an answer (the last reply did not end the session). */
  let open = false;

  const exchange = async (take: () => Promise<ConsoleAnswer>): Promise<void> => {
    let answer: ConsoleAnswer;
    try {
      answer = await take();
    } catch (error) {
      options.errors.write(`[error] The coach could not answer:\n${errorMessage(error)}\n`);
      return;
    }
    open = !answer.endSession;
    if (options.debug && answer.heard) write(`${dim(`  (heard: ${describeHeard(answer.heard)})`)}\n`);
    speaking = options.interactive ? new AbortController() : null;
    await present(answer.speech, { write, live: options.live, speed: options.speed, say: options.say, signal: speaking?.signal });
    if (speaking?.signal.aborted) write(`${dim('  (interrupted)')}\n`);
    speaking = null;
    if (answer.card) write(`[card] ${answer.card.title}: ${answer.card.text}\n`);
    if (options.debug) {
      if (answer.reprompt) write(`${dim(`  (reprompt: ${answer.reprompt})`)}\n`);
      if (answer.endSession) write(`${dim('  (the coach stopped listening; the next line starts again)')}\n`);
    }
  };

  write(`${BANNER}\n`);
  await exchange(() => options.console.open(userId, where));

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
      await exchange(() => options.console.say(userId, line, where));
    }
    // No prompt when the next line was already typed over the reply: it is handled at once.
    if (options.interactive && !closed && bargedIn.length === 0) lines.prompt();
  }
  lines.close();
  if (options.interactive) write('\n');
  // Leaving mid-conversation is a dropped session: the coach remembers when, and offers to resume next time.
  if (open) await options.console.leave(userId, where).catch((error: unknown) => options.errors.write(`[error] ${errorMessage(error)}\n`));
};
