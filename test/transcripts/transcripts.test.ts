/**
 * Every `.transcript` file in this folder, played three ways, each by a new user: into the coach core as the consoles
 * hand it a line (the local NLU's readings and the words), on Alexa (the built Lambda bundle, through the real interaction model) and on Dialogflow (the
 * webhook over HTTP). The core's reply must match each `A:` line; Alexa must say the core's words with as much
 * quiet; Dialogflow's telephony SSML must be Alexa's. At the end the three stored documents must be the same.
 *
 * Run `npm run build` first: the Alexa user talks to lambda/dist/index.js.
 *
 * Alexa's side is matched by virtual-alexa, which takes a line only when it is one of the interaction model's
 * samples, knows number words only up to twenty, and cannot split two slots side by side ("forty pounds"). So
 * answer a weight with its number alone ("U: 40") and write numbers above twenty in digits ("U: 30 seconds"), as
 * Alexa itself hands numbers to the skill.
 */
import type { UserDocument } from '../../src/core/document';
import type { Nlu } from '../../src/nlu/nlu';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { useDataDir } from '../alexa/transcript';
import { startSettingsApi, type SettingsApi } from '../support/settingsApi';
import { startTestServer, TestClock, type TestServer } from '../../support/testServer';
import { readTranscripts, type Transcript } from './transcriptFile';
import { expectAlexaSaidTheSame, expectConversationRules, expectDialogflowSaidTheSame, expectReplyLine } from './turnChecks';
import { createLogger } from '../../src/log';
import { heardInWords } from '../../src/nlu/readLine';
import { AlexaUser, CoreUser, DialogflowUser, opensTheCoach } from './users';

const quiet = createLogger('silent');

const alexaDataDir = useDataDir();
const transcripts = readTranscripts();

let nlu: Nlu;
let server: TestServer;
let settings: SettingsApi;

beforeAll(async () => {
  nlu = await sharedNlu();
  server = await startTestServer({ verifyAlexa: false, clock: new TestClock('2024-01-01T00:00:00Z') });
  settings = await startSettingsApi(null);
});
afterAll(async () => {
  await settings?.close();
  await server?.close();
});

/** The document but for whose it is, and the requests a host's turn runner remembers (the coach alone has none). */
const sameApartFromUser = (document: UserDocument | null) => (document ? { ...document, userId: 'the user', recentTurns: [] } : null);

const play = async (transcript: Transcript) => {
  const core = new CoreUser(`core:${transcript.name}`);
  const alexa = new AlexaUser(settings, alexaDataDir);
  const dialogflow = new DialogflowUser(server, `transcript-${transcript.name.replace(/\W+/g, '-')}`);

  for (const turn of transcript.turns) {
    const understood = await nlu.understand(turn.said);
    // As the consoles hand a line to the coach: the local NLU's readings and the words, read by the question asked.
    const opens = opensTheCoach(turn.said, understood);
    const reply = core.take(turn, opens ? { type: 'launch' } : await heardInWords(turn.said, () => Promise.resolve(nlu), quiet, {}, undefined, 'en'));
    expectReplyLine(transcript, turn, reply);
    expectConversationRules(transcript, turn, reply);

    const heard = await alexa.take(turn, opens);
    expectAlexaSaidTheSame(transcript, turn, reply, heard);

    const answer = await dialogflow.take(turn, understood);
    expectDialogflowSaidTheSame(transcript, turn, heard, answer);
  }

  const [onAlexa, onDialogflow] = await Promise.all([alexa.stored(), dialogflow.stored()]);
  expect(sameApartFromUser(onAlexa)).toEqual(sameApartFromUser(core.document));
  expect(sameApartFromUser(onDialogflow)).toEqual(sameApartFromUser(core.document));
};

test('there are transcripts to play', () => {
  expect(transcripts.length).toBeGreaterThan(0);
});

test.each(transcripts.map((t) => [t.name, t] as const))('%s, in the core, on Alexa and on Dialogflow', async (_name, transcript) => {
  await play(transcript);
});
