/** The reply when a turn could not be taken: nothing was changed, and the user is told so and asked again. */
import type { Reply } from './reply';
import { prompt, type PromptKey } from './prompts';

const APOLOGY: Record<'busy' | 'unreadable' | 'error', PromptKey> = {
  busy: 'ERROR_BUSY',
  unreadable: 'ERROR_STORE',
  error: 'ERROR',
};

export const apologyReply = (locale: string, failure: keyof typeof APOLOGY): Reply => {
  const speech = [{ kind: 'text' as const, text: prompt(locale, APOLOGY[failure]) }];
  return { speech, reprompt: speech, endSession: false, card: null, status: null, expects: null, deleteUser: false };
};
