import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { LANGUAGE_MODEL, type LanguageModelSource } from '../../src/model/alexaModel';
import {
  buildDialogflowAgent,
  DIALOGFLOW_UNREACHABLE_REPLY as DIALOGFLOW_UNREACHABLE_REPLY_EN,
  DIALOGFLOW_WELCOME_SAMPLES,
  dialogflowAgentDocuments,
  dialogflowAgentProblems,
  dialogflowSamples,
  DIALOGFLOW_PHRASES_PER_INTENT,
  InvalidDialogflowAgentError,
  nameBasedUuid,
  phraseText,
  zipDialogflowAgent,
  type DialogflowAgentExport,
} from '../../src/model/dialogflowAgent';
import { dialogflowAgentFiles } from '../../src/model/generatedFiles';
import { CUSTOM_SLOT_TYPES, INTENTS, INVOCATION_NAME, type IntentDef } from '../../src/model/languageModel';
import { languageModelOf } from '../../src/model/languageModels';
import { SPANISH_WELCOME_PHRASES } from '../../src/languages/es/phrases';
import {
  DIALOGFLOW_FALLBACK_INTENT,
  DIALOGFLOW_WELCOME_INTENT,
  dialogflowIntentName,
  eventForDialogflowIntent,
} from '../../src/model/platformNames';

const root = join(__dirname, '..', '..');
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const agent: DialogflowAgentExport = buildDialogflowAgent();
const intentNamed = (name: string): DialogflowAgentExport['intents'][number] => {
  const found = agent.intents.find((entry) => entry.intent.name === name);
  if (!found) throw new Error(`no intent ${name} in the agent`);
  return found;
};
const entityNames = new Set(agent.entities.map((entity) => entity.entityType.name));

/** Every id in the export: intents, their parameters and phrases, entity types. */
function allIds(exported: DialogflowAgentExport): string[] {
  return [
    ...exported.intents.flatMap(({ intent, userSays, userSaysIn }) => [
      intent.id,
      ...intent.responses.flatMap((response) => response.parameters.map((p) => p.id)),
      ...(userSays ?? []).map((phrase) => phrase.id),
      ...Object.values(userSaysIn).flatMap((phrases) => phrases.map((phrase) => phrase.id)),
    ]),
    ...exported.entities.map((entity) => entity.entityType.id),
  ];
}

