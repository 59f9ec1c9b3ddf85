/**
 * The generated models are build output, not committed: what keeps a change to them visible is the fingerprint of
 * each, recorded in test/model/modelFingerprints.json. A change to the language model, a slot type or a generator
 * changes a fingerprint, and the change is then recorded on purpose, in the same commit, for review to see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINGERPRINTS_FILE, modelFingerprints } from '../../src/model/modelFingerprints';

const recorded = JSON.parse(readFileSync(join(__dirname, '..', '..', FINGERPRINTS_FILE), 'utf8')) as Record<string, string>;
const generated = modelFingerprints();

const HOW_TO_UPDATE =
  'If you meant to change what drivers can say (or how the models are generated), look at the new models ' +
  '(`npm run build:models` writes them to skill-package/interactionModels/custom/ and models/), then record the new ' +
  `fingerprints with \`npm run build:models -- --fingerprints\` and commit ${FINGERPRINTS_FILE} with your change.`;

test('a fingerprint is recorded for every generated model, and for no other', () => {
  expect(Object.keys(recorded).sort()).toEqual(Object.keys(generated).sort());
});

test.each(Object.entries(generated))('the %s is the one recorded', (model, fingerprint) => {
  if (recorded[model] !== fingerprint) {
    throw new Error(`The generated ${model} changed: its fingerprint is ${fingerprint}, ${FINGERPRINTS_FILE} records ${recorded[model] ?? 'none'}. ${HOW_TO_UPDATE}`);
  }
});
