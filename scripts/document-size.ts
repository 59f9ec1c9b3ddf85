/**
 * How big a driver's stored document gets as workouts pile up, and what a turn then costs on DynamoDB on demand:
 * a first use and baseline test, then three workouts a week (Mon/Wed/Fri, at slightly different times, with
 * counts that vary), run through the real coach. For each point it prints the document's JSON size, the DynamoDB
 * item as DynamoUserStore writes it (gzip JSON) and as an uncompressed map would be, the request units of one
 * turn (a strongly consistent read and a write), and their price per million turns.
 *
 *   npx tsx scripts/document-size.ts
 *
 * The figures in the README's "What it costs" come from here. Prices: us-east-1 on demand, see PRICES.
 */
import { gzipSync } from 'node:zlib';
import { marshall } from '@aws-sdk/util-dynamodb';
import { Conversation, doWorkout, onboard } from '../support/conversation';

/** us-east-1 on-demand prices since the cut of 1 November 2024, in dollars per million request units. */
const PRICES = { writeRequestUnit: 0.625, readRequestUnit: 0.125 };

/** An Alexa user id is `amzn1.ask.account.` and about 200 characters more. */
const USER_ID = `amzn1.ask.account.${'A'.repeat(207)}`;
const POINTS = [0, 1, 10, 50, 150, 300, 450];

/** A small deterministic generator, so every run prints the same figures. */
const random = (() => {
  let state = 20261126;
  return (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
})();
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

type AttributeValue = Record<string, unknown>;

/** DynamoDB's item size rules: names and values in UTF-8 bytes, numbers about one byte per two digits, 3 bytes a map or list plus 1 an element. */
const valueSize = (value: AttributeValue): number => {
  const [type, inner] = Object.entries(value)[0] as [string, unknown];
  switch (type) {
    case 'S':
      return Buffer.byteLength(inner as string);
    case 'N':
      return Math.ceil(((inner as string).replace(/[-.]/g, '').replace(/^0+|0+$/g, '') || '0').length / 2) + 1;
    case 'B':
      return (inner as Uint8Array).byteLength;
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'L':
      return 3 + (inner as AttributeValue[]).reduce((sum, element) => sum + 1 + valueSize(element), 0);
    case 'M':
      return 3 + Object.entries(inner as Record<string, AttributeValue>).reduce((sum, [name, element]) => sum + 1 + Buffer.byteLength(name) + valueSize(element), 0);
    default:
      throw new Error(`no size rule for ${type}`);
  }
};
const itemSize = (item: Record<string, unknown>): number =>
  Object.entries(marshall(item, { removeUndefinedValues: true })).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value as unknown as AttributeValue), 0);

const turnCost = (bytes: number): { wru: number; rru: number; dollarsPerMillionTurns: number } => {
  const wru = Math.ceil(bytes / 1024);
  const rru = Math.ceil(bytes / 4096);
  return { wru, rru, dollarsPerMillionTurns: wru * PRICES.writeRequestUnit + rru * PRICES.readRequestUnit };
};

const c = new Conversation({ userId: USER_ID });
onboard(c);
const rows: Record<string, string | number>[] = [];
let minutesLate = 0;
for (let workouts = 0; workouts <= Math.max(...POINTS); workouts++) {
  if (POINTS.includes(workouts)) {
    const document = c.document!;
    const stored = { userId: USER_ID, version: document.turns, writeId: '00000000-0000-4000-8000-000000000000' };
    const gzipItem = itemSize({ ...stored, document: gzipSync(JSON.stringify(document)) });
    const mapItem = itemSize({ ...stored, document });
    const gzipCost = turnCost(gzipItem);
    const mapCost = turnCost(mapItem);
    rows.push({
      workouts,
      turns: document.turns,
      'JSON bytes': Buffer.byteLength(JSON.stringify(document)),
      'item bytes (gzip)': gzipItem,
      'WRU+RRU': `${gzipCost.wru}+${gzipCost.rru}`,
      '$/M turns': gzipCost.dollarsPerMillionTurns.toFixed(2),
      'item bytes (map)': mapItem,
      'map WRU+RRU': `${mapCost.wru}+${mapCost.rru}`,
      'map $/M turns': mapCost.dollarsPerMillionTurns.toFixed(2),
    });
  }
  // Mon, Wed, Fri, within five hours of the usual time.
  const late = between(0, 300);
  c.later({ days: [2, 2, 3][workouts % 3]!, minutes: late - minutesLate, seconds: between(0, 59) });
  minutesLate = late;
  if (c.document?.pending) c.say('no');
  doWorkout(c, {
    rows: [between(8, 12), between(8, 12), between(8, 12)],
    finisher: between(8, 10),
    pulldown: [between(9, 14), between(9, 14)],
    carry: [between(25, 60), between(25, 60)],
  });
}
console.table(rows);
