/**
 * The pieces the transcript tests stand on: a reply rendered as an `A:` line, an `A:` line matched against it,
 * a `.transcript` file read with its clock, and a failure that shows the conversation.
 */
import { coach } from '../../src/core/coach';
import type { Reply } from '../../src/core/reply';
import { Talk } from '../../src/core/talk';
import { matchesReplyLine, replyLine } from './replyLine';
import { parseTranscript } from './transcriptFile';
import { expectReplyLine, TranscriptMismatch } from './turnChecks';

const talk = () => new Talk('en-US', 0);

describe('a reply as an A: line', () => {
  test('a rest is shown once, at its start, without the cues said inside it', () => {
    expect(replyLine(talk().rest(60).segments)).toBe('Rest 60 seconds. [rest 60s]');
  });

  test("the strong side's counted reps show the number counted to, not the numbers", () => {
    const speech = talk().text('Ready, go.').countReps(12, 3).segments;
    expect(replyLine(speech)).toBe("Ready, go. [count to 12] Stop. That's 12.");
  });

  test('a timed count (the carry) shows its seconds, and a carry window is the set', () => {
    expect(replyLine(talk().countSeconds(30).segments)).toBe("[count 30s] Stop. That's 30.");
    expect(replyLine(talk().text('Go. Walk tall.').carryWindow(60).segments)).toBe('Go. Walk tall. [set 60s] Time. Put it down.');
  });

  test('the quiet of a set is shown in whole seconds; beats and status marks are not shown', () => {
    const speech = talk().text('Go.').setWindow(44.6).text('How many?').pause(0.5).push({ kind: 'status', status: null }).text('Next.').segments;
    expect(replyLine(speech)).toBe('Go. [set 45s] How many? Next.');
  });

  test('two stretches one after the other are both shown', () => {
    const speech = talk().countReps(3, 3).rest(60).setWindow(45).segments;
    expect(replyLine(speech)).toBe("[count to 3] Stop. That's 3. Rest 60 seconds. [rest 60s] [set 45s]");
  });
});

describe('matching an A: line', () => {
  test('exactly, apart from spacing', () => {
    expect(matchesReplyLine('Okay,  pounds it is.', 'Okay, pounds it is.')).toBe(true);
    expect(matchesReplyLine('Okay, pounds it is.', 'Okay, pounds it is. Which side?')).toBe(false);
    expect(matchesReplyLine('Rest [rest 60s] over.', 'Rest [rest 30s] over.')).toBe(false);
  });

  test('"..." stands for any text, and nothing else in the line is a pattern', () => {
    expect(matchesReplyLine('Welcome. ... Say yes.', 'Welcome. A long notice. Say yes.')).toBe(true);
    expect(matchesReplyLine('... Say yes.', 'Say yes.')).toBe(true);
    expect(matchesReplyLine('Say (yes).', 'Say yes.')).toBe(false);
    expect(matchesReplyLine('Was that 1.5?', 'Was that 125?')).toBe(false);
  });
});

describe('reading a transcript', () => {
  const read = (text: string) => parseTranscript('test.transcript', text);

  test('the clock: a local time in a zone, a minute for each later turn, days and minutes later, another zone', () => {
    const { turns } = read(
      [
        '# title',
        '@ 2024-05-06 09:00 America/Chicago',
        'U: open back coach',
        'A: ...',
        'U: yes',
        'A: ...',
        '@ +2 days 18:00',
        'U: hi',
        'A: ...',
        '@ +20 minutes',
        'U: hi',
        'A: ...',
        '@ +1 day 07:30 America/Denver',
        'U: hi',
        'A: ...',
      ].join('\n'),
    );
    expect(turns.map((t) => [t.at, t.timeZone])).toEqual([
      ['2024-05-06T14:00:00.000Z', 'America/Chicago'],
      ['2024-05-06T14:01:00.000Z', 'America/Chicago'],
      ['2024-05-08T23:00:00.000Z', 'America/Chicago'],
      ['2024-05-08T23:20:00.000Z', 'America/Chicago'],
      ['2024-05-09T13:30:00.000Z', 'America/Denver'],
    ]);
  });

  test('mistakes are named with their line', () => {
    expect(() => read('U: hi\nA: ...')).toThrow('test.transcript:1: the clock is not set');
    expect(() => read('@ 2024-05-06 09:00 America/Chicago\nU: hi\nU: yes')).toThrow('test.transcript:3: "U: hi" needs an "A:" line');
    expect(() => read('@ 2024-05-06 09:00 Mars/Olympus\nU: hi\nA: ...')).toThrow('not an IANA time zone');
    expect(() => read('@ 2024-05-06 09:00 America/Chicago\nU: hi')).toThrow('has no "A:" line');
    expect(() => read('@ 2024-05-06 09:00 America/Chicago\nSo I said hi')).toThrow('is not a turn');
  });
});

test('a wrong A: line fails with the conversation so far and what the coach really said', () => {
  const transcript = parseTranscript(
    'welcome.transcript',
    ['# A new driver', '@ 2024-05-06 09:00 America/Chicago', 'U: open back coach', 'A: Welcome back.'].join('\n'),
  );
  const turn = transcript.turns[0];
  if (!turn) throw new Error('The transcript has no turn');
  const reply: Reply = coach({
    userId: 'u',
    document: null,
    event: { type: 'launch' },
    context: { now: turn.at, timeZone: turn.timeZone, locale: 'en-US', inVehicle: false },
  }).reply;

  expect(() => expectReplyLine(transcript, turn, reply)).toThrow(TranscriptMismatch);
  expect(() => expectReplyLine(transcript, turn, reply)).toThrow(
    /^welcome\.transcript, line 4: the coach said something else\.\n\n# A new driver\n@ 2024-05-06 09:00 America\/Chicago\nU: open back coach\nA: Welcome to Back Coach\. .* Say yes, or say kilograms\.\n {3}expected: Welcome back\.\n$/,
  );
});
