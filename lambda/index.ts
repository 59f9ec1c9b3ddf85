/**
 * Composition root for Alexa on AWS Lambda: configuration from the environment, the runtime every host builds alike
 * (../src/runtime.ts: the store the configuration names, DynamoDB when deployed with
 * infrastructure/cfn-deployer/skill-stack.yaml, else lowdb in /tmp; the turn runner; the local NLU from the bundle's own
 * file), the skill. Built into lambda/dist/index.js by `npm run build`.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { invokeValidated } from '../src/alexa/envelope';
import { createAlexaSkill } from '../src/alexa/skill';
import { readAlexaHostConfig } from '../src/config/alexaEnv';
import { describeStore } from '../src/config/storeEnv';
import { createLogger, type Logger } from '../src/log';
import { loadedOnce, type NluHost } from '../src/nlu/loadOnce';
import { createRuntime } from '../src/runtime';
import { startStopwatch } from '../src/stopwatch';
import { openUnderstandingSnapshot } from './understandingSnapshot';

type Skill = ReturnType<typeof createAlexaSkill>;

let skill: Skill | undefined;

/** The local NLU, loaded from its own file on the first line Alexa placed by a carrier phrase only (see ./understanding.ts). */
const lambdaNlu = (logger: Logger): NluHost =>
  loadedOnce(async () => {
    const elapsed = startStopwatch();
    // Opened on the thread pool while the NLU's own file is compiled below.
    const snapshot = openUnderstandingSnapshot();
    // A separate file of the bundle, required only when needed (the build keeps it out of index.js).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = await (require('./understanding') as typeof import('./understanding')).loadNlu(snapshot);
    logger.info({ ms: Math.round(elapsed()) }, 'local NLU loaded');
    return loaded;
  });

const buildSkill = (): Skill => {
  const config = readAlexaHostConfig(process.env);
  const logger = createLogger(config.logLevel);
  if (config.dataDirIsEphemeral) {
    logger.warn({ dataDir: config.dataDir }, 'BACKCOACH_DATA_DIR is not set: user data lives in /tmp and is lost when this Lambda instance is recycled');
  } else {
    logger.info({ store: config.store.kind }, `user documents are kept in ${describeStore(config.store)}`);
  }
  const { runTurn, nlu } = createRuntime({ store: config.store, logger, nlu: lambdaNlu(logger) });
  return createAlexaSkill({ runTurn, defaultTimeZone: config.defaultTimeZone, skillId: config.skillId, logger, nlu: nlu.nlu });
};

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
  skill ??= buildSkill();
  return invokeValidated(skill, event, context);
};
