/** The terminal's rendering of a console answer's speech: lines, counts on one line, countdowns for timed stretches. */
import type { ConsoleSegment } from '../../src/console/answer';
import { formatSeconds, present } from '../../src/terminal/render';

const text = (t: string): ConsoleSegment => ({ kind: 'text', text: t });

describe('present', () => {
  const rest: ConsoleSegment[] = [
    text('Rest 60 seconds.'),
    { kind: 'pause', seconds: 3, purpose: 'rest', total: 4, left: 4 },
    text('1 second.'),
    { kind: 'pause', seconds: 0.6, purpose: 'rest', total: 4, left: 0.6 },
    text('Rest is over.'),
  ];

  it('prints a timed stretch once, with its purpose and whole length, when the output is not a terminal', async () => {
    let out = '';
    await present(rest, { write: (t) => (out += t), live: false, speed: 0 });
    expect(out).toBe('Coach: Rest 60 seconds.\n  [rest 4s]\nCoach: 1 second.\nCoach: Rest is over.\n');
  });

  it('counts a stretch down on one line from the time left in it, waiting scaled by the speed', async () => {
    const events: string[] = [];
    await present(rest.slice(0, 2), {
      write: (t) => events.push(`write ${JSON.stringify(t)}`),
      live: true,
      speed: 10,
      say: (t) => Promise.resolve(void events.push(`say ${t}`)),
      sleep: (ms) => Promise.resolve(void events.push(`sleep ${ms}`)),
    });
    expect(events).toEqual([
      'write "Coach: Rest 60 seconds.\\n"',
      'say Rest 60 seconds.',
      'write "\\r  … rest: 4s "',
      'sleep 100',
      'write "\\r  … rest: 3s "',
      'sleep 100',
      'write "\\r  … rest: 2s "',
      'sleep 100',
      'write "\\r\\u001b[K"',
    ]);
  });

  it('prints the strong side’s count on one line, number by number, and waits out its beats', async () => {
    const sleeps: number[] = [];
    let out = '';
    const count: ConsoleSegment[] = [
      text('Ready, go.'),
      { kind: 'text', text: '1', counted: { n: 1, of: 3 } },
      { kind: 'pause', seconds: 2.6, purpose: 'count', total: 9, left: 9 },
      { kind: 'text', text: '2', counted: { n: 2, of: 3 } },
      { kind: 'pause', seconds: 2.6, purpose: 'count', total: 9, left: 6 },
      { kind: 'text', text: '3', counted: { n: 3, of: 3 } },
      { kind: 'pause', seconds: 2.6, purpose: 'count', total: 9, left: 3 },
      text('Stop. That’s 3.'),
    ];
    await present(count, { write: (t) => (out += t), live: true, speed: 1, sleep: (ms) => Promise.resolve(void sleeps.push(ms)) });
    expect(out).toBe('Coach: Ready, go.\nCoach: 1 2 3\nCoach: Stop. That’s 3.\n');
    expect(sleeps).toEqual([2600, 2600, 2600]);
  });

  it('skips status marks and waits out beats without showing them', async () => {
    let out = '';
    await present([{ kind: 'status', status: null }, text('Hi.'), { kind: 'pause', seconds: 1, purpose: 'beat' }, text('Ready?')], {
      write: (t) => (out += t),
      live: false,
      speed: 0,
    });
    expect(out).toBe('Coach: Hi.\nCoach: Ready?\n');
  });

  it('stops the reply when the user talks over it', async () => {
    const controller = new AbortController();
    let out = '';
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    await present([text('Go.'), { kind: 'pause', seconds: 45, purpose: 'set', total: 45, left: 45 }, text('How many?')], {
      write: (t) => (out += t),
      live: true,
      speed: 1,
      signal: controller.signal,
    });
    // The set's 45 s were not waited out (a busy machine may still take seconds).
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(out).toBe('Coach: Go.\n\r  … your set: 45s \r\u001b[K');
  });

  it('formats lengths as a person reads them', () => {
    expect(formatSeconds(59.6)).toBe('60s');
    expect(formatSeconds(2.6)).toBe('2.6s');
  });
});
