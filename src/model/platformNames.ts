/**
 * How the language model's intents are named on Dialogflow ES. Alexa's built-in names (AMAZON.YesIntent)
 * lose their prefix; Alexa's fallback and launch become Dialogflow's default fallback and welcome intents.
 */
import type { SpokenEventType } from '../core/events';
import { INTENTS, type IntentDef } from './languageModel';

export const DIALOGFLOW_WELCOME_INTENT = 'Default Welcome Intent';
export const DIALOGFLOW_FALLBACK_INTENT = 'Default Fallback Intent';

export const dialogflowIntentName = (intent: Pick<IntentDef, 'name'>): string => {
  if (intent.name === 'AMAZON.FallbackIntent') return DIALOGFLOW_FALLBACK_INTENT;
  return intent.name.replace(/^AMAZON\./, '');
};

/** The intents by their Dialogflow name, made when first asked for: every webhook request names one. */
let intentsByDialogflowName: ReadonlyMap<string, IntentDef> | null = null;
const byDialogflowName = (): ReadonlyMap<string, IntentDef> => {
  if (!intentsByDialogflowName) {
    const byName = new Map<string, IntentDef>();
    // Where two intents had one name, the first would be the one found.
    for (const intent of INTENTS) if (!byName.has(dialogflowIntentName(intent))) byName.set(dialogflowIntentName(intent), intent);
    intentsByDialogflowName = byName;
  }
  return intentsByDialogflowName;
};

/** The coach event for a Dialogflow intent display name; unknown names are the fallback. */
export const eventForDialogflowIntent = (displayName: string | undefined | null): SpokenEventType => {
  if (displayName === DIALOGFLOW_WELCOME_INTENT) return 'launch';
  return intentForDialogflowName(displayName)?.event ?? 'fallback';
};

/** The language model's intent behind a Dialogflow display name (for slot names and types). */
export const intentForDialogflowName = (displayName: string | undefined | null): IntentDef | undefined =>
  typeof displayName === 'string' ? byDialogflowName().get(displayName) : undefined;
