import { annotateTimers, speechParts, type ConsolePart } from '../../src/web/speechParts';

const ssml = (body: string) => ({ type: 'SSML' as const, ssml: `<speak>${body}</speak>` });

describe('speech parts for the page', () => {
  it('makes one rest countdown across the cues spoken inside it', () => {
    const parts = speechParts(
      ssml('9 on the left. Rest 60 seconds. <break time="10s"/><break time="10s"/><break time="9s"/> 30 seconds. <break time="10s"/><break time="9s"/> 10 seconds. <break time="10s"/> Rest is over. Go.'),
    );
    expect(parts).toEqual([
      { kind: 'text', text: '9 on the left. Rest 60 seconds.' },
      { kind: 'pause', seconds: 29, timer: { label: 'rest', endsIn: 59.6, continued: false } },
      { kind: 'text', text: '30 seconds.' },
      { kind: 'pause', seconds: 19, timer: { label: 'rest', endsIn: 29.8, continued: true } },
      { kind: 'text', text: '10 seconds.' },
      { kind: 'pause', seconds: 10, timer: { label: 'rest', endsIn: 10, continued: true } },
      { kind: 'text', text: 'Rest is over. Go.' },
    ]);
  });

  it('times a set window, and leaves the beats between counted reps alone', () => {
    const parts: ConsolePart[] = [
      { kind: 'text', text: 'Rest is over. Set 2 of 3. Go. Perfect reps only.' },
      { kind: 'pause', seconds: 45 },
      { kind: 'text', text: 'How many reps? Ready, go. 1' },
      { kind: 'pause', seconds: 2.6 },
      { kind: 'text', text: '2' },
      { kind: 'pause', seconds: 2.6 },
      { kind: 'text', text: 'Stop.' },
    ];
    const out = annotateTimers(parts);
    expect(out[1]).toEqual({ kind: 'pause', seconds: 45, timer: { label: 'set', endsIn: 45, continued: false } });
    expect(out[3]).toEqual({ kind: 'pause', seconds: 2.6 });
    expect(out[5]).toEqual({ kind: 'pause', seconds: 2.6 });
    // The input is left as it was.
    expect(parts[1]).toEqual({ kind: 'pause', seconds: 45 });
  });

  it('counts a called-out carry down to the end of its window', () => {
    const out = annotateTimers([
      { kind: 'text', text: 'Go. Walk tall.' },
      { kind: 'pause', seconds: 10 },
      { kind: 'text', text: '10 seconds.' },
      { kind: 'pause', seconds: 9.2 },
      { kind: 'text', text: '20 seconds.' },
      { kind: 'pause', seconds: 5 },
      { kind: 'text', text: 'Time. Put it down.' },
    ]);
    const timers = out.flatMap((p) => (p.kind === 'pause' && p.timer ? [p.timer] : []));
    expect(timers).toEqual([
      { label: 'set', endsIn: 25.8, continued: false },
      { label: 'set', endsIn: 15, continued: true },
      { label: 'set', endsIn: 5, continued: true },
    ]);
  });

  it('reads plain text speech and no speech', () => {
    expect(speechParts({ type: 'PlainText', text: ' Hello. ' })).toEqual([{ kind: 'text', text: 'Hello.' }]);
    expect(speechParts(undefined)).toEqual([]);
  });
});
