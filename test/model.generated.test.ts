import { COUNT_WITH_COMMENT_INTENT } from '../src/model/countComments';
import { HALF_WEIGHT_INTENT } from '../src/model/halfWeights';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  buildAlexaInteractionModel,
  InvalidLanguageModelError,
  invocationNameProblems,
  isBuiltInIntent,
  LANGUAGE_MODEL,
  languageModelProblems,
  alexaSampleBudget,
  alexaIntents,
  ALEXA_LIMITS,
  alexaSamplesOf,
  slotReferences,
  type LanguageModelSource,
} from '../src/model/alexaModel';
import { alexaLanguageModels, GENERATED_DIRECTORIES, generatedModelFiles, languageOf } from '../src/model/generatedFiles';
import { languageModelOf, MODEL_LANGUAGES } from '../src/model/languageModels';
import { interactionModelPath, SKILL_LOCALES } from '../src/model/skillLocales';
import { matchCost } from '../src/model/phrasing';
import { CUSTOM_SLOT_TYPES, INTENTS, INVOCATION_NAME, type IntentDef } from '../src/model/languageModel';
import { lineOfCarrierIntent } from '../src/model/carrierIntents';

const root = join(__dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((text, i) => text !== got[i]);
  const at = line === -1 ? want.length : line;
  return `line ${at + 1}: expected ${JSON.stringify(want[at] ?? '<end of file>')}, found ${JSON.stringify(got[at] ?? '<end of file>')}`;
}

describe('generated model files (build output, written by test/globalSetup.mjs when stale)', () => {
  test.each(generatedModelFiles().map((file) => [file.path, file.content]))('%s on disk is what the generators make', (path, content) => {
    const target = join(root, path);
    if (!existsSync(target)) {
      throw new Error(`${path} is missing: run \`npm run build:models\`.`);
    }
    const onDisk = readFileSync(target, 'utf8');
    if (onDisk !== content) {
      throw new Error(`${path} is stale (${firstDifference(content, onDisk)}): run \`npm run build:models\`.`);
    }
  });

  test.each(GENERATED_DIRECTORIES.map((dir) => [dir]))('%s/ holds generated files only', (dir) => {
    const generated = new Set(generatedModelFiles().map((file) => file.path));
    const onDisk = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const extra = onDisk.filter((path) => !generated.has(path));
    if (extra.length > 0) {
      throw new Error(`${extra.join(', ')} no longer generated: run \`npm run build:models\` (it removes them).`);
    }
  });

  test('no generated file is tracked by git: they are build output', () => {
    const tracked = execFileSync('git', ['ls-files', '--', ...GENERATED_DIRECTORIES], { cwd: root, encoding: 'utf8' }).trim();
    expect(tracked).toBe('');
  });

  test('the locales of one language share one generated model', () => {
    const models = alexaLanguageModels();
    expect(models.map((model) => model.language)).toEqual([...new Set(SKILL_LOCALES.map(languageOf))]);
    for (const { locales, content } of models) {
      for (const locale of locales) expect(readFileSync(join(root, interactionModelPath(locale)), 'utf8')).toBe(content);
    }
    expect(models.flatMap((model) => model.locales).sort()).toEqual([...SKILL_LOCALES].sort());
  });

  test('generation is deterministic', () => {
    expect(generatedModelFiles()).toEqual(generatedModelFiles());
  });

  test('the Alexa model and the Dialogflow agent are both generated', () => {
    const paths = generatedModelFiles().map((file) => file.path);
    expect(paths).toContain('skill-package/interactionModels/custom/en-US.json');
    expect(paths).toContain('models/agent.json');
    expect(paths).toContain('models/package.json');
    expect(paths.filter((path) => path.startsWith('models/intents/')).length).toBeGreaterThan(INTENTS.length);
    // Each entity type's definition, and its entries in each language.
    expect(paths.filter((path) => path.startsWith('models/entities/')).length).toBe((1 + MODEL_LANGUAGES.length) * Object.keys(CUSTOM_SLOT_TYPES).length);
  });

  test('every published language has a model, and every locale of a language is published with it', () => {
    expect([...new Set(SKILL_LOCALES.map(languageOf))].sort()).toEqual([...MODEL_LANGUAGES].sort());
    expect(SKILL_LOCALES.filter((locale) => languageOf(locale) === 'es').sort()).toEqual(['es-MX', 'es-US']);
  });
});

