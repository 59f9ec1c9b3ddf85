import { segmentsToSsml } from '../../src/speech/ssml';
import { present, ssmlToParts, unescapeSsml, type Part } from '../../src/console/render';

describe('ssmlToParts', () => {
  it('turns SSML into lines and pauses, unescaping entities and adding up pauses in a row', () => {
    const ssml =
      '<speak>Rest 60 seconds &amp; breathe. <break time="10s"/> <break time="10s"/> <break time="10s"/> ' +
      '30 seconds. <break time="10s"/> <break time="10s"/> 10 seconds. <break time="10s"/> Go! ' +
      'Say &quot;ready&quot; when you&apos;re set &lt;left side&gt;.<break time="500ms"/></speak>';
    expect(ssmlToParts(ssml)).toEqual<Part[]>([
      { kind: 'text', text: 'Rest 60 seconds & breathe.' },
      { kind: 'pause', seconds: 30 },
      { kind: 'text', text: '30 seconds.' },
      { kind: 'pause', seconds: 20 },
      { kind: 'text', text: '10 seconds.' },
      { kind: 'pause', seconds: 10 },
      { kind: 'text', text: 'Go! Say "ready" when you\'re set <left side>.' },
      { kind: 'pause', seconds: 0.5 },
    ]);
  });

  it('reads what the skill\'s own SSML builder writes, a 60-second rest as one pause', () => {
    const ssml = segmentsToSsml([
      { kind: 'text', text: 'Rest now.' },
      { kind: 'pause', seconds: 60, purpose: 'rest' },
      { kind: 'text', text: 'Weak side: R&D "go" <now>' },
      { kind: 'pause', seconds: 1.5, purpose: 'beat' },
      { kind: 'pause', seconds: 0.5, purpose: 'beat' },
    ]);
    expect(ssmlToParts(ssml)).toEqual<Part[]>([
      { kind: 'text', text: 'Rest now.' },
      { kind: 'pause', seconds: 60 },
      { kind: 'text', text: 'Weak side: R&D "go" <now>' },
      { kind: 'pause', seconds: 2 },
    ]);
  });

  it('keeps words of unknown tags and ignores empty speech', () => {
    expect(ssmlToParts('<speak><emphasis>Stop</emphasis> now</speak>')).toEqual([{ kind: 'text', text: 'Stop now' }]);
    expect(ssmlToParts('<speak> </speak>')).toEqual([]);
  });

  it('unescapes each entity once', () => {
    expect(unescapeSsml('&amp;lt; &lt; &gt; &quot; &apos;')).toBe('&lt; < > " \'');
  });
});

describe('present', () => {
  const parts: Part[] = [
    { kind: 'text', text: 'Rest.' },
    { kind: 'pause', seconds: 3 },
    { kind: 'text', text: 'Go.' },
  ];

  it('prints a pause as one line when the output is not a terminal', async () => {
    let out = '';
    await present(parts, { write: (t) => (out += t), live: false, speed: 0 });
    expect(out).toBe('Coach: Rest.\n  [pause 3s]\nCoach: Go.\n');
  });

  it('counts a pause down on one line, waiting scaled by the speed, and says each line before it', async () => {
    const events: string[] = [];
    await present(parts, {
      write: (t) => events.push(`write ${JSON.stringify(t)}`),
      live: true,
      speed: 10,
      say: async (t) => {
        events.push(`say ${t}`);
      },
      sleep: async (ms) => {
        events.push(`sleep ${ms}`);
      },
    });
    expect(events).toEqual([
      'write "Coach: Rest.\\n"',
      'say Rest.',
      'write "\\r  … 3s "',
      'sleep 100',
      'write "\\r  … 2s "',
      'sleep 100',
      'write "\\r  … 1s "',
      'sleep 100',
      'write "\\r\\u001b[K"',
      'write "Coach: Go.\\n"',
      'say Go.',
    ]);
  });

  it('stops the reply when the user talks over it', async () => {
    const controller = new AbortController();
    let out = '';
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    await present(
      [
        { kind: 'text', text: 'Go.' },
        { kind: 'pause', seconds: 45 },
        { kind: 'text', text: 'How many?' },
      ],
      { write: (t) => (out += t), live: true, speed: 1, signal: controller.signal },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(out).toBe('Coach: Go.\n\r  … 45s \r\u001b[K');
  });

  it('waits out a fraction of a second too', async () => {
    const sleeps: number[] = [];
    await present([{ kind: 'pause', seconds: 1.5 }], {
      write: () => undefined,
      live: true,
      speed: 1,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    expect(sleeps).toEqual([500, 1000]);
  });
});
