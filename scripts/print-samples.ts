/**
 * Prints what the language model's patterns make, for review: `npx tsx scripts/print-samples.ts` lists every intent
 * with its number of samples; `npx tsx scripts/print-samples.ts CountIntent` prints that intent's samples, one a line.
 */
import { CUSTOM_SLOT_TYPES, INTENTS, ALEXA_ONLY_INTENTS } from '../src/model/languageModel';

const intents = [...INTENTS, ...ALEXA_ONLY_INTENTS];
const wanted = process.argv[2];

if (!wanted) {
  for (const intent of intents) console.log(`${String(intent.samples.length).padStart(6)}  ${intent.name}`);
  for (const [type, values] of Object.entries(CUSTOM_SLOT_TYPES)) {
    console.log(`${String(values.reduce((n, v) => n + v.synonyms.length, 0)).padStart(6)}  ${type} (slot values)`);
  }
} else {
  const intent = intents.find((i) => i.name === wanted || i.name === `AMAZON.${wanted}`);
  if (!intent) {
    console.error(`No intent ${wanted}. Intents: ${intents.map((i) => i.name).join(', ')}`);
    process.exitCode = 1;
  } else {
    for (const sample of intent.samples) console.log(sample);
  }
}
