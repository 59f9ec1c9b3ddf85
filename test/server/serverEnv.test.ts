/** The server's settings: defaults, local mode, and errors that name the variable and what it should be. */
import path from 'node:path';
import { readServerConfig, ServerConfigError } from '../../src/config/serverEnv';

const problemsOf = (env: NodeJS.ProcessEnv, argv: string[] = []): string[] => {
  try {
    readServerConfig(env, argv);
    return [];
  } catch (error) {
    if (error instanceof ServerConfigError) return error.problems;
    throw error;
  }
};

test('production defaults: every address, port 3000, ./data, all checks on, no Dialogflow credentials', () => {
  const config = readServerConfig({});
  expect(config).toMatchObject({
    port: 3000,
    host: '0.0.0.0',
    dataDir: path.resolve('data'),
    local: false,
    insecure: false,
    dialogflowCredentials: null,
    defaultTimeZone: 'America/Chicago',
    logLevel: 'info',
  });
});

test('--local binds loopback and is insecure; BACKCOACH_INSECURE_LOCAL alone is insecure but binds as configured', () => {
  expect(readServerConfig({}, ['--local'])).toMatchObject({ host: '127.0.0.1', local: true, insecure: true });
  expect(readServerConfig({ BACKCOACH_INSECURE_LOCAL: '1' })).toMatchObject({ host: '0.0.0.0', local: false, insecure: true });
  expect(readServerConfig({ BACKCOACH_INSECURE_LOCAL: '0' }).insecure).toBe(false);
});

test('settings are read and empty variables count as unset', () => {
  const config = readServerConfig({
    PORT: '8080',
    HOST: '::1',
    BACKCOACH_DATA_DIR: '/var/lib/backcoach',
    DIALOGFLOW_WEBHOOK_USER: 'df',
    DIALOGFLOW_WEBHOOK_PASSWORD: 's3cret pass',
    ALEXA_SKILL_ID: 'amzn1.ask.skill.x',
    BACKCOACH_DEFAULT_TIME_ZONE: 'Europe/Berlin',
    LOG_LEVEL: 'warn',
    BACKCOACH_INSECURE_LOCAL: '',
  });
  expect(config).toMatchObject({
    port: 8080,
    host: '::1',
    dataDir: '/var/lib/backcoach',
    dialogflowCredentials: { user: 'df', password: 's3cret pass' },
    skillId: 'amzn1.ask.skill.x',
    defaultTimeZone: 'Europe/Berlin',
    logLevel: 'warn',
    insecure: false,
  });
  expect(readServerConfig({ PORT: '0' }).port).toBe(0);
});

test('bad values are all reported at once, each naming its variable', () => {
  const problems = problemsOf({ PORT: 'eighty', BACKCOACH_DEFAULT_TIME_ZONE: 'Mars/Olympus', LOG_LEVEL: 'loud', BACKCOACH_INSECURE_LOCAL: 'maybe' }, ['--fast']);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^PORT: must be a port number/),
      expect.stringMatching(/^BACKCOACH_DEFAULT_TIME_ZONE: must be an IANA time zone/),
      expect.stringMatching(/^LOG_LEVEL: must be/),
      expect.stringMatching(/^BACKCOACH_INSECURE_LOCAL: must be 1 or 0/),
      expect.stringMatching(/^--fast: unknown option/),
    ]),
  );
  expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT/)]);
});

test('Dialogflow credentials come in pairs', () => {
  expect(problemsOf({ DIALOGFLOW_WEBHOOK_USER: 'df' })).toEqual([expect.stringMatching(/set both .* or neither/)]);
  expect(problemsOf({ DIALOGFLOW_WEBHOOK_PASSWORD: 'x' })).toEqual([expect.stringMatching(/set both .* or neither/)]);
  expect(problemsOf({ DIALOGFLOW_WEBHOOK_USER: 'a:b', DIALOGFLOW_WEBHOOK_PASSWORD: 'x' })).toEqual([expect.stringMatching(/must not contain ":"/)]);
});

test('the browser console: open in local mode on loopback, behind a password when one is set, off otherwise', () => {
  expect(readServerConfig({}, ['--local']).console).toEqual({ kind: 'open' });
  expect(readServerConfig({ HOST: '0.0.0.0' }, ['--local']).console).toMatchObject({ kind: 'off', reason: expect.stringMatching(/BACKCOACH_CONSOLE_PASSWORD/) });
  expect(readServerConfig({}).console).toMatchObject({ kind: 'off', reason: expect.stringMatching(/BACKCOACH_CONSOLE_PASSWORD/) });
  expect(readServerConfig({ BACKCOACH_CONSOLE_PASSWORD: 'road-ready-42' }).console).toEqual({ kind: 'password', password: 'road-ready-42' });
  expect(readServerConfig({ BACKCOACH_CONSOLE_PASSWORD: 'road-ready-42', HOST: '0.0.0.0' }, ['--local']).console.kind).toBe('password');
});

test('HTTPS needs both the certificate and its key', () => {
  expect(readServerConfig({}).tls).toBeNull();
  expect(readServerConfig({ BACKCOACH_TLS_CERT: 'c.pem', BACKCOACH_TLS_KEY: 'k.pem' }).tls).toEqual({ certFile: path.resolve('c.pem'), keyFile: path.resolve('k.pem') });
  expect(problemsOf({ BACKCOACH_TLS_KEY: 'k.pem' })).toEqual([expect.stringMatching(/BACKCOACH_TLS_CERT and BACKCOACH_TLS_KEY: set both/)]);
});

test('/mcp: open to the local driver only in local mode on loopback; in serve mode behind tokens when all three OAuth settings are set', () => {
  const oauth = { BACKCOACH_PUBLIC_URL: 'https://coach.example.com', BACKCOACH_MCP_ISSUER: 'https://login.example.com', BACKCOACH_MCP_JWKS_URL: 'https://login.example.com/jwks' };
  expect(readServerConfig({}, ['--local']).mcp).toEqual({ kind: 'local', userId: 'mcp:local-driver' });
  expect(readServerConfig({ BACKCOACH_MCP_USER: 'me' }, ['--local']).mcp).toEqual({ kind: 'local', userId: 'me' });
  expect(readServerConfig({ HOST: '0.0.0.0' }, ['--local']).mcp.kind).toBe('off');
  expect(readServerConfig({}).mcp.kind).toBe('off');
  expect(readServerConfig(oauth).mcp).toEqual({ kind: 'protected', publicUrl: oauth.BACKCOACH_PUBLIC_URL, issuer: oauth.BACKCOACH_MCP_ISSUER, jwksUrl: oauth.BACKCOACH_MCP_JWKS_URL });
  expect(problemsOf({ BACKCOACH_MCP_ISSUER: oauth.BACKCOACH_MCP_ISSUER })).toEqual([expect.stringContaining('set all three')]);
  expect(problemsOf({ ...oauth, BACKCOACH_PUBLIC_URL: 'coach' })).toEqual([expect.stringMatching(/^BACKCOACH_PUBLIC_URL: /)]);
});