describe.each(SKILL_LOCALES.map((locale) => [locale, languageOf(locale)] as const))('the %s interaction model (%s)', (locale, language) => {
  const file = readFileSync(join(root, interactionModelPath(locale)), 'utf8');
  const { languageModel: built } = (JSON.parse(file) as ReturnType<typeof buildAlexaInteractionModel>).interactionModel;
  const model = languageModelOf(language);

  test("breaks none of the rules the generator enforces: sample counts and characters, no sample in two intents, slot references", () => {
    expect(languageModelProblems(model)).toEqual([]);
    expect(invocationNameProblems(built.invocationName)).toEqual([]);
  });

  test("stays well under the 1,000,000 characters Alexa's model API refuses beyond", () => {
    expect(file.length).toBeLessThan(800_000);
  });

  test('each intent of the language model carries its share of samples; every intent at most 5,000, every sample at most 200 characters, none in two intents', () => {
    for (const source of alexaIntents(model)) {
      const intent = built.intents.find((candidate) => candidate.name === source.name);
      expect([source.name, intent?.samples.length]).toEqual([source.name, Math.min(source.samples.length, alexaSampleBudget(source.name))]);
    }
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const intent of built.intents) {
      if (intent.samples.length > ALEXA_LIMITS.samplesPerIntent) problems.push(`${intent.name}: ${intent.samples.length} samples`);
      for (const sample of intent.samples) {
        if (sample.length > ALEXA_LIMITS.sampleCharacters) problems.push(`${intent.name} "${sample}": longer than ${ALEXA_LIMITS.sampleCharacters} characters`);
        const key = sample.toLowerCase();
        const earlier = owner.get(key);
        if (earlier !== undefined) problems.push(`"${sample}" in ${earlier} and ${intent.name}`);
        owner.set(key, intent.name);
      }
    }
    expect(problems).toEqual([]);
  });

  test('has the intents of the language model, Alexa\'s own, the listed ones, and its language\'s carriers last', () => {
    const listed = model.alexaListed?.().intents.map((intent) => intent.name) ?? [];
    expect(built.intents.map((intent) => intent.name)).toEqual([...alexaIntents(model).map((intent) => intent.name), ...listed, ...model.carrierIntents.map((intent) => intent.name)]);
    expect(built.types.map((type) => type.name)).toEqual(expect.arrayContaining(Object.keys(model.slotTypes)));
  });

  test('pain, a safety rule, reaches Alexa in every plain phrasing of five words or fewer (a filler word counts three)', () => {
    const pain = built.intents.find((intent) => intent.name === 'PainIntent');
    const source = model.intents.find((intent) => intent.name === 'PainIntent') as IntentDef;
    expect(pain?.samples).toEqual(expect.arrayContaining(source.samples.filter((sample) => matchCost(sample) <= 5)));
  });
});

describe('the Spanish interaction model', () => {
  const spanish = languageModelOf('es');
  const built = buildAlexaInteractionModel(spanish).interactionModel.languageModel;
  const samplesOf = (name: string): string[] => built.intents.find((intent) => intent.name === name)?.samples ?? [];

  test('is opened with the skill\'s name, as English is, and has the slot types\' Spanish values under English\'s ids', () => {
    expect(built.invocationName).toBe(INVOCATION_NAME);
    const unit = built.types.find((type) => type.name === 'UnitType');
    expect(unit?.values.map((value) => [value.id, value.name.value])).toEqual([['lb', 'libras'], ['kg', 'kilos']]);
    const zone = built.types.find((type) => type.name === 'TimeZoneType')?.values.find((value) => value.id === 'America/Chicago');
    expect([zone?.name.value, ...(zone?.name.synonyms ?? [])]).toContain('hora del centro');
  });

  test('hears Spanish drivers: a count, a correction, pain after "para", a weight in libras and one with a half', () => {
    expect(samplesOf('CountIntent')).toEqual(expect.arrayContaining(['hice {count}', '{count} reps']));
    expect(samplesOf('CorrectionIntent')).toContain('no {count}');
    expect(samplesOf('PainIntent')).toEqual(expect.arrayContaining(['para me duele', 'me {complaint} la {part}']));
    expect(samplesOf('AMAZON.StopIntent')).not.toContain('para me duele');
    expect(samplesOf('WeightInPoundsIntent')).toContain('{weight} libras');
    expect(samplesOf('WeightWithHalfIntent')).toEqual(expect.arrayContaining(['{weight} y medio {unit}', 'ponle {weight} {unit} y medio']));
  });

  test('carries no English sentence (the English words drivers mix in, "ok", "reps", "dumbbell", are theirs), its count with a comment in Spanish too', () => {
    const englishWords = /\b(the|my|please|what|how|I'm|I|but|got|form)\b/;
    const english = built.intents.flatMap((intent) => intent.samples.filter((sample) => englishWords.test(sample)));
    expect(english).toEqual([]);
    expect(samplesOf(COUNT_WITH_COMMENT_INTENT)).toEqual(expect.arrayContaining(['{count} pero {comment}', 'hice {count} {comment}', '{comment} pero hice {count}']));
    const comments = built.types.find((type) => type.name === 'CountCommentType')?.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]) ?? [];
    expect(comments).toEqual(expect.arrayContaining(['estuvo pesado', 'la forma se me fue', 'me duele la espalda', 'sí jefe', 'compa']));
    expect(comments.filter((comment) => englishWords.test(comment))).toEqual([]);
  });

  test('the Spanish carriers put a Spanish line back together, and no carrier name is English\'s', () => {
    expect(lineOfCarrierIntent('PreguntaCuantoIntent', 'me falta')).toBe('cuánto me falta');
    expect(lineOfCarrierIntent('DigoTrasMuletillaIntent', 'fueron doce')).toBe('fueron doce');
    const english = new Set(LANGUAGE_MODEL.carrierIntents.map((intent) => intent.name));
    expect(spanish.carrierIntents.filter((intent) => english.has(intent.name))).toEqual([]);
  });
});

