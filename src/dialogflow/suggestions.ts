/**
 * Tappable answers for chat clients (Dialogflow Messenger's chips): the short answers the coach's closing question
 * expects, each as its phrase of the language model, so a tapped chip is understood exactly like a typed answer.
 * Questions answered with a number only get no chips.
 */
import type { Expected } from '../core/reply';
import { CHOICE_PHRASES } from '../model/choicePhrases';

export const suggestionsFor = (expects: Expected | null): string[] => (expects?.choices ?? []).map((choice) => CHOICE_PHRASES[choice]);
