/**
 * The English locales the Alexa skill is published in. Each gets an interaction model generated from the one language
 * model (drivers in each say the same things to the coach) and its own publishing information in skill.json; what the
 * coach says differs where the words do (see src/core/prompts), and weights default to pounds only in the US.
 */
export const SKILL_LOCALES = ['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-IN'] as const;

export type SkillLocale = (typeof SKILL_LOCALES)[number];

/** Where ask-cli reads the interaction models (the skill package of ask-resources.json): build output, not committed. */
export const INTERACTION_MODELS_DIR = 'skill-package/interactionModels/custom';

export const interactionModelPath = (locale: SkillLocale): string => `${INTERACTION_MODELS_DIR}/${locale}.json`;