describe('language model structure', () => {
  const custom = INTENTS.filter((intent) => !isBuiltInIntent(intent.name));

  test('breaks none of the rules the generator enforces', () => {
    expect(languageModelProblems()).toEqual([]);
  });

  test('the invocation name is two or more lowercase words', () => {
    expect(INVOCATION_NAME).toMatch(/^[a-z]+( [a-z]+)+$/);
    expect(invocationNameProblems(INVOCATION_NAME)).toEqual([]);
  });

  test.each(custom.map((intent) => [intent.name, intent]))('%s has samples and uses exactly its slots', (_name, intent) => {
    expect(intent.samples.length).toBeGreaterThan(0);
    const declared = intent.slots.map((slot) => slot.name).sort();
    const referenced = [...new Set(intent.samples.flatMap(slotReferences))].sort();
    expect(referenced).toEqual(declared);
  });

  test('the Alexa model extends the built-ins with their samples, carries each intent\'s head and then its shortest samples, then Alexa\'s own, then a count with a comment and a weight with a half, then the carrier phrases', () => {
    const { languageModel: whole } = buildAlexaInteractionModel().interactionModel;
    expect(whole.invocationName).toBe(INVOCATION_NAME);
    const all = alexaIntents();
    // A count with a comment, then the carrier-phrase intents, come last (test/model/carrierIntents.test.ts).
    const languageModel = { ...whole, intents: whole.intents.slice(0, all.length) };
    expect(whole.intents.slice(all.length, all.length + 2).map((intent) => intent.name)).toEqual([COUNT_WITH_COMMENT_INTENT, HALF_WEIGHT_INTENT]);
    expect(whole.intents.slice(all.length + 2).every((intent) => lineOfCarrierIntent(intent.name, '') !== null)).toBe(true);
    expect(languageModel.intents.map((intent) => intent.name)).toEqual(all.map((intent) => intent.name));
    for (const intent of languageModel.intents) {
      const source = all.find((i) => i.name === intent.name) as IntentDef;
      const samples = alexaSamplesOf(source);
      expect(samples.length).toBe(Math.min(source.samples.length, alexaSampleBudget(source.name)));
      expect(samples.slice(0, 20)).toEqual(source.samples.slice(0, 20));
      if (isBuiltInIntent(intent.name)) {
        expect(intent).toEqual({ name: intent.name, samples });
      } else {
        expect(intent).toEqual({ name: source.name, slots: source.slots, samples });
      }
    }
    // What an intent leaves out for Alexa's size is never one of its plainest phrasings.
    for (const intent of languageModel.intents) {
      const source = all.find((i) => i.name === intent.name) as IntentDef;
      const kept = new Set(intent.samples);
      const dropped = source.samples.filter((sample) => !kept.has(sample));
      expect(dropped.filter((sample) => matchCost(sample) <= 3)).toEqual([]);
    }
    // Alexa fills a slot only where it has seen one: a quarter of an intent's samples say its slots, where it has that
    // many ("{count} but my form broke" beside "I lost form").
    for (const intent of languageModel.intents) {
      const source = all.find((i) => i.name === intent.name) as IntentDef;
      const slotted = (samples: readonly string[]): number => samples.filter((sample) => /\{\w+\}/.test(sample)).length;
      expect(slotted(intent.samples)).toBeGreaterThanOrEqual(Math.min(slotted(source.samples), Math.ceil(alexaSampleBudget(source.name) / 4)));
    }
    expect(languageModel.intents.find((intent) => intent.name === 'LostFormIntent')?.samples).toEqual(expect.arrayContaining(['{count} but my form broke']));
    const yes = languageModel.intents.find((intent) => intent.name === 'AMAZON.YesIntent')?.samples;
    const no = languageModel.intents.find((intent) => intent.name === 'AMAZON.NoIntent')?.samples;
    expect(yes).toEqual(expect.arrayContaining(['absolutely', 'definitely', 'sure thing']));
    expect(no).toEqual(expect.arrayContaining(['negative', 'no thanks', 'not now', 'nope']));
    expect(languageModel.intents.find((intent) => intent.name === 'AMAZON.FallbackIntent')?.samples).toEqual(expect.arrayContaining(['turn on the radio', 'is the interstate closed']));
    expect(languageModel.intents.find((intent) => intent.name === 'AMAZON.YesIntent')?.samples).toEqual(expect.arrayContaining(['yeah', 'yep']));
    const unit = languageModel.types.find((type) => type.name === 'UnitType');
    expect(unit?.values[0]).toEqual({
      id: 'lb',
      name: { value: 'pounds', synonyms: ['pound', 'lbs', 'lb', 'imperial', 'pound weights', 'the imperial system'] },
    });
  });
});

