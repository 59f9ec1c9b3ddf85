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
