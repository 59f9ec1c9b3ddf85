/**
 * The Skill Management API's own schema for a skill package, from the swagger definitions ask-smapi-model ships
 * (the models ask-cli uploads against), as validators. The definitions leave objects open; here every object of the
 * manifest and the interaction model is closed, so a misspelt field ("privacyPolicyURL") fails instead of being
 * ignored until Amazon's review.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

interface Definition {
  type?: string;
  properties?: object;
  additionalProperties?: unknown;
  allOf?: unknown;
  discriminator?: unknown;
}

const CLOSED_PREFIXES = ['v1.skill.Manifest.', 'v1.skill.interactionModel.'];

const closedDefinitions = (): Record<string, Definition> => {
  // Read as data: imported, a 900 KB swagger file would be type-checked on every compile.
  const spec = JSON.parse(readFileSync(require.resolve('ask-smapi-model/spec.json'), 'utf8')) as { definitions: Record<string, Definition> };
  const definitions = spec.definitions;
  for (const [name, definition] of Object.entries(definitions)) {
    const closable = definition.type === 'object' && definition.properties && definition.additionalProperties === undefined;
    // A definition built from others (allOf) or told apart by a field (discriminator) is checked by its parts.
    if (CLOSED_PREFIXES.some((prefix) => name.startsWith(prefix)) && closable && !definition.allOf && !definition.discriminator) {
      definition.additionalProperties = false;
    }
  }
  return definitions;
};

/** Format names the swagger uses as prose; nothing checks them. */
const PROSE_FORMATS = ['ISO 4217 format', 'ISO_8601#Durations format'];

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const format of PROSE_FORMATS) ajv.addFormat(format, true);
ajv.addSchema({ $id: 'smapi', definitions: closedDefinitions() });

const validator = (definition: string): ValidateFunction => {
  const validate = ajv.getSchema(`smapi#/definitions/${definition}`);
  if (!validate) throw new Error(`ask-smapi-model has no definition ${definition}`);
  return validate;
};

export const validateSkillManifest = validator('v1.skill.Manifest.SkillManifestEnvelope');
export const validateInteractionModel = validator('v1.skill.interactionModel.InteractionModelData');

/** The validator's errors as lines: where, and what is wrong. */
export const problemsOf = (validate: ValidateFunction): string[] =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`);
