/**
 * Reads a `.transcript` file: a conversation written as the driver and the coach would have it.
 *
 *   # A title or a comment
 *   @ 2024-05-06 09:00 America/Chicago     the clock, and the zone the device reports, for the turns below
 *   U: open back coach                     what the driver says
 *   A: Welcome to Back Coach. ...          the coach's whole reply (see replyLine.ts); `...` stands for any text
 *   @ +2 days 09:00                        two local days later, at 09:00 (a zone may follow)
 *   @ +3 hours                             three hours after the last turn (also: minutes)
 *
 * The first turn after an `@` line happens at that time; each later turn one minute after the one before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';

export interface TranscriptTurn {
  said: string;
  /** The `A:` line as written. */
  expected: string;
  /** The request's instant on a whole minute, as the hosts pass it to the coach: 2024-05-06T14:00:00.000Z. */
  at: string;
  /** The IANA zone the device reports. */
  timeZone: string;
  /** Where the turn's `U:` and `A:` lines are in `lines` (0-based). */
  saidLine: number;
  replyLine: number;
}

export interface Transcript {
  /** The file name, e.g. `first-use-and-baseline.transcript`. */
  name: string;
  /** The file's lines as written. */
  lines: string[];
  turns: TranscriptTurn[];
}

class TranscriptSyntaxError extends Error {
  constructor(name: string, line: number, problem: string) {
    super(`${name}:${line + 1}: ${problem}`);
    this.name = 'TranscriptSyntaxError';
  }
}

const ABSOLUTE = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>\d{1,2}:\d{2})(?: (?<zone>\S+))?$/;
const DAYS_LATER = /^\+(?<days>\d+) days? (?<time>\d{1,2}:\d{2})(?: (?<zone>\S+))?$/;
const TIME_LATER = /^\+(?<amount>\d+) (?<unit>hour|minute)s?(?: (?<zone>\S+))?$/;

interface Clock {
  /** The instant of the next turn, when an `@` line set it. */
  next: DateTime | null;
  /** The instant of the last turn. */
  last: DateTime | null;
  /** The zone the device reports. */
  zone: string | null;
}

const localTime = (date: string, time: string, zone: string): DateTime =>
  DateTime.fromFormat(`${date} ${time.padStart(5, '0')}`, 'yyyy-MM-dd HH:mm', { zone });

/** The instant an `@` line names, given the last turn's instant and zone; a string is the problem with it. */
const instantOf = (spec: string, last: DateTime | null, lastZone: string | null): { at: DateTime; zone: string } | string => {
  const absolute = ABSOLUTE.exec(spec)?.groups;
  const daysLater = DAYS_LATER.exec(spec)?.groups;
  const timeLater = TIME_LATER.exec(spec)?.groups;
  const form = absolute ?? daysLater ?? timeLater;
  if (!form) return `"@ ${spec}" is not a time: write "@ 2024-05-06 09:00 America/Chicago", "@ +2 days 09:00" or "@ +3 hours"`;
  const zone = form.zone ?? lastZone;
  if (!zone) return 'the first "@" line needs a time zone';
  if (!DateTime.local().setZone(zone).isValid) return `"${zone}" is not an IANA time zone`;
  if (absolute) return { at: localTime(absolute.date ?? '', absolute.time ?? '', zone), zone };
  if (!last || !lastZone) return 'a relative time needs a turn before it';
  if (daysLater) {
    const day = last.setZone(lastZone).plus({ days: Number(daysLater.days) }).toISODate() ?? '';
    return { at: localTime(day, daysLater.time ?? '', zone), zone };
  }
  const amount = Number(form.amount);
  return { at: last.plus(form.unit === 'hour' ? { hours: amount } : { minutes: amount }), zone };
};

/** Applies one `@` line to the clock; returns the problem with it, or null. */
const setClock = (clock: Clock, spec: string): string | null => {
  const instant = instantOf(spec, clock.last, clock.zone);
  if (typeof instant === 'string') return instant;
  if (!instant.at.isValid) return `"@ ${spec}" is not a valid time`;
  if (clock.last && instant.at < clock.last) return `"@ ${spec}" goes back in time`;
  clock.next = instant.at;
  clock.zone = instant.zone;
  return null;
};

export const parseTranscript = (name: string, text: string): Transcript => {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const turns: TranscriptTurn[] = [];
  const clock: Clock = { next: null, last: null, zone: null };
  let said: { text: string; line: number } | null = null;

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fail = (problem: string) => {
      throw new TranscriptSyntaxError(name, index, problem);
    };
    if (said && !line.startsWith('A:')) fail(`"U: ${said.text}" needs an "A:" line right after it`);
    if (line.startsWith('@')) {
      const problem = setClock(clock, line.slice(1).trim());
      if (problem) fail(problem);
    } else if (line.startsWith('U:')) {
      const text = line.slice(2).trim();
      if (!text) fail('"U:" with nothing said');
      if (!clock.zone) fail('the clock is not set: put an "@" line before the first turn');
      said = { text, line: index };
    } else if (line.startsWith('A:')) {
      if (!said) return fail('"A:" without a "U:" line before it');
      const at = clock.next ?? (clock.last as DateTime).plus({ minutes: 1 });
      turns.push({
        said: said.text,
        expected: line.slice(2).trim(),
        at: at.toUTC().toISO() ?? '',
        timeZone: clock.zone as string,
        saidLine: said.line,
        replyLine: index,
      });
      clock.last = at;
      clock.next = null;
      said = null;
    } else {
      fail(`"${line}" is not a turn: lines start with "U:", "A:", "@" or "#"`);
    }
  });
  if (said) throw new TranscriptSyntaxError(name, (said as { line: number }).line, 'the last "U:" line has no "A:" line');
  if (turns.length === 0) throw new TranscriptSyntaxError(name, 0, 'no turns');
  return { name, lines, turns };
};

export const TRANSCRIPT_DIR = __dirname;

export const readTranscripts = (dir: string = TRANSCRIPT_DIR): Transcript[] =>
  fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.transcript'))
    .sort()
    .map((file) => parseTranscript(file, fs.readFileSync(path.join(dir, file), 'utf8')));