describe('the generator rejects what Alexa rejects', () => {
  const intent = (name: string, samples: string[], slots: IntentDef['slots'] = []): IntentDef => ({
    name,
    event: 'ready',
    slots,
    samples,
  });
  const model = (intents: IntentDef[], invocationName = 'back coach'): LanguageModelSource => ({
    ...LANGUAGE_MODEL,
    invocationName,
    intents,
  });
  const problemsOf = (source: LanguageModelSource): string => {
    try {
      buildAlexaInteractionModel(source);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidLanguageModelError);
      return (error as Error).message;
    }
    throw new Error('expected the generator to throw');
  };

  test('a sample in two intents, whatever its case and spacing', () => {
    expect(problemsOf(model([intent('OneIntent', ['go now']), intent('TwoIntent', ['Go  now'])]))).toMatch(
      /belongs to both OneIntent and TwoIntent/,
    );
  });

  test('a slot used but not declared, and a slot declared but never used', () => {
    const message = problemsOf(
      model([intent('CountIntent', ['I got {count}'], [{ name: 'reps', type: 'AMAZON.NUMBER' }])]),
    );
    expect(message).toMatch(/\{count\} is not one of the intent's slots/);
    expect(message).toMatch(/slot "reps" is not used by any sample/);
  });

  test('punctuation, digits and glued slot references', () => {
    const slots = [{ name: 'count', type: 'AMAZON.NUMBER' as const }];
    expect(problemsOf(model([intent('AskIntent', ['ready?'])]))).toMatch(/only letters/);
    expect(problemsOf(model([intent('AskIntent', ['twelve, please'])]))).toMatch(/only letters/);
    expect(problemsOf(model([intent('CountIntent', ['I did 12 {count}'], slots)]))).toMatch(/spell numbers out/);
    expect(problemsOf(model([intent('CountIntent', ['{count}s'], slots)]))).toMatch(/word of its own/);
  });


  test('the same words around the same kinds of slot in two intents', () => {
    const count = [{ name: 'count', type: 'AMAZON.NUMBER' as const }];
    const weight = [{ name: 'weight', type: 'AMAZON.NUMBER' as const }];
    expect(problemsOf(model([intent('CountIntent', ['make it {count}'], count), intent('WeightIntent', ['make it {weight}'], weight)]))).toMatch(
      /"make it \{weight\}" in WeightIntent reads like a sample of CountIntent/,
    );
  });

  test('a sample longer than the budget, and more samples than the budget', () => {
    expect(problemsOf(model([intent('LongIntent', ['go '.repeat(80).trim()])]))).toMatch(/longer than 200 characters/);
    const many = Array.from({ length: 5001 }, (_, i) => `go ${'a'.repeat(1 + (i % 50))} ${'b'.repeat(1 + Math.floor(i / 50))}`);
    expect(problemsOf(model([intent('ManyIntent', many)]))).toMatch(/5001 samples, more than 5000/);
  });

  test('a custom intent with no samples, and a one-word invocation name', () => {
    expect(problemsOf(model([intent('EmptyIntent', [])]))).toMatch(/needs at least one sample/);
    expect(problemsOf(model([intent('GoIntent', ['go'])], 'coach'))).toMatch(/two or more words/);
    expect(problemsOf(model([intent('GoIntent', ['go'])], 'alexa coach'))).toMatch(/must not contain "alexa"/);
  });

  test('a slot value said only one way, which Alexa\'s model API refuses without a synonym', () => {
    const side = [{ name: 'side', type: 'SideType' as const }];
    const source = { ...model([intent('SideIntent', ['my {side}'], side)]), slotTypes: { ...LANGUAGE_MODEL.slotTypes, SideType: [{ id: 'left', synonyms: ['left'] }] } };
    expect(problemsOf(source)).toMatch(/slot type SideType value left: needs a second wording/);
  });

  test('apostrophes in words and periods in abbreviations are fine', () => {
    expect(() =>
      buildAlexaInteractionModel(model([intent('TimeIntent', ["let's train at six a. m.", "the drivers' break"])])),
    ).not.toThrow();
  });
});

