/**
 * The held-out phrasings as Alexa's own NLU hears them: each is sent to the skill's utterance profiler (SMAPI
 * `profileNlu`, which resolves a line against the deployed interaction model without calling the skill), and the
 * intent Alexa selects is read as the skill reads it (a line placed by its opening word only goes to the local NLU).
 * This is the measure virtual-alexa, an exact matcher, only bounds from below.
 *
 *   ALEXA_SKILL_ID=amzn1.ask.skill.… SMAPI_ACCESS_TOKEN=Atza|… npx tsx test/nlu/alexaProfiler.ts [--dev-misses]
 *
 * The skill id defaults to the one in .ask/ask-states.json (after `npm run deploy`). The access token is a Login with
 * Amazon token for the developer account: `npx ask util generate-lwa-tokens` prints one (it lasts an hour). The FINAL
 * split's texts are never printed.
 */
import { readFileSync } from 'node:fs';
import type { Intent, Slot } from 'ask-sdk-model';
import { heardIntent } from '../../src/alexa/heardIntent';
import { createLogger } from '../../src/log';
import type { Nlu } from '../../src/nlu/nlu';
import { HELD_OUT_PHRASINGS } from './heldOutPhrasings';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { measure, score, scoreLine, type Heard, type Listener } from './heldOutMeasure';

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

export const profilerListener = (options: ProfilerOptions): Listener => {
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
  return async (text): Promise<Heard> => {
    const selected = (await profile(text)).selectedIntent;
    if (!selected?.name) return { intent: 'AMAZON.FallbackIntent', slots: {} };
    const intent: Intent = { name: selected.name, confirmationStatus: 'NONE', slots: selected.slots ?? {} };
    const heard = await heardIntent(intent, options.nlu, quiet);
    return { intent: heard.name, slots: heard.slots };
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
  const outcomes = await measure(profilerListener({ skillId, accessToken, nlu: sharedNlu, endpoint: process.env.SMAPI_ENDPOINT }));
  console.log(scoreLine("Alexa's own NLU (utterance profiler)", outcomes));
  if (process.argv.includes('--dev-misses')) {
    for (const outcome of outcomes.filter((o) => o.split === 'dev' && !o.understood)) {
      const phrasing = HELD_OUT_PHRASINGS[outcome.index];
      console.log(`  ${JSON.stringify(phrasing?.text)}: expected ${phrasing?.intent}, heard ${outcome.heard.intent} ${JSON.stringify(outcome.heard.slots)}`);
    }
  }
  console.log(`target 95%: ${score(outcomes).share >= 0.95 ? 'met' : 'not met'}`);
};

if (require.main === module) void main();
