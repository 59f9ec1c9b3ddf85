/**
 * Composition root for Alexa on AWS Lambda: configuration from the environment, the default store, the turn
 * runner, the skill. Built into lambda/dist/index.js by `npm run build`.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { invokeValidated } from '../src/alexa/envelope';
import { createAlexaSkill } from '../src/alexa/skill';
import { readAlexaHostConfig } from '../src/config/alexaEnv';
import { createLogger } from '../src/log';
import { createDefaultStore } from '../src/store';
import { createTurnRunner } from '../src/turns/turnRunner';

type Skill = ReturnType<typeof createAlexaSkill>;

let skill: Skill | undefined;

const buildSkill = (): Skill => {
  const config = readAlexaHostConfig(process.env);
  const logger = createLogger(config.logLevel);
  if (config.dataDirIsEphemeral) {
    logger.warn({ dataDir: config.dataDir }, 'BACKCOACH_DATA_DIR is not set: user data lives in /tmp and is lost when this Lambda instance is recycled');
  }
  return createAlexaSkill({
    runTurn: createTurnRunner({ store: createDefaultStore(config.dataDir), logger }),
    defaultTimeZone: config.defaultTimeZone,
    skillId: config.skillId,
    logger,
  });
};

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
  skill ??= buildSkill();
  return invokeValidated(skill, event, context);
};
