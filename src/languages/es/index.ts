/** The coach's Spanish, for drivers in the US and Mexico: prompts, the screen's labels and the numbers said. */
import type { LanguageWords } from '../words';
import { CHOICES_ES } from './choices';
import { countedAloud, spelled, spelledBefore } from './numbersSaid';
import { ES, ES_METRIC_EXAMPLES } from './prompts';
import { SPANISH_READING } from './readingWords';
import { SCREEN_ES } from './screen';

export const SPANISH: LanguageWords = {
  prompts: ES,
  metricPrompts: ES_METRIC_EXAMPLES,
  localePrompts: {},
  screen: SCREEN_ES,
  choices: CHOICES_ES,
  spelled,
  spelledBefore,
  countedAloud,
  reading: SPANISH_READING,
};
