/** The coach's English: the US prompts, the words that differ elsewhere, the screen's labels and the numbers said. */
import { ENGLISH_READING } from './readingWords';
import type { LanguageWords } from '../words';
import { CHOICES_EN } from './choices';
import { countedAloud, spelled } from './numbersSaid';
import { EN_US } from './prompts';
import { EN_GB, EN_METRIC_EXAMPLES } from './promptsElsewhere';
import { SCREEN_EN_US } from './screen';

export const ENGLISH: LanguageWords = {
  prompts: EN_US,
  metricPrompts: EN_METRIC_EXAMPLES,
  localePrompts: { 'en-GB': EN_GB },
  screen: SCREEN_EN_US,
  choices: CHOICES_EN,
  spelled,
  spelledBefore: (n) => spelled(n),
  countedAloud,
  reading: ENGLISH_READING,
};
