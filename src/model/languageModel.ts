/**
 * English's language model as the tools and tests read it: its intents with their samples (the phrasings are in
 * src/languages/en/phrases/, one file per feature), the welcome and off-topic phrases, the choice phrases. The models
 * of every language are made in ./languageModels.ts.
 */
import { LANGUAGE_MODEL } from './languageModels';
import type { IntentDef } from './intents';

export { CUSTOM_SLOT_TYPES } from './intents';
export { INVOCATION_NAME, WELCOME_PHRASES } from '../languages/en/phrases';
export { OFF_TOPIC_PHRASES } from '../languages/en/heardWords';
export type { IntentDef, IntentShape, SlotDef, SlotTypeName, SlotTypeValue } from './intents';

/** Every intent with its English samples, in the models' order. */
export const INTENTS: IntentDef[] = [...LANGUAGE_MODEL.intents];

/** Intents of Alexa's model only: the weight samples with the unit said as a word, and greetings said in a session. */
export const ALEXA_ONLY_INTENTS: IntentDef[] = [...(LANGUAGE_MODEL.alexaOnlyIntents ?? [])];
