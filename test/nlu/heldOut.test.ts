/**
 * The held-out lines (./heldOut/) understood by every host, judged by the event each line becomes at the question it
 * was said to: the local NLU (the consoles), the skill on Alexa (the interaction model matched exactly by
 * virtual-alexa, and by a statistical stand-in for Alexa's NLU trained only on the model's samples, each followed by
 * the skill's own reading), and the Dialogflow agent (the same kind of stand-in, then the webhook's reading).
 *
 * The figures are printed for every set; the assertions hold each host to the floor it has reached on the whole of
 * them, so a change that loses lines fails here. `npx tsx test/nlu/heldOut/measure.ts --final` prints the same.
 */
import { heldOutSets, hostReaders, measure, scoreText, share, type Outcome } from './heldOut/measure';

/** The share of all the lines each host must understand: what it understands now, less a point, rounded down. */
const FLOORS: Readonly<Record<string, number>> = {
  'local NLU (consoles)': 0.92,
  'Alexa, exact (virtual-alexa) + skill': 0.56,
  'Alexa, statistical stand-in + skill': 0.86,
  'Dialogflow, statistical stand-in + webhook': 0.92,
};

const outcomes = new Map<string, Outcome[]>();

beforeAll(async () => {
  const sets = await heldOutSets(true);
  const lines: string[] = [];
  for (const [host, read] of await hostReaders()) {
    const all: Outcome[] = [];
    const scores: string[] = [];
    for (const [setName, set] of sets) {
      const measured = await measure(read, set);
      all.push(...measured);
      scores.push(`${setName} ${scoreText(measured)}`);
    }
    outcomes.set(host, all);
    lines.push(`${host}: ${scores.join('; ')}; all ${scoreText(all)}`);
  }
  console.log(lines.join('\n'));
}, 1_200_000);

test('every set is measured on every host, and the new sets are large enough to measure', async () => {
  const sets = await heldOutSets(true);
  expect(sets.map(([name]) => name)).toEqual(['earlier DEV', 'DEV', 'second DEV', 'third DEV', 'fifth DEV', 'sixth DEV', 'earlier FINAL', 'FINAL', 'fourth', 'fifth FINAL', 'sixth FINAL']);
  expect(sets.find(([name]) => name === 'FINAL')?.[1].length).toBeGreaterThanOrEqual(150);
  const total = sets.reduce((sum, [, lines]) => sum + lines.length, 0);
  expect([...outcomes.keys()]).toEqual(Object.keys(FLOORS));
  for (const measured of outcomes.values()) expect(measured).toHaveLength(total);
});

test.each(Object.entries(FLOORS))('%s understands at least its floor of all the lines', (host, floor) => {
  expect(share(outcomes.get(host) ?? [])).toBeGreaterThanOrEqual(floor);
});
