/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
  },
  // lowdb and steno ship ES modules only; let ts-jest turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno)/)'],
  // A guard against a test that hangs, not a speed check (speed is the bench's to print): on a machine busy with other
  // work a whole transcript, played on three hosts, has taken more than 30 s.
  testTimeout: 180000,
};