describe('skill package', () => {
  interface Manifest {
    manifest: {
      publishingInformation: { category: string; locales: Record<string, { examplePhrases: string[] }> };
      permissions?: unknown[];
      apis: { custom?: object };
    };
  }
  interface AskResources {
    askcliResourcesVersion: string;
    profiles: Record<string, { skillMetadata: { src: string }; code: Record<string, { src: string }> }>;
  }

  test('example phrases open the skill or ask it for a real sample', () => {
    const manifest = readJson('skill-package/skill.json') as Manifest;
    const [open, ...others] = manifest.manifest.publishingInformation.locales['en-US']?.examplePhrases ?? [];
    expect(open).toBe(`Alexa, open ${INVOCATION_NAME}`);
    expect(others.length).toBeGreaterThan(0);
    const samples = new Set(
      INTENTS.filter((i) => !isBuiltInIntent(i.name)).flatMap((i) => i.samples.map((s) => s.toLowerCase())),
    );
    for (const phrase of others) {
      const match = new RegExp(`^Alexa, ask ${INVOCATION_NAME} (?:to |for )?(.+)$`).exec(phrase);
      expect(match).not.toBeNull();
      expect(samples).toContain(match?.[1]?.toLowerCase());
    }
  });

  test('the manifest is a custom skill whose one permission is reminders (test/deploy/skillManifest.test.ts checks the rest)', () => {
    const manifest = readJson('skill-package/skill.json') as Manifest;
    expect(manifest.manifest.apis.custom).toBeDefined();
    expect(manifest.manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
    expect(manifest.manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  test('ask-resources.json points at the skill package and the generated models', () => {
    const resources = readJson('ask-resources.json') as AskResources;
    expect(resources.askcliResourcesVersion).toBe('2020-03-31');
    const profile = resources.profiles.default;
    expect(profile?.code.default?.src).toBe('./lambda/dist');
    const skillPackage = join(root, profile?.skillMetadata.src ?? '');
    expect(existsSync(join(skillPackage, 'skill.json'))).toBe(true);
    for (const locale of Object.keys(
      (readJson('skill-package/skill.json') as Manifest).manifest.publishingInformation.locales,
    )) {
      expect(existsSync(join(skillPackage, 'interactionModels', 'custom', `${locale}.json`))).toBe(true);
    }
  });
});

test('pain, a safety rule, reaches Alexa in every plain phrasing of five words or fewer (a filler word counts three), and as any body part with any complaint', () => {
  const pain = buildAlexaInteractionModel().interactionModel.languageModel.intents.find((intent) => intent.name === 'PainIntent');
  const source = INTENTS.find((intent) => intent.name === 'PainIntent') as IntentDef;
  const short = source.samples.filter((sample) => matchCost(sample) <= 5);
  expect(short.length).toBeGreaterThan(1000);
  expect(pain?.samples).toEqual(expect.arrayContaining(short));
  expect(pain?.samples).toEqual(expect.arrayContaining(['I felt a pop', 'I think I pulled something', 'my {part} is {complaint}', 'I {complaint} my {part}']));
});
