/**
 * One script of user turns, from the first launch through the baseline test and the first workout set, run on
 * Alexa (virtual-alexa, through the real interaction model, against the server's POST /alexa) and on Dialogflow
 * (webhook requests built with Dialogflow's protos, over HTTP with basic auth), each as its own user, on one
 * clock and in one time zone. Both platforms must say the same thing at every turn and leave the same document
 * in the store; only the user id differs.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { DialogflowClient } from '../../support/dialogflowClient';
import { alexaLikeNumbers } from '../support/virtualAlexaNumbers';
import { startSettingsApi, type SettingsApi } from '../support/settingsApi';
import { startTestServer, TestClock, type TestServer } from '../../support/testServer';

const MODEL = 'skill-package/interactionModels/custom/en-US.json';
const ZONE = 'America/Chicago';

type Slots = Record<string, string>;

/** A turn, as the Alexa intent and slots and as what Dialogflow sends for the same words. */
interface Turn {
  said: string;
  alexa: { intent: string; slots?: Slots } | 'launch';
  dialogflow: { intent: string; parameters?: Record<string, string | number> };
}

const turn = (said: string, alexaIntent: string, dialogflowIntent: string, slots: Slots = {}, parameters: Record<string, string | number> = {}): Turn => ({
  said,
  alexa: { intent: alexaIntent, slots },
  dialogflow: { intent: dialogflowIntent, parameters },
});

const SCRIPT: Turn[] = [
  { said: 'open back coach', alexa: 'launch', dialogflow: { intent: 'Default Welcome Intent' } },
  turn('yes', 'AMAZON.YesIntent', 'YesIntent'),
  turn('my left side', 'SideIntent', 'SideIntent', { side: 'left' }, { side: 'left' }),
  turn('twenty five pounds', 'WeightIntent', 'WeightIntent', { weight: '25', unit: 'pounds' }, { weight: 25, unit: 'lb' }),
  turn('go', 'ReadyIntent', 'ReadyIntent'),
  turn('I got ten', 'CountIntent', 'CountIntent', { count: '10' }, { count: 10 }),
  turn('thirteen', 'CountIntent', 'CountIntent', { count: '13' }, { count: 13 }),
  turn('yes', 'AMAZON.YesIntent', 'YesIntent'),
  turn('how am I doing', 'ProgressIntent', 'ProgressIntent'),
  turn('go', 'ReadyIntent', 'ReadyIntent'),
  turn('I got twelve', 'CountIntent', 'CountIntent', { count: '12' }, { count: 12 }),
  turn('I lost form', 'LostFormIntent', 'LostFormIntent'),
  turn('nine', 'CountIntent', 'CountIntent', { count: '9' }, { count: 9 }),
  turn('stop', 'AMAZON.StopIntent', 'StopIntent'),
];

let server: TestServer;
let settings: SettingsApi;

beforeAll(async () => {
  server = await startTestServer({ verifyAlexa: false, clock: new TestClock('2024-05-06T14:00:00.000Z'), defaultTimeZone: ZONE });
  settings = await startSettingsApi(ZONE);
});
afterAll(async () => {
  await settings.close();
  await server.close();
});

test('the same turns reach the same words and the same stored document on Alexa and on Dialogflow', async () => {
  const clock = server.clock;
  // Numbers as Alexa hears them: every number word, and no number where none was said.
  alexaLikeNumbers();
  const alexa = VirtualAlexa.Builder().skillURL(`${server.url}/alexa`).interactionModelFile(MODEL).create();
  alexa.context().device().setID('amzn1.ask.device.cross-platform');
  alexa.filter((request: RequestEnvelope) => {
    request.request.timestamp = clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    request.context.System.apiEndpoint = settings.url;
  });
  const dialogflow = new DialogflowClient({ url: server.url, session: 'cross-platform-1' });

  for (const step of SCRIPT) {
    clock.advanceMinutes(1);
    const alexaEnvelope = (step.alexa === 'launch' ? await alexa.launch() : await alexa.intend(step.alexa.intent, step.alexa.slots)) as {
      response: { outputSpeech?: { ssml?: string }; shouldEndSession?: boolean };
    };
    const answer = step.dialogflow.intent === 'Default Welcome Intent'
      ? await dialogflow.welcome()
      : await dialogflow.intent(step.dialogflow.intent, step.dialogflow.parameters, step.said);
    // The same words, down to the SSML: one coach, one SSML builder.
    expect({ said: step.said, ssml: answer.ssml }).toEqual({ said: step.said, ssml: alexaEnvelope.response.outputSpeech?.ssml });
    expect(answer.endInteraction).toBe(alexaEnvelope.response.shouldEndSession === true);
  }

  const alexaUser = alexa.context().user().id();
  const fromAlexa = await server.store.get(alexaUser);
  const fromDialogflow = await server.store.get('dialogflow:session:cross-platform-1');
  expect(fromAlexa).not.toBeNull();
  expect(fromDialogflow).not.toBeNull();

  // The baseline and the first set really are in there.
  expect(fromDialogflow?.tests).toEqual([expect.objectContaining({ kind: 'baseline', weakSide: 'left', weakReps: 10, strongReps: 13, weight: 25, unit: 'lb' })]);
  expect(fromDialogflow?.activity).toMatchObject({
    kind: 'workout',
    // "I lost form" in answer to set 2's count question marks set 2, the set just done.
    workout: { sets: [{ exercise: 'row', set: 1, weak: 12, strong: 12, formLost: false }, { exercise: 'row', set: 2, weak: 9, strong: 9, formLost: true }] },
  });

  expect(fromDialogflow?.activity).toMatchObject({ paused: false, stoppedAt: expect.any(String) });

  // The same replies, remembered under each platform's own request ids.
  const sameButIds = (doc: typeof fromAlexa) => ({ ...doc, userId: 'same user', recentTurns: doc?.recentTurns.map(({ reply }) => reply) });
  expect(sameButIds(fromDialogflow)).toEqual(sameButIds(fromAlexa));
});
