/**
 * The held-out lines as Alexa's own NLU hears them: each is sent to the skill's utterance profiler (SMAPI `profileNlu`,
 * which resolves a line against the deployed interaction model without calling the skill), and the intent Alexa selects
 * is read as the skill reads it, at the question the line was said to (a line placed by a carrier phrase is read in
 * words). This is the measure the stand-ins of ./heldOut/measure.ts stand in for.
 *
 *   ALEXA_SKILL_ID=amzn1.ask.skill.… SMAPI_ACCESS_TOKEN=Atza|… npx tsx test/nlu/alexaProfiler.ts [--dev-misses] [--final]
 *
 * The skill id defaults to the one in .ask/ask-states.json (after `npm run deploy`). The access token is a Login with
 * Amazon token for the developer account: `npx ask util generate-lwa-tokens` prints one (it lasts an hour). The FINAL
 * split's texts are never printed.
 */
import { readFileSync } from 'node:fs';
import type { Intent, Slot } from 'ask-sdk-model';
import { heardIntent } from '../../src/alexa/heardIntent';
import { readHeard } from '../../src/core/reading/readHeard';
import { createLogger } from '../../src/log';
import type { Nlu } from '../../src/nlu/nlu';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { EXPECTING, heldOutSets, measure, scoreText, share, spokenForm, type Reader } from './heldOut/measure';

export const SMAPI_ENDPOINT = 'https://api.amazonalexa.com';

export interface ProfilerOptions {
  skillId: string;
  accessToken: string;
  locale?: string;
  /** The SMAPI host; Amazon's unless a test stands one in. */
  endpoint?: string;
  /** The local NLU the skill reads opening-word lines with. */
  nlu: () => Promise<Nlu>;
  /** How long to wait after a 429 before asking again. */
  retryAfterMs?: number;
}

/** What the profiler answers that the measure reads (ask-smapi-model's v1.skill.evaluations.ProfileNluResponse). */
interface ProfileNluResponse {
  selectedIntent?: { name?: string; slots?: Record<string, Slot> };
}

export class ProfilerError extends Error {}

const quiet = createLogger('silent');
const MAX_ATTEMPTS = 5;

export const profilerReader = (options: ProfilerOptions): Reader => {
  const url = `${options.endpoint ?? SMAPI_ENDPOINT}/v1/skills/${encodeURIComponent(options.skillId)}/stages/development/interactionModel/locales/${options.locale ?? 'en-US'}/profileNlu`;
  const profile = async (utterance: string): Promise<ProfileNluResponse> => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: options.accessToken, 'content-type': 'application/json' },
        body: JSON.stringify({ utterance }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 429 && attempt < MAX_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, (options.retryAfterMs ?? 1000) * attempt));
        continue;
      }
      if (!response.ok) throw new ProfilerError(`profileNlu answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      return (await response.json()) as ProfileNluResponse;
    }
  };
  return async (line) => {
    const selected = (await profile(spokenForm(line.text))).selectedIntent;
    if (!selected?.name) return { type: 'fallback' };
    const intent: Intent = { name: selected.name, confirmationStatus: 'NONE', slots: selected.slots ?? {} };
    return readHeard(await heardIntent(intent, options.nlu, quiet, 'en'), EXPECTING[line.at]);
  };
};

const skillIdFromDeployState = (): string | undefined => {
  try {
    const states = JSON.parse(readFileSync('.ask/ask-states.json', 'utf8')) as { profiles?: { default?: { skillId?: string } } };
    return states.profiles?.default?.skillId;
  } catch {
    return undefined;
  }
};

const main = async (): Promise<void> => {
  const skillId = process.env.ALEXA_SKILL_ID ?? skillIdFromDeployState();
  const accessToken = process.env.SMAPI_ACCESS_TOKEN;
  if (!skillId || !accessToken) {
    console.error('Set SMAPI_ACCESS_TOKEN (npx ask util generate-lwa-tokens) and ALEXA_SKILL_ID, or deploy first so .ask/ask-states.json names the skill.');
    process.exit(2);
  }
  const read = profilerReader({ skillId, accessToken, nlu: sharedNlu, endpoint: process.env.SMAPI_ENDPOINT });
  for (const [setName, lines] of await heldOutSets(process.argv.includes('--final'))) {
    const outcomes = await measure(read, lines);
    console.log(`Alexa's own NLU (utterance profiler), ${setName}: ${scoreText(outcomes)}${share(outcomes) >= 0.95 ? '' : ' (below 95%)'}`);
    if (setName === 'DEV' && process.argv.includes('--dev-misses')) {
      for (const o of outcomes.filter((outcome) => !outcome.right)) console.log(`  ${JSON.stringify(o.line.text)}: expected ${JSON.stringify(o.line.expect)}, heard ${JSON.stringify(o.heard)}`);
    }
  }
};

if (require.main === module) void main();
