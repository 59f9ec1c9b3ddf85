/**
 * Tappable answers for chat clients (Dialogflow Messenger's chips): the short answers the coach's closing question
 * expects, each as its phrase of the language model, so a tapped chip is understood exactly like a typed answer.
 * Questions answered with a number only get no chips.
 */
import { choicePhrase } from '../core/prompts';
import type { Expected } from '../core/reply';

/** The chips in the conversation's language: a tapped "Kilos" is a Spanish answer the Spanish agent understands. */
export const suggestionsFor = (expects: Expected | null, locale: string): string[] => (expects?.choices ?? []).map((choice) => choicePhrase(locale, choice));
