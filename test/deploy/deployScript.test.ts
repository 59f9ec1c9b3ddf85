/**
 * `npm run deploy`'s script as a real process, with stand-ins for `npm` and `ask` first on its PATH (each records
 * that it ran; the `ask` one edits skill.json as ask-cli does, then fails or succeeds as the test says) and a home
 * directory of the test's making: without ask-cli's or AWS's credentials it stops before building, with a hint of
 * what to run; a failed `ask deploy` leaves skill.json as it was.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const URLS = { BACKCOACH_PRIVACY_URL: 'https://drivers.example.com/privacy', BACKCOACH_TERMS_URL: 'https://drivers.example.com/terms' };
const ASK_PROFILE = { default: { aws_profile: 'ask_cli_default', vendor_id: 'M2EXAMPLE', token: { refresh_token: 'Atzr|example', access_token: 'Atza|example' } } };

let dir: string;
let home: string;
let bin: string;
let manifest: string;
let original: string;
let log: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'backcoach-deploy-'));
  home = path.join(dir, 'home');
  bin = path.join(dir, 'bin');
  mkdirSync(home);
  mkdirSync(bin);
  manifest = path.join(dir, 'skill.json');
  copyFileSync(path.join(ROOT, 'skill-package', 'skill.json'), manifest);
  original = readFileSync(manifest, 'utf8');
  log = path.join(dir, 'ran.log');
  const fake = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> "$FAKE_LOG"\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  fake('npm', 'exit 0');
  fake('ask', [
    // What ask-cli does to skill.json on its way: the function's endpoint goes in.
    'printf \'{"endpoint":"arn:aws:lambda:us-east-1:123456789012:function:backcoach"}\\n\' >> "$BACKCOACH_SKILL_MANIFEST"',
    'if [ "$FAKE_ASK_FAILS" = 1 ]; then echo "[Error]: CliError: the stack could not be deployed" >&2; exit 3; fi',
    'exit 0',
  ].join('\n'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const signInAsk = (profiles: Record<string, unknown> = ASK_PROFILE) => {
  mkdirSync(path.join(home, '.ask'), { recursive: true });
  writeFileSync(path.join(home, '.ask', 'cli_config'), JSON.stringify({ profiles }));
};
const signInAws = (profile = 'ask_cli_default') => {
  mkdirSync(path.join(home, '.aws'), { recursive: true });
  writeFileSync(path.join(home, '.aws', 'credentials'), `[${profile}]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = example\n`);
};

const deploy = (env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts'], {
    cwd: ROOT,
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: home, FAKE_LOG: log, BACKCOACH_SKILL_MANIFEST: manifest, ...URLS, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, ran: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
};

test('without ask-cli signed in it stops before building, says to run ask configure, and changes nothing', () => {
  const result = deploy();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/ask-cli is not signed in \(.*\.ask\/cli_config does not exist\): run `npx ask configure`/);
  expect(result.ran).toEqual([]);
  expect(readFileSync(manifest, 'utf8')).toBe(original);
});

test('with ask-cli signed in but no credentials for the AWS profile it links, it stops before building and says what to run', () => {
  signInAsk();
  const result = deploy();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/AWS has no profile "ask_cli_default".*run `aws configure --profile ask_cli_default`/);
  expect(result.ran).toEqual([]);
  expect(readFileSync(manifest, 'utf8')).toBe(original);

  signInAsk({ default: { aws_profile: 'ask_cli_default' } });
  expect(deploy().stderr).toMatch(/profile "default" has no sign-in token: run `npx ask configure`/);
});

test('when ask deploy fails after the build, skill.json is put back exactly as it was', () => {
  signInAsk();
  signInAws();
  const result = deploy({ FAKE_ASK_FAILS: '1' });
  expect(result.ran).toEqual(['npm run build', 'ask deploy']);
  expect(result.status).toBe(3);
  expect(result.stderr).toMatch(/Not deployed: ask deploy failed/);
  expect(readFileSync(manifest, 'utf8')).toBe(original);
});

test('a deploy that succeeds leaves skill.json with the URLs, and credentials from the environment are enough', () => {
  const result = deploy({ ASK_REFRESH_TOKEN: 'Atzr|example', ASK_VENDOR_ID: 'M2EXAMPLE', AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example' });
  expect(result.status).toBe(0);
  expect(result.ran).toEqual(['npm run build', 'ask deploy']);
  expect(readFileSync(manifest, 'utf8')).toContain(URLS.BACKCOACH_PRIVACY_URL);
  expect(readFileSync(manifest, 'utf8')).toContain('arn:aws:lambda');
});
