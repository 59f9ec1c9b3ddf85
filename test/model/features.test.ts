/**
 * Each feature declares its intents beside its flow (src/core/flows/*.intents.ts) and each language phrases them in its
 * folder (src/languages/<code>/phrases/<feature>.ts). An intent added to a feature, and not phrased in every language,
 * fails the type-check: shown here by compiling real files that make each mistake, with the project's own compiler
 * options, and by what the models are assembled from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { FEATURES, type LanguagePhrases } from '../../src/core/flows/intents';
import type { FeatureIntents } from '../../src/core/intentShapes';
import { ENGLISH_PHRASES } from '../../src/languages/en/phrases';
import { SPANISH_PHRASES } from '../../src/languages/es/phrases';
import { ALEXA_ONLY_SHAPES, INTENT_SHAPES } from '../../src/model/intents';
import type { Language } from '../../src/languages/locales';
import { MODEL_LANGUAGES } from '../../src/model/languageModels';

jest.setTimeout(120_000);

/** Each language's phrases: a language added to the locales and not here fails the type-check of this file. */
const PHRASES: Readonly<Record<Language, LanguagePhrases>> = { en: ENGLISH_PHRASES, es: SPANISH_PHRASES };

const ROOT = path.resolve(__dirname, '..', '..');
const src = (file: string): string => JSON.stringify(path.join(ROOT, 'src', file));

/** Each line that the compiler must refuse ends with `// refused`; every other line must pass. */
const FIXTURE = `
import type { PhrasesOf } from ${src('core/intentShapes')};
import type { FeatureIntents } from ${src('core/intentShapes')};
import type { LanguagePhrases } from ${src('core/flows/intents')};
import { REMINDER_INTENTS } from ${src('core/flows/reminders.intents')};
import { ENGLISH_PHRASES } from ${src('languages/en/phrases')};
import { REMINDER_PHRASES } from ${src('languages/en/phrases/reminders')};
import { REMINDER_PHRASES as SPANISH_REMINDER_PHRASES } from ${src('languages/es/phrases/reminders')};

// The languages as they are.
export const asIs: PhrasesOf<typeof REMINDER_INTENTS> = REMINDER_PHRASES;
export const spanishAsIs: PhrasesOf<typeof REMINDER_INTENTS> = SPANISH_REMINDER_PHRASES;

// The feature gains an intent that no language phrases yet.
const GROWN = { intents: [...REMINDER_INTENTS.intents, { name: 'SnoozeIntent', event: 'breakReminders', slots: [] }] } as const satisfies FeatureIntents;
export const english: PhrasesOf<typeof GROWN> = REMINDER_PHRASES; // refused
export const spanish: PhrasesOf<typeof GROWN> = SPANISH_REMINDER_PHRASES; // refused
export const phrased: PhrasesOf<typeof GROWN> = { ...REMINDER_PHRASES, SnoozeIntent: () => ['snooze it'] };

// A language forgets one of the feature's intents.
const { TimeOfDayIntent: _forgotten, ...forgetful } = REMINDER_PHRASES;
export const forgot: PhrasesOf<typeof REMINDER_INTENTS> = forgetful; // refused

// A language names an intent the feature does not have (a misspelt name).
export const misspelt: PhrasesOf<typeof REMINDER_INTENTS> = { ...REMINDER_PHRASES, TimeOfDayIntnet: () => [] }; // refused

// A language leaves out a whole feature.
const { timeZone: _zone, ...withoutTimeZone } = ENGLISH_PHRASES;
export const partial: LanguagePhrases = withoutTimeZone; // refused
`;

/** The lines the compiler refuses, by their number (1-based), with its first message for each. */
const refusedLines = (file: string): Map<number, string> => {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json cannot be read');
  const program = ts.createProgram([file], { ...config.options, noUnusedLocals: false, types: [] });
  const refused = new Map<number, string>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    if (diagnostic.file?.fileName !== file || diagnostic.start === undefined) continue;
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
    if (!refused.has(line)) refused.set(line, ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
  }
  return refused;
};

describe("a feature's intents and each language's phrases of them", () => {
  test('the type-check refuses a language that misses an intent of a feature, names one it does not have, or leaves a feature out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backcoach-phrases-'));
    try {
      const file = path.join(dir, 'phrasesProbe.ts');
      writeFileSync(file, FIXTURE);
      const lines = FIXTURE.split('\n');
      const expected = lines.flatMap((line, i) => (line.endsWith('// refused') ? [i + 1] : []));
      const refused = refusedLines(file);
      expect([...refused.keys()].sort((a, b) => a - b)).toEqual(expected);
      const said = (needle: string): number => lines.findIndex((line) => line.includes(needle)) + 1;
      expect(refused.get(said('export const english'))).toMatch(/SnoozeIntent/);
      expect(refused.get(said('export const forgot'))).toMatch(/TimeOfDayIntent/);
      expect(refused.get(said('export const misspelt'))).toMatch(/TimeOfDayIntnet/);
      expect(refused.get(said('export const partial'))).toMatch(/timeZone/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const features: [string, FeatureIntents][] = Object.entries(FEATURES);
  const featureNames = (feature: FeatureIntents): string[] => [...feature.intents, ...(feature.alexaOnly ?? [])].map((intent) => intent.name);

  test('every intent of the models belongs to exactly one feature', () => {
    const names = [...INTENT_SHAPES, ...ALEXA_ONLY_SHAPES].map((intent) => intent.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    const owners = (name: string): string[] => features.filter(([, feature]) => featureNames(feature).includes(name)).map(([owner]) => owner);
    expect(names.filter((name) => owners(name).length !== 1)).toEqual([]);
  });

  // The type-check holds the files; this holds what they are at run time (a cast or a spread could hide a gap).
  const phrasesOf = (language: Language, feature: string): Readonly<Record<string, () => string[]>> => PHRASES[language][feature as keyof LanguagePhrases];

  test.each(MODEL_LANGUAGES.map((language) => [language]))("%s phrases each feature's intents, and no other", (language) => {
    for (const [name, feature] of features) {
      expect([name, Object.keys(phrasesOf(language, name)).sort()]).toEqual([name, featureNames(feature).sort()]);
    }
  });

  test.each(MODEL_LANGUAGES.map((language) => [language]))('every intent but the fallback has samples in %s', (language) => {
    const empty = features.flatMap(([name, feature]) =>
      featureNames(feature).filter((intent) => intent !== 'AMAZON.FallbackIntent' && (phrasesOf(language, name)[intent]?.() ?? []).length === 0),
    );
    expect(empty).toEqual([]);
  });
});
