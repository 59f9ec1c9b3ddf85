/**
 * The checks made at every turn of a transcript. A failure shows the conversation up to the turn that went
 * wrong, so a reader sees what the driver heard, not only the two lines that differ.
 */
import type { Reply } from '../../src/core/reply';
import { segmentsToSsml } from '../../src/speech/ssml';
import { replyProblems } from '../../support/conversation';
import type { WebhookAnswer } from '../../support/dialogflowClient';
import { matchesReplyLine, normalizeSpace, replyLine } from './replyLine';
import type { Transcript, TranscriptTurn } from './transcriptFile';
import type { AlexaHeard } from './users';

export class TranscriptMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptMismatch';
  }
}

const fail = (transcript: Transcript, turn: TranscriptTurn, problem: string, conversation: string[]): never => {
  throw new TranscriptMismatch(`${transcript.name}, line ${turn.replyLine + 1}: ${problem}\n\n${conversation.join('\n')}\n`);
};

/** The transcript as written, down to this turn's `U:` line. */
const linesUpTo = (transcript: Transcript, turn: TranscriptTurn): string[] => transcript.lines.slice(0, turn.saidLine + 1);

/** The core's reply, rendered as an `A:` line, must match the transcript's. */
export const expectReplyLine = (transcript: Transcript, turn: TranscriptTurn, reply: Reply): string => {
  const actual = replyLine(reply.speech);
  if (!matchesReplyLine(turn.expected, actual)) {
    fail(transcript, turn, 'the coach said something else.', [...linesUpTo(transcript, turn), `A: ${actual}`, `   expected: ${turn.expected}`]);
  }
  return actual;
};

/** The reply keeps DESIGN.md's rules for voice: within Alexa's limits, and an open reply ends with a question. */
export const expectConversationRules = (transcript: Transcript, turn: TranscriptTurn, reply: Reply): void => {
  const problems = replyProblems(reply, segmentsToSsml(reply.speech));
  if (problems.length > 0) {
    fail(transcript, turn, `the reply breaks the conversation rules: ${problems.join('; ')}.`, [...linesUpTo(transcript, turn), `A: ${replyLine(reply.speech)}`]);
  }
};

const spokenWords = (reply: Reply): string =>
  normalizeSpace(reply.speech.flatMap((s) => (s.kind === 'text' ? [s.text] : [])).join(' '));

const pauseSeconds = (reply: Reply): number => reply.speech.reduce((total, s) => total + (s.kind === 'pause' ? s.seconds : 0), 0);

/** Alexa must say the core's words, be quiet as long, and end the session when the core does. */
export const expectAlexaSaidTheSame = (transcript: Transcript, turn: TranscriptTurn, reply: Reply, heard: AlexaHeard): void => {
  const conversation = (problem: string, core: string, alexa: string) =>
    fail(transcript, turn, `on Alexa ${problem}`, [...linesUpTo(transcript, turn), `   core:  ${core}`, `   Alexa: ${alexa}`]);
  const words = spokenWords(reply);
  if (heard.words !== words) conversation('the coach said other words than the core.', words, heard.words);
  const quiet = pauseSeconds(reply);
  if (Math.abs(heard.breakSeconds - quiet) > 0.05) {
    conversation('the pauses add up to another length.', `${quiet.toFixed(1)} s of pauses`, `${heard.breakSeconds.toFixed(1)} s of breaks`);
  }
  if (heard.endSession !== reply.endSession) {
    conversation('the session ends on another turn.', `ends the session: ${reply.endSession}`, `ends the session: ${heard.endSession}`);
  }
};

/** Dialogflow's telephony speech must be Alexa's SSML (one coach, one SSML builder), ending on the same turn. */
export const expectDialogflowSaidTheSame = (transcript: Transcript, turn: TranscriptTurn, heard: AlexaHeard, answer: WebhookAnswer): void => {
  const conversation = (problem: string, alexa: string, dialogflow: string) =>
    fail(transcript, turn, `on Dialogflow ${problem}`, [...linesUpTo(transcript, turn), `   Alexa:      ${alexa}`, `   Dialogflow: ${dialogflow}`]);
  if (answer.ssml !== heard.ssml) conversation('the SSML differs from Alexa’s.', heard.ssml, answer.ssml);
  if (answer.endInteraction !== heard.endSession) {
    conversation('the session ends on another turn.', `ends the session: ${heard.endSession}`, `ends the interaction: ${answer.endInteraction}`);
  }
};