describe('the Dialogflow agent generated from the language model', () => {
  test('breaks none of the rules the generator checks', () => {
    expect(dialogflowAgentProblems()).toEqual([]);
  });

  test('has every language-model intent under its Dialogflow name, plus the welcome intent, and nothing else', () => {
    const expected = [DIALOGFLOW_WELCOME_INTENT, ...INTENTS.map((intent) => dialogflowIntentName(intent))];
    expect(agent.intents.map((entry) => entry.intent.name).sort()).toEqual([...expected].sort());
    expect(agent.intents.map((entry) => entry.intent.name)).not.toContainEqual(expect.stringMatching(/^AMAZON\./));
  });

  test.each(INTENTS.map((intent) => [dialogflowIntentName(intent), intent]))(
    '%s acts as its coach event, calls the webhook and declares its slots',
    (name, source: IntentDef) => {
      const { intent } = intentNamed(name);
      const [response] = intent.responses;
      expect(response?.action).toBe(source.event);
      expect(eventForDialogflowIntent(name)).toBe(source.event);
      expect(intent.webhookUsed).toBe(true);
      expect(intent.webhookForSlotFilling).toBe(false);
      expect(intent.priority).toBe(500000);
      expect(response?.parameters.map((p) => [p.name, p.dataType, p.value, p.required, p.isList])).toEqual(
        source.slots.map((slot) => [
          slot.name,
          slot.type === 'AMAZON.NUMBER' ? '@sys.number' : `@${slot.type}`,
          `$${slot.name}`,
          false,
          false,
        ]),
      );
    },
  );

  test('the welcome intent answers the WELCOME event and greetings such as "open back coach" and "hi"', () => {
    const { intent, userSays } = intentNamed(DIALOGFLOW_WELCOME_INTENT);
    expect(intent.events).toEqual([{ name: 'WELCOME' }]);
    expect(intent.fallbackIntent).toBe(false);
    expect(intent.webhookUsed).toBe(true);
    expect(eventForDialogflowIntent(DIALOGFLOW_WELCOME_INTENT)).toBe('launch');
    const phrases = (userSays ?? []).map((phrase) => phraseText(phrase.data));
    expect(phrases).toEqual([...DIALOGFLOW_WELCOME_SAMPLES]);
    expect(phrases).toEqual(expect.arrayContaining([`open ${INVOCATION_NAME}`, `talk to ${INVOCATION_NAME}`, 'hi']));
  });

  test('the fallback intent is the only fallback, still calls the webhook, and has the lines about something else as its negative examples', () => {
    const { intent, userSays } = intentNamed(DIALOGFLOW_FALLBACK_INTENT);
    expect(intent.fallbackIntent).toBe(true);
    expect(intent.webhookUsed).toBe(true);
    expect(agent.intents.filter((entry) => entry.intent.fallbackIntent)).toHaveLength(1);
    const phrases = (userSays ?? []).map((say) => say.data.map((part) => part.text).join(''));
    expect(phrases).toEqual(expect.arrayContaining(['turn on the radio', 'is the interstate closed']));
    expect(phrases.every((phrase) => !/\{|@/.test(phrase))).toBe(true);
    expect(dialogflowAgentDocuments().map((d) => d.path)).toContain(`models/intents/${DIALOGFLOW_FALLBACK_INTENT}_usersays_en.json`);
  });

  test('every annotated part names a declared parameter of the same entity type, and that entity type exists', () => {
    for (const { intent, userSays } of agent.intents) {
      const parameters = new Map(intent.responses.flatMap((r) => r.parameters).map((p) => [p.name, p]));
      for (const parameter of parameters.values()) {
        if (parameter.dataType !== '@sys.number') expect(entityNames).toContain(parameter.dataType.slice(1));
      }
      for (const phrase of userSays ?? []) {
        for (const part of phrase.data) {
          if (!part.userDefined) continue;
          const where = `${intent.name} "${phraseText(phrase.data)}"`;
          const parameter = parameters.get(part.alias);
          expect({ where, declared: parameter !== undefined }).toEqual({ where, declared: true });
          expect(part.meta).toBe(parameter?.dataType);
          if (part.meta === '@sys.number') {
            expect(part.text).toMatch(/^(\d+|[a-z]+)$/);
          } else {
            const entity = agent.entities.find((e) => `@${e.entityType.name}` === part.meta);
            expect(entity?.entries.flatMap((entry) => entry.synonyms)).toContain(part.text);
          }
        }
      }
    }
  });

  test('training phrases are the language model samples (an even spread of long lists) with example values in the slots, none twice', () => {
    for (const source of INTENTS) {
      const { userSays } = intentNamed(dialogflowIntentName(source));
      const templates = (userSays ?? []).map((phrase) =>
        phrase.data.map((part) => (part.userDefined ? `{${part.alias}}` : part.text)).join(''),
      );
      // Every template is a sample of the spread, in order; one that fills to a phrase already listed is left out.
      const spread = dialogflowSamples(source.samples);
      expect(spread.filter((sample) => templates.includes(sample))).toEqual(templates);
      expect(templates.length).toBeGreaterThanOrEqual(Math.min(source.samples.length, DIALOGFLOW_PHRASES_PER_INTENT) - 5);
      const texts = (userSays ?? []).map((phrase) => phrase.data.map((part) => part.text).join('').toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
      expect(templates.slice(0, 5)).toEqual(source.samples.slice(0, 5));
      for (const phrase of userSays ?? []) {
        expect(phrase).toMatchObject({ isTemplate: false, count: 0, lang: 'en', updated: 0 });
      }
    }
  });

  test('example values vary: numbers in digits and words, and several synonyms of each entity', () => {
    const examples = (alias: string): string[] =>
      agent.intents.flatMap(({ userSays }) =>
        (userSays ?? []).flatMap((p) => p.data.filter((part) => part.userDefined && part.alias === alias).map((part) => part.text)),
      );
    expect(new Set(examples('count')).size).toBeGreaterThanOrEqual(5);
    expect(examples('count')).toEqual(expect.arrayContaining(['12', 'twelve']));
    expect(examples('unit')).toEqual(expect.arrayContaining(['pounds', 'kilograms', 'kilos']));
    expect(examples('side')).toEqual(expect.arrayContaining(['left', 'right', 'left hand']));
  });

  test('entity types carry each value with its canonical id first among its synonyms', () => {
    expect([...entityNames].sort()).toEqual(Object.keys(CUSTOM_SLOT_TYPES).sort());
    for (const { entityType, entries } of agent.entities) {
      expect(entityType).toMatchObject({
        isOverridable: true,
        isEnum: false,
        isRegexp: false,
        automatedExpansion: false,
        allowFuzzyExtraction: false,
      });
      const source = CUSTOM_SLOT_TYPES[entityType.name as keyof typeof CUSTOM_SLOT_TYPES];
      expect(entries.map((entry) => entry.value)).toEqual(source.map((value) => value.id));
      for (const entry of entries) {
        const value = source.find((v) => v.id === entry.value);
        expect(entry.synonyms[0]).toBe(entry.value);
        expect(new Set(entry.synonyms)).toEqual(new Set([entry.value, ...(value?.synonyms ?? []), ...(value?.written ?? [])]));
        expect(new Set(entry.synonyms).size).toBe(entry.synonyms.length);
      }
    }
  });

  test('ids are version-5 UUIDs, unique across the agent and the same on every build', () => {
    const ids = allIds(agent);
    for (const id of ids) expect(id).toMatch(UUID_V5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allIds(buildDialogflowAgent())).toEqual(ids);
    expect(nameBasedUuid('intent:CountIntent')).toBe(intentNamed('CountIntent').intent.id);
    expect(dialogflowAgentFiles()).toEqual(dialogflowAgentFiles());
  });

  test('agent.json has the fields the importer reads, with the coach settings and the webhook left for deploy', () => {
    expect(Object.keys(agent.agent)).toEqual([
      'description',
      'language',
      'shortDescription',
      'examples',
      'linkToDocs',
      'displayName',
      'disableInteractionLogs',
      'disableStackdriverLogs',
      'googleAssistant',
      'defaultTimezone',
      'webhook',
      'isPrivate',
      'mlMinConfidence',
      'supportedLanguages',
      'enableOnePlatformApi',
      'onePlatformApiVersion',
      'analyzeQueryTextSentiment',
      'enabledKnowledgeBaseNames',
      'knowledgeServiceConfidenceAdjustment',
      'dialogBuilderMode',
      'baseActionPackagesUrl',
      'enableSpellCorrection',
    ]);
    expect(agent.agent).toMatchObject({
      displayName: 'Back Coach',
      language: 'en',
      defaultTimezone: 'America/Chicago',
      supportedLanguages: ['es'],
      onePlatformApiVersion: 'v2',
      mlMinConfidence: 0.3,
      webhook: { url: '', useForDomains: false },
    });
    expect(agent.packageJson).toEqual({ version: '1.0.0' });
  });

  test('files are laid out the way an export is: one intent file, one phrases file, one entries file each', () => {
    const paths = dialogflowAgentFiles().map((file) => file.path);
    expect(paths.slice(0, 2)).toEqual(['models/agent.json', 'models/package.json']);
    for (const { intent, userSays } of agent.intents) {
      expect(paths).toContain(`models/intents/${intent.name}.json`);
      if (userSays) expect(paths).toContain(`models/intents/${intent.name}_usersays_en.json`);
      if (userSays) expect(paths).toContain(`models/intents/${intent.name}_usersays_es.json`);
    }
    for (const name of entityNames) {
      expect(paths).toContain(`models/entities/${name}.json`);
      expect(paths).toContain(`models/entities/${name}_entries_en.json`);
      expect(paths).toContain(`models/entities/${name}_entries_es.json`);
    }
    for (const file of dialogflowAgentFiles()) {
      expect(file.content.endsWith('}\n') || file.content.endsWith(']\n')).toBe(true);
      expect(file.content).toBe(`${JSON.stringify(JSON.parse(file.content), null, 2)}\n`);
    }
  });
});

describe('Spanish, a supported language of the agent', () => {
  const spanish = languageModelOf('es');

  test('every intent with English training phrases has Spanish ones, each marked "es", the Spanish samples with example values', () => {
    for (const { intent, userSays, userSaysIn } of agent.intents) {
      const theirs = userSaysIn.es;
      expect([intent.name, userSays === null ? undefined : theirs !== undefined && theirs.length > 0]).toEqual([intent.name, userSays === null ? undefined : true]);
      for (const phrase of theirs ?? []) expect(phrase.lang).toBe('es');
    }
    const texts = (name: string): string[] => (intentNamed(name).userSaysIn.es ?? []).map((phrase) => phraseText(phrase.data));
    expect(texts(DIALOGFLOW_WELCOME_INTENT)).toEqual([...SPANISH_WELCOME_PHRASES]);
    expect(texts('YesIntent')).toEqual(expect.arrayContaining(['sí', 'órale']));
    expect(texts('PainIntent')).toEqual(expect.arrayContaining(['para me duele']));
    // Numbers in digits and in Spanish words, never in English ones.
    expect(texts('CountIntent')).toEqual(expect.arrayContaining(['hice 9', 'doce repeticiones', 'fueron quince']));
    const everyText = agent.intents.flatMap(({ userSaysIn }) => (userSaysIn.es ?? []).map((phrase) => phraseText(phrase.data)));
    expect(everyText.filter((text) => /\b(twelve|fifteen|twenty|pounds|kilograms)\b/.test(text))).toEqual([]);
    const weight = intentNamed('WeightIntent').userSaysIn.es?.find((phrase) => phraseText(phrase.data) === 'ponle 9 kilos');
    expect(weight?.data).toEqual([
      { text: 'ponle ', userDefined: false },
      { text: '9', meta: '@sys.number', alias: 'weight', userDefined: true },
      { text: ' ', userDefined: false },
      { text: 'kilos', meta: '@UnitType', alias: 'unit', userDefined: true },
    ]);
  });

  test("every entity type has Spanish entries under English's ids", () => {
    for (const { entityType, entries, entriesIn } of agent.entities) {
      expect([entityType.name, entriesIn.es?.map((entry) => entry.value).sort()]).toEqual([entityType.name, entries.map((entry) => entry.value).sort()]);
    }
    const units = agent.entities.find((entity) => entity.entityType.name === 'UnitType')?.entriesIn.es;
    expect(units?.find((entry) => entry.value === 'lb')?.synonyms).toEqual(expect.arrayContaining(['lb', 'libras']));
    expect(units?.find((entry) => entry.value === 'kg')?.synonyms).toEqual(expect.arrayContaining(['kg', 'kilos']));
  });

  test('when the webhook does not answer, every intent says so in each language', () => {
    for (const { intent } of agent.intents) {
      expect(intent.responses[0]?.messages.map((message) => [message.lang, message.speech])).toEqual([
        ['en', [DIALOGFLOW_UNREACHABLE_REPLY_EN]],
        ['es', [spanish.unreachableReply]],
      ]);
    }
    expect(spanish.unreachableReply).toMatch(/^Perdón/);
  });

  test('a language whose intents or entity types are not the default language\'s is refused', () => {
    const fewer: LanguageModelSource = { ...spanish, intents: spanish.intents.slice(1) };
    expect(() => buildDialogflowAgent(LANGUAGE_MODEL, [fewer])).toThrow(/\(es\) the intents differ from the en model's/);
    const otherTypes = Object.fromEntries(Object.entries(spanish.slotTypes).filter(([name]) => name !== 'UnitType'));
    expect(() => buildDialogflowAgent(LANGUAGE_MODEL, [{ ...spanish, slotTypes: otherTypes }])).toThrow(/\(es\) the entity types differ/);
  });

  test('an English-only agent is English\'s files alone, and the same English files as the agent with Spanish', () => {
    const alone = dialogflowAgentDocuments(LANGUAGE_MODEL, []);
    const english = (documents: { path: string; document: unknown }[]) => documents.filter((d) => /_(usersays|entries)_en\.json$/.test(d.path));
    expect(alone.filter((d) => /_es\.json$/.test(d.path))).toEqual([]);
    expect(english(alone)).toEqual(english(dialogflowAgentDocuments()));
  });
});

describe('the generator rejects what Dialogflow would reject or confuse', () => {
  const withIntents = (intents: IntentDef[]): LanguageModelSource => ({ ...LANGUAGE_MODEL, intents });
  const fallback = INTENTS.find((intent) => intent.name === 'AMAZON.FallbackIntent') as IntentDef;
  const problemsOf = (model: LanguageModelSource): string => {
    try {
      buildDialogflowAgent(model);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDialogflowAgentError);
      return (error as Error).message;
    }
    throw new Error('expected the generator to throw');
  };

  test('two intents whose filled-in phrases are the same', () => {
    const count = { name: 'count', type: 'AMAZON.NUMBER' as const };
    const model = withIntents([
      fallback,
      { name: 'OneIntent', event: 'count', slots: [count], samples: ['{count}'] },
      { name: 'TwoIntent', event: 'ready', slots: [], samples: ['12'] },
    ]);
    expect(problemsOf(model)).toMatch(/"12" belongs to both OneIntent and TwoIntent/);
  });

  test('a phrase with characters that mean something to Dialogflow, and an over-long phrase', () => {
    expect(problemsOf(withIntents([fallback, { name: 'AtIntent', event: 'ready', slots: [], samples: ['mail @ me'] }]))).toMatch(
      /no control characters, @/,
    );
    const long = Array.from({ length: 200 }, () => 'word').join(' ');
    expect(problemsOf(withIntents([fallback, { name: 'LongIntent', event: 'ready', slots: [], samples: [long] }]))).toMatch(
      /longer than 768 characters/,
    );
  });

  test('no fallback intent, and an intent named like the welcome intent', () => {
    expect(problemsOf(withIntents([{ name: 'GoIntent', event: 'ready', slots: [], samples: ['go'] }]))).toMatch(
      /needs AMAZON.FallbackIntent/,
    );
    const model = withIntents([fallback, { name: DIALOGFLOW_WELCOME_INTENT, event: 'ready', slots: [], samples: ['go'] }]);
    expect(problemsOf(model)).toMatch(/two intents are named "Default Welcome Intent"/);
  });

  test('an entity type name Dialogflow does not accept', () => {
    const model: LanguageModelSource = { ...LANGUAGE_MODEL, slotTypes: { ...LANGUAGE_MODEL.slotTypes, 'Unit Type': [] } };
    expect(problemsOf(model)).toMatch(/entity type "Unit Type": starts with a letter/);
  });
});

describe('the zip for Restore/Import', () => {
  const zip = zipDialogflowAgent(dialogflowAgentFiles());
  const entries = unzipSync(zip);

  test('has agent.json and package.json at its root, intents/ and entities/ beside them', () => {
    const names = Object.keys(entries);
    expect(names.slice(0, 2)).toEqual(['agent.json', 'package.json']);
    expect(names).toContain('intents/');
    expect(names).toContain('entities/');
    expect(names).toContain('intents/CountIntent_usersays_en.json');
    expect(names).toContain('entities/UnitType_entries_en.json');
    expect(names.filter((name) => name.startsWith('models/'))).toEqual([]);
    expect(JSON.parse(strFromU8(entries['agent.json'] ?? new Uint8Array()))).toEqual(agent.agent);
  });

  test('holds exactly the files under models/, byte for byte, and is the same on every build', () => {
    for (const file of dialogflowAgentFiles()) {
      expect(strFromU8(entries[file.path.slice('models/'.length)] ?? new Uint8Array())).toBe(file.content);
    }
    const fileNames = Object.keys(entries).filter((name) => !name.endsWith('/'));
    expect(fileNames).toHaveLength(dialogflowAgentFiles().length);
    expect(Buffer.from(zipDialogflowAgent(dialogflowAgentFiles())).equals(Buffer.from(zip))).toBe(true);
  });
});

describe('the deploy and say scripts without credentials', () => {
  const run = (script: string, args: string[], extraEnv: Record<string, string> = {}) =>
    spawnSync('npx', ['tsx', `scripts/${script}`, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...extraEnv },
      encoding: 'utf8',
      timeout: 60000,
    });

  test.each([
    ['dialogflow-deploy.ts', []],
    ['dialogflow-say.ts', ['I got twelve']],
  ])('%s exits 1 and names both missing variables', (script, args) => {
    const result = run(script, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DIALOGFLOW_PROJECT_ID is not set/);
    expect(result.stderr).toMatch(/GOOGLE_APPLICATION_CREDENTIALS is not set/);
    expect(result.stderr).toMatch(/Dialogflow API (Admin|Client)/);
    expect(result.stdout).not.toMatch(/Restoring|Project /);
  });

  test('a credentials file that does not exist, or is not JSON, is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcoach-df-'));
    try {
      const missing = join(dir, 'missing.json');
      const notJson = join(dir, 'key.json');
      writeFileSync(notJson, 'not json');
      const gone = run('dialogflow-say.ts', ['hi'], { DIALOGFLOW_PROJECT_ID: 'back-coach-1', GOOGLE_APPLICATION_CREDENTIALS: missing });
      expect(gone.status).toBe(1);
      expect(gone.stderr).toContain(`${missing}, which does not exist`);
      expect(gone.stderr).not.toMatch(/DIALOGFLOW_PROJECT_ID is not set/);
      const bad = run('dialogflow-deploy.ts', [], { DIALOGFLOW_PROJECT_ID: 'back-coach-1', GOOGLE_APPLICATION_CREDENTIALS: notJson });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(`${notJson}, which is not JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('say without text is a usage error', () => {
    const result = run('dialogflow-say.ts', []);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run dialogflow:say -- "I got twelve"/);
  });
});
