import { PassThrough, Readable } from 'node:stream';
import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ConsoleSession } from '../../src/console/alexaRequest';
import { BANNER, runConversation, type SkillHandler } from '../../src/console/conversation';
import { createNlu, type Nlu } from '../../src/console/nlu';

let nlu: Nlu;
beforeAll(async () => {
  nlu = await createNlu();
});

const speak = (ssml: string, open: boolean): ResponseEnvelope['response'] => ({
  outputSpeech: { type: 'SSML', ssml: `<speak>${ssml}</speak>` },
  ...(open ? { reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Well?</speak>' } } } : {}),
  shouldEndSession: !open,
});

/** A stand-in skill that answers a few requests and records what it was sent, and when. */
const fakeSkill = () => {
  const seen: RequestEnvelope[] = [];
  const log: string[] = [];
  let busy = false;
  const handler: SkillHandler = async (envelope) => {
    if (busy) throw new Error('called while still handling the previous request');
    busy = true;
    seen.push(envelope);
    const request = envelope.request;
    log.push(request.type === 'IntentRequest' ? (request as IntentRequest).intent.name : request.type);
    await new Promise((resolve) => setTimeout(resolve, 5));
    busy = false;
    switch (request.type) {
      case 'LaunchRequest':
        return {
          version: '1.0',
          response: {
            ...speak('Welcome. This is not medical advice. <break time="1s"/> Pounds or kilograms?', true),
            card: { type: 'Simple', title: 'Safety notice', content: 'Informational only.' },
          },
        };
      case 'IntentRequest': {
        const { intent } = request as IntentRequest;
        if (intent.name === 'AMAZON.HelpIntent') throw new Error('boom');
        if (intent.name === 'AMAZON.StopIntent') return { version: '1.0', response: speak('Saved. Bye.', false) };
        const count = intent.slots?.count?.value;
        return {
          version: '1.0',
          sessionAttributes: { turns: seen.length },
          response: speak(count ? `Got ${count} &amp; noted. <break time="10s"/><break time="10s"/> Go.` : `Heard ${intent.name}.`, true),
        };
      }
      default:
        return { version: '1.0', response: {} };
    }
  };
  return { handler, seen, log };
};

const run = async (lines: string, options: { debug?: boolean } = {}) => {
  const skill = fakeSkill();
  const output = new PassThrough();
  const errors = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  errors.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await runConversation({
    handler: skill.handler,
    nlu,
    session: new ConsoleSession(),
    input: Readable.from([lines]),
    output,
    errors,
    interactive: false,
    live: false,
    speed: 0,
    color: false,
    debug: options.debug ?? false,
  });
  return { ...skill, out, err };
};

describe('the console conversation', () => {
  it('opens the skill, then sends each piped line in turn and prints every reply', async () => {
    const { out, log } = await run('pounds\nI got twelve\nstop\n');
    expect(log).toEqual(['LaunchRequest', 'UnitsIntent', 'CountIntent', 'AMAZON.StopIntent']);
    expect(out.split('\n')).toEqual([
      BANNER,
      'Coach: Welcome. This is not medical advice.',
      '  [pause 1s]',
      'Coach: Pounds or kilograms?',
      '[card] Safety notice: Informational only.',
      'You: pounds',
      'Coach: Heard UnitsIntent.',
      'You: I got twelve',
      'Coach: Got 12 & noted.',
      '  [pause 20s]',
      'Coach: Go.',
      'You: stop',
      'Coach: Saved. Bye.',
      '',
    ]);
  });

  it('sends a SessionEndedRequest when the user leaves an open session, and stops at "exit"', async () => {
    const { log, seen } = await run('twelve\nexit\nyes\n');
    expect(log).toEqual(['LaunchRequest', 'CountIntent', 'SessionEndedRequest']);
    expect(seen[2].session?.attributes).toEqual({ turns: 2 });
  });

  it('opens a new session for the next line after the skill ended one', async () => {
    const { seen, log } = await run('stop\ntwelve\n');
    expect(log).toEqual(['LaunchRequest', 'AMAZON.StopIntent', 'CountIntent', 'SessionEndedRequest']);
    expect(seen.map((e) => e.session?.new)).toEqual([true, false, true, false]);
  });

  it('reports a failing skill clearly and carries on', async () => {
    const { out, err, log } = await run('help\ntwelve\n');
    expect(err).toMatch(/\[error\] The skill failed on IntentRequest:\nError: boom/);
    expect(out).toMatch(/Coach: Got 12/);
    expect(log).toEqual(['LaunchRequest', 'AMAZON.HelpIntent', 'CountIntent', 'SessionEndedRequest']);
  });

  it('lets a person at a terminal talk over a countdown, as "If you finish early, just tell me" invites', async () => {
    const skill = fakeSkill();
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Once the 20-second pause has started, the user answers.
      if (out.includes('[pause 20s]') && !input.writableEnded) input.end('stop\n');
    });
    const started = Date.now();
    const running = runConversation({
      handler: skill.handler,
      nlu,
      session: new ConsoleSession(),
      input,
      output,
      errors: new PassThrough(),
      interactive: true,
      live: false,
      speed: 1,
      color: false,
      debug: false,
    });
    // The launch reply pauses a second before the question; answer after it.
    setTimeout(() => input.write('twelve\n'), 1500);
    await running;
    expect(Date.now() - started).toBeLessThan(10000);
    expect(skill.log).toEqual(['LaunchRequest', 'CountIntent', 'AMAZON.StopIntent']);
    expect(out).toMatch(/Coach: Got 12 & noted\.\n {2}\[pause 20s\]\n[^\n]*\n? {2}\(interrupted\)\nYou: stop\nCoach: Saved\. Bye\./);
    expect(out).not.toContain('Coach: Go.');
  });

  it('shows what each line was heard as when debugging', async () => {
    const { out } = await run('make it 35 pounds\n', { debug: true });
    expect(out).toContain('  (heard: WeightIntent weight=35 unit=lb)');
    expect(out).toContain('  (reprompt: Well?)');
  });
});
