/**
 * The example phrases the Alexa app shows under the skill work as written: each, with "Alexa, open/ask back coach"
 * taken off, is the invocation itself or is understood by the generated interaction model of its locale (through
 * virtual-alexa and the built bundle) as the intent a driver means, never as the fallback.
 */
import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { readFileSync } from 'node:fs';
import { VirtualAlexa } from 'virtual-alexa';
import { eventForIntentName } from '../../src/model/intentEvents';
import { BUNDLE, MODEL, useDataDir } from './transcript';
import { interactionModelPath, SKILL_LOCALES } from '../../src/model/skillLocales';

useDataDir();

const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as {
  manifest: { publishingInformation: { locales: Record<string, { examplePhrases: string[] }> } };
};
const invocationName = (JSON.parse(readFileSync(MODEL, 'utf8')) as { interactionModel: { languageModel: { invocationName: string } } }).interactionModel.languageModel.invocationName;
const phrases = manifest.manifest.publishingInformation.locales['en-US']!.examplePhrases;
const localePhrases = SKILL_LOCALES.flatMap((locale) =>
  (manifest.manifest.publishingInformation.locales[locale]?.examplePhrases ?? []).map((phrase) => [locale, phrase] as const),
);

/**
 * How a driver starts: "Alexa, open back coach", or "Alexa, ask back coach (to) …" and what follows; in Spanish "Alexa,
 * abre back coach", or "Alexa, pide a back coach …", "Alexa, pregunta a back coach …".
 */
const OPENERS = new RegExp(
  `^Alexa, (?:open|launch|start|abre|inicia) ${invocationName}$|^Alexa, (?:ask|tell) ${invocationName}(?: (?:to|for|if|whether))? (.+)$|^Alexa, (?:pide|pregunta|dile) a ${invocationName}(?: que)? (.+)$`,
);

/** What the example phrases are expected to mean, by their words after the invocation. */
const MEANT: Record<string, string> = { 'start my workout': 'startWorkout', 'how am I doing': 'progress', 'empezar mi entrenamiento': 'startWorkout', 'cómo voy': 'progress' };

test('there are three example phrases, the first one opening the skill (as Amazon asks)', () => {
  expect(phrases).toHaveLength(3);
  expect(phrases[0]).toMatch(OPENERS);
  expect(phrases[0]!.match(OPENERS)?.[1]).toBeUndefined();
});

test('every published locale shows three example phrases', () => {
  for (const locale of SKILL_LOCALES) expect(manifest.manifest.publishingInformation.locales[locale]?.examplePhrases).toHaveLength(3);
});

test.each(localePhrases)('%s: %s', async (locale, phrase) => {
  const match = phrase.match(OPENERS);
  expect(match).not.toBeNull();
  const request = match![1];
  const alexa = VirtualAlexa.Builder().handler(BUNDLE).interactionModelFile(interactionModelPath(locale)).locale(locale).create();
  const sent: RequestEnvelope[] = [];
  alexa.filter((envelope: RequestEnvelope) => void sent.push(envelope));
  if (request === undefined) {
    await alexa.launch();
    expect(sent[0]?.request.type).toBe('LaunchRequest');
    return;
  }
  await alexa.utter(request);
  const intent = (sent[0]?.request as IntentRequest | undefined)?.intent;
  expect(intent?.name).toBeDefined();
  expect(intent?.name).not.toBe('AMAZON.FallbackIntent');
  expect(eventForIntentName(intent!.name)?.type).toBe(MEANT[request] ?? 'a known meaning for this phrase');
});
