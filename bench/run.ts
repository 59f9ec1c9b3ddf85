/** Runs every `bench/*.bench.ts` in turn (alphabetical order), each through its exported `run()`. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Bench = { run?: () => Promise<void> };

async function main(): Promise<void> {
  const dir = __dirname;
  const files = (await readdir(dir)).filter((name) => name.endsWith('.bench.ts')).sort();
  if (files.length === 0) {
    console.log('No benchmarks found.');
    return;
  }
  for (const file of files) {
    const bench = (await import(pathToFileURL(path.join(dir, file)).href)) as Bench;
    if (typeof bench.run !== 'function') {
      throw new Error(`${file} does not export an async run()`);
    }
    console.log(`\n=== ${file}`);
    await bench.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
