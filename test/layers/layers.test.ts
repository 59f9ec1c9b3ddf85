/**
 * The layering rules of eslint.config.mjs fail a lint that breaks them: probes are real files put where a developer
 * would put them, linted by the project's own `eslint` in one run, then removed.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..', '..');

const fromTest = (climb: string): string => `import { LISTENING } from '${climb}test/support/serverProcess';\nexport const probe = LISTENING;\n`;
const intoHttp = "import { basicAuth } from '../http/basicAuth';\nexport const probe = basicAuth;\n";
const intoAlexa = "import { checkAlexaEnvelope } from '../alexa/envelope';\nexport const probe = checkAlexaEnvelope;\n";

/** Where each probe goes (a name no one else uses) and what it says. */
const PROBES = {
  core: [
    'src/core/reading',
    [
      "import { LowdbUserStore } from '../../store';",
      "import express from 'express';",
      "import { createAlexaSkill } from '../../alexa/skill';",
      'export const probe = [LowdbUserStore, express, createAlexaSkill];',
      '',
    ].join('\n'),
  ],
  scriptsFromTest: ['scripts', fromTest('../')],
  benchFromTest: ['bench', fromTest('../')],
  srcFromTest: ['src/turns', fromTest('../../')],
  webIntoHttp: ['src/web', intoHttp],
  dialogflowIntoAlexa: ['src/dialogflow', intoAlexa],
  httpIntoAlexa: ['src/http', intoAlexa],
  terminalToConsoleService: ['src/terminal', "import type { ConsoleService } from '../console/consoleService';\nexport type Probe = ConsoleService;\n"],
  coreToLanguages: ['src/core/flows', "import { languageWords } from '../../languages';\nexport const probe = languageWords;\n"],
  languages: [
    'src/languages/es',
    [
      "import { LowdbUserStore } from '../../store';",
      "import { createAlexaSkill } from '../../alexa/skill';",
      "import { INTENTS } from '../../model/languageModel';",
      "import pino from 'pino';",
      "import type { Spoken } from '../../core/spoken';",
      'export const probe = [LowdbUserStore, createAlexaSkill, INTENTS, pino];',
      'export type Probe = Spoken;',
      '',
    ].join('\n'),
  ],
  // A language's phrases, a folder deeper: the language model is made of them, never the other way round.
  languagePhrases: ['src/languages/es/phrases', "import { INTENTS } from '../../../model/languageModel';\nexport const probe = INTENTS;\n"],
} as const;

type Probe = keyof typeof PROBES;

const fileOf = (probe: Probe): string => path.join(ROOT, PROBES[probe][0], `layerProbe${probe}${process.pid}.ts`);

let restricted: Record<Probe, string[]>;

beforeAll(async () => {
  const probes = Object.keys(PROBES) as Probe[];
  for (const probe of probes) writeFileSync(fileOf(probe), PROBES[probe][1]);
  try {
    const report = await new Promise<string>((resolve, reject) => {
      const eslint = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
      execFile(process.execPath, [eslint, '--format', 'json', ...probes.map(fileOf)], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        // eslint exits 1 when it finds problems, which is what the probes are for; 2 is a failure to lint at all.
        if (error && error.code !== 1) reject(new Error(`eslint failed: ${stderr}`));
        else resolve(stdout);
      });
    });
    const results = JSON.parse(report) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
    restricted = Object.fromEntries(
      probes.map((probe) => [
        probe,
        (results.find((r) => r.filePath === fileOf(probe))?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message),
      ]),
    ) as Record<Probe, string[]>;
  } finally {
    for (const probe of probes) rmSync(fileOf(probe), { force: true });
  }
});

test('src/core importing a store, a framework or an adapter fails the lint', () => {
  expect(restricted.core).toEqual([
    expect.stringMatching(/src\/core imports nothing outside src\/core/),
    expect.stringMatching(/src\/core and src\/languages know no platform, framework, store/),
    expect.stringMatching(/src\/core imports nothing outside src\/core/),
  ]);
});

test('src, scripts and bench importing from test/ fail the lint', () => {
  for (const probe of ['scriptsFromTest', 'benchFromTest', 'srcFromTest'] as const) {
    expect(restricted[probe]).toEqual([expect.stringMatching(/Only tests import from test\//)]);
  }
});

test("a host reaching into another host's internals fails the lint; the HTTP server's endpoints and the console service pass", () => {
  expect(restricted.webIntoHttp).toEqual([expect.stringMatching(/src\/web does not reach into another host/)]);
  expect(restricted.dialogflowIntoAlexa).toEqual([expect.stringMatching(/src\/dialogflow does not reach into another host/)]);
  expect(restricted.httpIntoAlexa).toEqual([]);
  expect(restricted.terminalToConsoleService).toEqual([]);
});

test('src/core may use src/languages; src/languages importing a store, a host, the language model or a runtime fails the lint', () => {
  expect(restricted.coreToLanguages).toEqual([]);
  expect(restricted.languages).toEqual([
    expect.stringMatching(/src\/languages imports nothing but src\/core/),
    expect.stringMatching(/src\/languages imports nothing but src\/core/),
    expect.stringMatching(/src\/languages imports nothing but src\/core/),
    expect.stringMatching(/src\/core and src\/languages know no platform, framework, store/),
  ]);
  expect(restricted.languagePhrases).toEqual([expect.stringMatching(/src\/languages imports nothing but src\/core/)]);
});
