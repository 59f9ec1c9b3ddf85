/**
 * `npm run bench`: every benchmark in turn, then each figure next to its target with PASS or MISS.
 * `npm run bench -- warm store` runs only the benchmarks whose file names contain one of the words.
 * See docs/performance.md for what each line means.
 */
import { describeMachine, otherProcessesShare } from './machine';
import { printFigure, type Figure } from './report';

type Bench = { run: () => Promise<Figure[]> };

/** In this order: the cold starts first, before anything else has warmed the disk cache or the CPU. */
const BENCHES: Record<string, () => Promise<Bench>> = {
  'coldStart.bench.ts': () => import('./coldStart.bench'),
  'startUp.bench.ts': () => import('./startUp.bench'),
  'warmTurns.bench.ts': () => import('./warmTurns.bench'),
  'storeScale.bench.ts': () => import('./storeScale.bench'),
  'webhookLoad.bench.ts': () => import('./webhookLoad.bench'),
  'turnBudget.bench.ts': () => import('./turnBudget.bench'),
};

/** Above this share of the machine taken by other processes, the figures are flagged as disturbed. */
const BUSY_SHARE = 0.1;

const percent = (share: number): string => `${(share * 100).toFixed(0)}%`;

async function main(): Promise<void> {
  const words = process.argv.slice(2);
  const chosen = Object.keys(BENCHES).filter((name) => words.length === 0 || words.some((w) => name.toLowerCase().includes(w.toLowerCase())));
  if (chosen.length === 0) throw new Error(`No benchmark matches ${words.join(' ')}; there are ${Object.keys(BENCHES).join(', ')}`);
  console.log(`Machine: ${describeMachine()}`);
  const started = Date.now();
  const figures: Figure[] = [];
  const disturbed: string[] = [];
  for (const name of chosen) {
    console.log(`\n=== ${name}`);
    const benchStarted = Date.now();
    const others = otherProcessesShare();
    const bench = await BENCHES[name]!();
    figures.push(...(await bench.run()));
    const share = others();
    if (share !== null && share > BUSY_SHARE) disturbed.push(`${name} (${percent(share)})`);
    console.log(`  (${((Date.now() - benchStarted) / 1000).toFixed(1)} s; other processes used ${share === null ? 'an unknown share' : percent(share)} of the CPU meanwhile)`);
  }
  console.log('\n=== Summary');
  figures.forEach(printFigure);
  const missed = figures.filter((f) => f.verdict === 'MISS').length;
  console.log(`\n${figures.length} figures, ${missed} targets missed, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  if (disturbed.length) {
    console.log(`Other processes kept the machine busy during ${disturbed.join(', ')}: those figures are pessimistic; run again on a quiet machine.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
