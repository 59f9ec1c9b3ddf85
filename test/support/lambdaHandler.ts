/**
 * The Lambda composition root (lambda/index.ts) loaded fresh for a test, with `env` as its environment: it keeps its
 * skill between invocations, so each load is isolated, and the environment is set again around every invocation.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';

export type LambdaHandler = (event: unknown, context?: unknown) => Promise<ResponseEnvelope>;

export const loadLambdaHandler = async (env: Record<string, string>): Promise<LambdaHandler> => {
  let handler: LambdaHandler | undefined;
  const saved = process.env;
  process.env = { ...saved, ...env };
  try {
    await jest.isolateModulesAsync(async () => {
      ({ handler } = (await import('../../lambda/index')) as unknown as { handler: LambdaHandler });
    });
  } finally {
    process.env = saved;
  }
  return (event) => {
    process.env = { ...saved, ...env };
    return handler!(event).finally(() => {
      process.env = saved;
    });
  };
};

/** The Lambda as a skill `skillId` deployed with its drivers in `table` of a local DynamoDB (support/localDynamo.ts); `env` adds to it. */
export const loadLambdaOnDynamo = (at: { endpoint: string; table: string; skillId: string }, env: Record<string, string> = {}): Promise<LambdaHandler> =>
  loadLambdaHandler({
    AWS_LAMBDA_FUNCTION_NAME: 'backcoach-test',
    AWS_REGION: 'us-east-1',
    BACKCOACH_STORE: 'dynamodb',
    BACKCOACH_DYNAMODB_TABLE: at.table,
    BACKCOACH_DYNAMODB_ENDPOINT: at.endpoint,
    ALEXA_SKILL_ID: at.skillId,
    LOG_LEVEL: 'silent',
    ...env,
  });
