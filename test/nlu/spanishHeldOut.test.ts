/**
 * The held-out Spanish set's shape (./heldOut/spanishLines.ts): large enough to measure, every question and every
 * event in it, no line twice, and every expected event one the coach could be given. What any NLU makes of the lines
 * is measured elsewhere, never here.
 */
import type { AskedAt, ExpectedEvent, HeldOutLine } from './heldOut/heldOutLine';
import { SPANISH_DEV_LINES, SPANISH_FINAL_LINES } from './heldOut/spanishLines';

const EVERY_QUESTION: Readonly<Record<AskedAt, true>> = {
  units: true,
  side: true,
  weight: true,
  go: true,
  count: true,
  seconds: true,
  yesNo: true,
  confirmCount: true,
  driveLength: true,
  breakInterval: true,
  time: true,
  menu: true,
  paused: true,
};

const EVERY_EVENT: Readonly<Record<ExpectedEvent['type'], true>> = {
  launch: true,
  yes: true,
  no: true,
  stop: true,
  pause: true,
  resume: true,
  repeat: true,
  help: true,
  next: true,
  skip: true,
  skipRest: true,
  startOver: true,
  home: true,
  ready: true,
  done: true,
  count: true,
  correction: true,
  weight: true,
  units: true,
  side: true,
  switchWeakSide: true,
  startWorkout: true,
  startTest: true,
  progress: true,
  whatsNext: true,
  timeLeft: true,
  whatWeight: true,
  whyOneSide: true,
  pain: true,
  lostForm: true,
  deleteData: true,
  breakReminders: true,
  driveLength: true,
  breakInterval: true,
  endDrive: true,
  workoutReminders: true,
  timeOfDay: true,
  stopWorkoutReminders: true,
  timeZone: true,
  fallback: true,
};

const ALL_LINES: readonly HeldOutLine[] = [...SPANISH_DEV_LINES, ...SPANISH_FINAL_LINES];

/** A line as an NLU that ignores case, accents and punctuation hears it: "¿Qué sigue?" and "que sigue" are one line. */
const heardAs = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9. ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const isUnit = (unit: unknown): boolean => unit === 'lb' || unit === 'kg';
const isSide = (side: unknown): boolean => side === 'left' || side === 'right';
const isClockTime = (time: unknown): boolean => typeof time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
const isWholeUpTo = (value: unknown, highest: number): boolean => Number.isInteger(value) && (value as number) > 0 && (value as number) <= highest;
const isZone = (zone: unknown): boolean => {
  if (typeof zone !== 'string') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The keys each event carries beside its type, and whether their values are ones the coach could be given. */
const valuesAreSound = (event: ExpectedEvent): boolean => {
  const keys = Object.keys(event).filter((key) => key !== 'type').sort().join(',');
  switch (event.type) {
    case 'count':
      return (keys === 'value' || (keys === 'formLost,value' && event.formLost === true)) && isWholeUpTo(event.value, 600);
    case 'correction':
      return keys === 'value' && isWholeUpTo(event.value, 600);
    case 'weight':
      return keys === 'unit,value' && event.value > 0 && event.value <= 200 && Number.isInteger(event.value * 2) && (event.unit === null || isUnit(event.unit));
    case 'units':
      return keys === 'unit' && isUnit(event.unit);
    case 'side':
      return keys === 'side' && isSide(event.side);
    case 'switchWeakSide':
      return keys === 'side' && (event.side === null || isSide(event.side));
    case 'whatWeight':
      return keys === 'unit' && (event.unit === null || isUnit(event.unit));
    case 'driveLength':
    case 'breakInterval':
      return keys === 'minutes' && isWholeUpTo(event.minutes, 24 * 60);
    case 'timeOfDay':
      return keys === 'time' && isClockTime(event.time);
    case 'workoutReminders':
      return keys === 'time' && (event.time === null || isClockTime(event.time));
    case 'timeZone':
      return keys === 'zone' && isZone(event.zone);
    default:
      return keys === '';
  }
};

test('the set is large enough to measure, with a FINAL part larger than its DEV part', () => {
  expect(ALL_LINES.length).toBeGreaterThanOrEqual(150);
  expect(SPANISH_DEV_LINES.length).toBeGreaterThanOrEqual(60);
  expect(SPANISH_FINAL_LINES.length).toBeGreaterThanOrEqual(100);
});

test.each([
  ['DEV', SPANISH_DEV_LINES],
  ['FINAL', SPANISH_FINAL_LINES],
])('the %s part has lines said at every question', (_part, lines) => {
  const asked = new Set(lines.map((line) => line.at));
  expect(Object.keys(EVERY_QUESTION).filter((at) => !asked.has(at as AskedAt))).toEqual([]);
});

test('every event a driver can say is expected of some line', () => {
  const expected = new Set(ALL_LINES.map((line) => line.expect.type));
  expect(Object.keys(EVERY_EVENT).filter((type) => !expected.has(type as ExpectedEvent['type']))).toEqual([]);
});

test('no line is in the set twice, in either part or across them, whatever its accents, case and punctuation', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const line of ALL_LINES) {
    const heard = heardAs(line.text);
    const first = seen.get(heard);
    if (first !== undefined) twice.push(`${JSON.stringify(first)} and ${JSON.stringify(line.text)}`);
    else seen.set(heard, line.text);
  }
  expect(twice).toEqual([]);
});

test('every line says something, and every expected event carries sound values and nothing else', () => {
  const unsound = ALL_LINES.filter((line) => heardAs(line.text) === '' || !(line.at in EVERY_QUESTION) || !(line.expect.type in EVERY_EVENT) || !valuesAreSound(line.expect));
  expect(unsound).toEqual([]);
});
