/**
 * virtual-alexa's AMAZON.NUMBER made to read numbers as Alexa does, for tests that drive the real interaction model:
 *  - Alexa resolves any spoken number; virtual-alexa knows the words for one to twenty only. The patch adds the
 *    words the local NLU knows (zero to three hundred, as the project's number table spells them, in the model's
 *    language: English's, or Spanish's as well).
 *  - virtual-alexa's number pattern accepts an empty string, so "no" matches the sample "no {count}" with no number
 *    and, having a slot, wins over the sample "no". Alexa does not hear a number where none was said: the patch
 *    refuses an empty number.
 * Returns a function that undoes the patch.
 */
import { numberTable } from '../../src/languages/en/numbersHeard';
import { spanishNumberTable } from '../../src/languages/es/numbersHeard';
import type { Language } from '../../src/languages/locales';

interface NumberSlotTypeClass {
  LONG_FORM_VALUES: Record<string, string[]>;
  prototype: { match: (this: unknown, value: string) => unknown };
}

export const alexaLikeNumbers = (language: Language = 'en'): (() => void) => {
  // virtual-alexa exports neither class; these are the modules its own interaction model uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NumberSlotType } = require('virtual-alexa/lib/src/model/BuiltinSlotTypes') as { NumberSlotType: NumberSlotTypeClass };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SlotMatch } = require('virtual-core') as { SlotMatch: new (matches: boolean) => unknown };
  const originalWords = NumberSlotType.LONG_FORM_VALUES;
  const originalMatch = NumberSlotType.prototype.match;
  const words: Record<string, string[]> = { ...originalWords };
  for (const { value, texts } of [...numberTable(), ...(language === 'es' ? spanishNumberTable() : [])]) {
    words[value] = [...new Set([...(originalWords[value] ?? []), ...texts.filter((text) => !/\d/.test(text))])];
  }
  NumberSlotType.LONG_FORM_VALUES = words;
  NumberSlotType.prototype.match = function match(this: unknown, value: string): unknown {
    return value.trim() === '' ? new SlotMatch(false) : originalMatch.call(this, value);
  };
  return () => {
    NumberSlotType.LONG_FORM_VALUES = originalWords;
    NumberSlotType.prototype.match = originalMatch;
  };
};
