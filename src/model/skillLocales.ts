/**
 * The locales the Alexa skill is published in. Each gets the interaction model of its language (drivers of one
 * language say the same things to the coach wherever they are, so the locales of a language share one generation) and
 * its own publishing information in skill.json; what the coach says differs where the words do (see src/core/prompts),
 * and weights start in pounds in the US and Canada (src/languages/locales.ts).
 */
export const SKILL_LOCALES = ['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-IN', 'es-US', 'es-MX'] as const;

export type SkillLocale = (typeof SKILL_LOCALES)[number];

/** Where ask-cli reads the interaction models (the skill package of ask-resources.json): build output, not committed. */
export const INTERACTION_MODELS_DIR = 'skill-package/interactionModels/custom';

export const interactionModelPath = (locale: SkillLocale): string => `${INTERACTION_MODELS_DIR}/${locale}.json`;
