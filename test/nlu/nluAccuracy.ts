/**
 * Trains the console NLU and reports its training time and accuracy on the test tables.
 * Run: npx tsx test/console/nluAccuracy.ts
 */
import { createNlu } from '../../src/nlu/nlu';
import { matches, paraphrases, table, type NluCase } from './nluCases';

const score = async (name: string, cases: NluCase[], understand: (t: string) => Promise<Parameters<typeof matches>[1]>) => {
  let right = 0;
  for (const c of cases) {
    const got = await understand(c.text);
    if (matches(c, got)) right += 1;
    else console.log(`  miss ${JSON.stringify(c.text)}: expected ${c.intent} ${JSON.stringify(c.slots ?? {})}, got ${got.intent} ${JSON.stringify(got.slots)}`);
  }
  console.log(`${name}: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(1)}%)`);
};

const main = async (): Promise<void> => {
  const runs: number[] = [];
  let nlu = await createNlu();
  runs.push(nlu.trainingMs);
  for (let i = 0; i < 4; i += 1) {
    nlu = await createNlu();
    runs.push(nlu.trainingMs);
  }
  console.log(`training: ${runs.map((ms) => `${Math.round(ms)} ms`).join(', ')} (five fresh models; the first pays the warm-up)`);
  const started = performance.now();
  await score('table', table, (t) => nlu.understand(t));
  await score('paraphrases', paraphrases, (t) => nlu.understand(t));
  const n = table.length + paraphrases.length;
  console.log(`understanding: ${((performance.now() - started) / n).toFixed(2)} ms per line on average`);
};

void main();
