/**
 * `npm run bench`: every benchmark in turn, then each figure next to its target with PASS or MISS, and the load the
 * machine was under while it was measured.
 * `npm run bench -- warm store` runs only the benchmarks whose file names contain one of the words.
 * `npm run bench -- --write-docs` also writes the figures into docs/performance.md (bench/writeDocs.ts).
 * See docs/performance.md for what each line means.
 */
import { describeLoad, isBusy, watchLoad } from './load';
import { describeMachine } from './machine';
import { printFigure, type Figure } from './report';
import { writeDocs } from './writeDocs';

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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write-docs');
  const words = args.filter((arg) => !arg.startsWith('--'));
  const chosen = Object.keys(BENCHES).filter((name) => words.length === 0 || words.some((w) => name.toLowerCase().includes(w.toLowerCase())));
  if (chosen.length === 0) throw new Error(`No benchmark matches ${words.join(' ')}; there are ${Object.keys(BENCHES).join(', ')}`);
  const machine = describeMachine();
  console.log(`Machine: ${machine}`);
  const started = Date.now();
  const figures: Figure[] = [];
  const disturbed: string[] = [];
  for (const name of chosen) {
    console.log(`\n=== ${name}`);
    const benchStarted = Date.now();
    const loadDuring = watchLoad();
    const bench = await BENCHES[name]!();
    const measured = await bench.run();
    const load = loadDuring();
    figures.push(...measured.map((f) => ({ ...f, load })));
    if (isBusy(load)) disturbed.push(`${name} (${describeLoad(load)})`);
    console.log(`  (${((Date.now() - benchStarted) / 1000).toFixed(1)} s; ${describeLoad(load)})`);
  }
  console.log('\n=== Summary');
  figures.forEach(printFigure);
  const missed = figures.filter((f) => f.verdict === 'MISS').length;
  console.log(`\n${figures.length} figures, ${missed} targets missed, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  if (disturbed.length) {
    console.log(
      `WARNING: the machine was busy during ${disturbed.join('; ')}. Paired ratios hold up under load; absolute times and tails do not: ` +
        'run again on a quiet machine to quote them.',
    );
  }
  if (write) {
    const file = await writeDocs({ figures, machine, benches: chosen, command: `npm run bench -- ${args.join(' ')}`.trim(), seconds: (Date.now() - started) / 1000 });
    console.log(`Figures written into ${file}.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
