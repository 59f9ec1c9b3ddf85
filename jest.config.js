/**
 * Two projects, both run by `npx jest` (and so by `npm test` and CI):
 *   fast  the core, the adapters, the stores and the hosts in process: `npx jest --selectProjects fast` while working
 *   e2e   what drives whole programs: the browser, the server's start-up, the terminal, the Lambda bundle, the lint,
 *         the held-out NLU measures, fuzzing and crashes
 * @type {import('jest').Config}
 */
const END_TO_END = [
  'test/web/browser.test.ts',
  'test/web/progressChart.test.ts',
  'test/web/layouts.test.ts',
  'test/web/installable.test.ts',
  'test/web/spanish.test.ts',
  'test/server/startup.test.ts',
  'test/terminal/terminal.e2e.test.ts',
  'test/deploy/lambdaBundle.test.ts',
  'test/layers/layers.test.ts',
  'test/nlu/heldOut.test.ts',
  'test/nlu/heldOutMeasure.test.ts',
  'test/nlu/alexaProfiler.test.ts',
  'test/hostile/properties.test.ts',
  'test/hostile/crash.test.ts',
  'test/mcp/wholeWorkout.test.ts',
  'test/mcp/inspector.test.ts',
  'test/mcp/coachAppBrowser.test.ts',
];

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
  },
  // lowdb, steno, jose and the MCP Apps package ship ES modules only; let ts-jest turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno|jose|@modelcontextprotocol/ext-apps)/)'],
  setupFiles: ['<rootDir>/test/support/virtualAlexaPatterns.ts'],
};

module.exports = {
  // The generated models are build output: written before the tests when missing or older than a source.
  globalSetup: '<rootDir>/test/globalSetup.mjs',
  // A guard against a test that hangs, not a speed check (speed is the bench's to print): on a machine busy with other
  // work a whole transcript, played on three hosts, has taken more than 30 s.
  testTimeout: 180000,
  // One test file per core: jest's default leaves one core to its main process, which mostly waits, so on two cores the
  // files ran one at a time while many of them wait on servers, browsers and child processes.
  maxWorkers: '100%',
  projects: [
    { ...common, displayName: 'fast', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...END_TO_END.map((file) => `<rootDir>/${file}`)] },
    { ...common, displayName: 'e2e', testMatch: END_TO_END.map((file) => `<rootDir>/${file}`) },
  ],
};
