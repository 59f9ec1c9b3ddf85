/** The SSML builder: every text escaped, breaks of at most 10 s, total break time preserved. */
import type { Segment } from '../../src/core/reply';
import { escapeSsml, MAX_BREAK_SECONDS, segmentsToPlainText, segmentsToSsml } from '../../src/speech/ssml';
import { Conversation, doWorkout, onboard } from '../../support/conversation';

/** The break times in an SSML string, in seconds. */
const breaksIn = (ssml: string): number[] =>
  [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)].map(([, n, unit]) => (unit === 'ms' ? Number(n) / 1000 : Number(n)));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('SSML builder', () => {
  it('escapes & < > " \' in text', () => {
    expect(escapeSsml(`Tom & Jerry <b>"hi"</b> it's`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&apos;s');
  });

  it('escapes every text segment, leaving no stray tags', () => {
    const ssml = segmentsToSsml([
      { kind: 'text', text: 'Rows & pulldowns' },
      { kind: 'pause', seconds: 2, purpose: 'beat' },
      { kind: 'text', text: '<audio src="x"/> "quoted" it\'s' },
    ]);
    expect(ssml).toBe('<speak>Rows &amp; pulldowns <break time="2s"/> &lt;audio src=&quot;x&quot;/&gt; &quot;quoted&quot; it&apos;s</speak>');
    const tags = ssml.match(/<[^>]+>/g) ?? [];
    for (const tag of tags) expect(tag).toMatch(/^<\/?speak>$|^<break time="[\d.]+m?s"\/>$/);
  });

  it('wraps the speech in <speak>', () => {
    expect(segmentsToSsml([{ kind: 'text', text: 'Hi.' }])).toBe('<speak>Hi.</speak>');
  });

  it.each([
    [25, [10, 10, 5]],
    [60, [10, 10, 10, 10, 10, 10]],
    [10, [10]],
    [29, [10, 10, 9]],
    [2.6, [2.6]],
    [45, [10, 10, 10, 10, 5]],
  ])('splits a %d s pause into breaks of at most 10 s: %j', (seconds, expected) => {
    const breaks = breaksIn(segmentsToSsml([{ kind: 'pause', seconds, purpose: 'beat' }]));
    expect(breaks).toEqual(expected);
    expect(sum(breaks)).toBeCloseTo(seconds, 3);
  });

  it('keeps a fractional remainder to the millisecond', () => {
    const ssml = segmentsToSsml([{ kind: 'pause', seconds: 19.2, purpose: 'beat' }]);
    expect(ssml).toContain('<break time="9200ms"/>');
    expect(sum(breaksIn(ssml))).toBeCloseTo(19.2, 3);
  });

  it('keeps every break of every reply of a whole workout at 10 s or less, and the total pause time', () => {
    const c = new Conversation();
    onboard(c);
    const turns = doWorkout(c);
    for (const t of [...c.transcript, ...turns]) {
      const breaks = breaksIn(t.ssml);
      for (const b of breaks) expect(b).toBeLessThanOrEqual(MAX_BREAK_SECONDS);
      expect(sum(breaks)).toBeCloseTo(sum(t.pauses), 2);
      expect(t.ssml.length).toBeLessThanOrEqual(8000);
    }
  });

  it('gives the words alone for cards and text channels', () => {
    const segments: Segment[] = [
      { kind: 'text', text: 'Go.' },
      { kind: 'pause', seconds: 45, purpose: 'beat' },
      { kind: 'text', text: 'How many?' },
    ];
    expect(segmentsToPlainText(segments)).toBe('Go. How many?');
  });
});
