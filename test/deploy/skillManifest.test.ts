/**
 * The skill package as certification reads it, checked offline against the Skill Management API's schema
 * (ask-smapi-model's swagger definitions): skill.json and the en-US interaction model as committed, and skill.json
 * as `npm run deploy` uploads it, after the deployer's URLs are filled in (scripts/fill-skill-manifest.ts) and ask-cli
 * has set the Lambda's ARN as the endpoint and added the skill events of ask-resources.json (with ask-cli's own
 * manifest model). Also: what certification asks for is there, and the icons are PNGs of the sizes the Alexa app shows.
 */
import { SKILL_LOCALES } from '../../src/model/skillLocales';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SKILL_EVENT_REQUEST_TYPES } from '../../src/alexa/skillEvents';
import { fillManifestFile } from '../../scripts/fill-skill-manifest';
import { iconPng } from '../../scripts/make-icons';
import { problemsOf, validateInteractionModel, validateSkillManifest } from './smapiSchema';

const ROOT = path.resolve(__dirname, '../..');
const PACKAGE = path.join(ROOT, 'skill-package');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

interface Manifest {
  manifest: {
    publishingInformation: {
      locales: Record<string, { smallIconUri?: string; largeIconUri?: string; examplePhrases?: string[] }>;
      category: string;
      testingInstructions: string;
    };
    privacyAndCompliance: { locales?: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }> };
    permissions?: { name: string }[];
    events?: { endpoint?: { uri: string }; subscriptions?: { eventName: string }[] };
    apis: { custom: { endpoint?: { uri: string } } };
  };
}

const REMINDERS = 'alexa::alerts:reminders:skill:readwrite';
const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:backcoach-skill-SkillFunction-AbCdEf012345';
const URLS = { BACKCOACH_PRIVACY_URL: 'https://drivers.example.com/privacy', BACKCOACH_TERMS_URL: 'https://drivers.example.com/terms' };

const askResources = readJson<{ profiles: { default: { skillInfrastructure: { userConfig: { skillEvents?: { subscriptions?: string[] } } } } } }>(path.join(ROOT, 'ask-resources.json'));
const subscribed = askResources.profiles.default.skillInfrastructure.userConfig.skillEvents?.subscriptions ?? [];

/**
 * What ask-cli does to skill.json after deploying the stack (SkillInfrastructureController's
 * updateSkillManifestWithDeployResult), with its own Manifest model: the function's ARN as the custom endpoint and,
 * because ask-resources.json names skill events, as the events' endpoint, with those subscriptions.
 */
const asAskCliUpdatesIt = (file: string): void => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AskCliManifest = require('ask-cli/dist/lib/model/manifest') as {
    new (file: string): {
      setApisEndpointByDomainRegion(domain: string, region: string, endpoint: object): void;
      setEventsEndpointByRegion(region: string, endpoint: object): void;
      setEventsSubscriptions(subscriptions: object[]): void;
      write(): void;
    };
    dispose(): void;
  };
  AskCliManifest.dispose();
  const manifest = new AskCliManifest(file);
  manifest.setApisEndpointByDomainRegion('custom', 'default', { uri: LAMBDA_ARN });
  manifest.setEventsEndpointByRegion('default', { uri: LAMBDA_ARN });
  manifest.setEventsSubscriptions(subscribed.map((eventName) => ({ eventName })));
  manifest.write();
  AskCliManifest.dispose();
};

let dir: string;
let deployed: Manifest;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'backcoach-manifest-'));
  const file = path.join(dir, 'skill.json');
  copyFileSync(path.join(PACKAGE, 'skill.json'), file);
  expect(fillManifestFile(file, URLS)).toMatchObject({ ok: true });
  asAskCliUpdatesIt(file);
  deployed = readJson<Manifest>(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the SMAPI schema (ask-smapi-model)', () => {
  it('accepts skill.json as committed', () => {
    const valid = validateSkillManifest(readJson(path.join(PACKAGE, 'skill.json')));
    expect(problemsOf(validateSkillManifest)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts skill.json as npm run deploy uploads it, with the URLs, the endpoint and the skill events', () => {
    const valid = validateSkillManifest(deployed);
    expect(problemsOf(validateSkillManifest)).toEqual([]);
    expect(valid).toBe(true);
    expect(deployed.manifest.events).toEqual({ endpoint: { uri: LAMBDA_ARN }, subscriptions: subscribed.map((eventName) => ({ eventName })) });
  });

  it.each(SKILL_LOCALES.map((locale) => [locale]))('accepts the %s interaction model, and publishes that locale', (locale) => {
    const valid = validateInteractionModel(readJson(path.join(PACKAGE, `interactionModels/custom/${locale}.json`)));
    expect(problemsOf(validateInteractionModel)).toEqual([]);
    expect(valid).toBe(true);
    expect(Object.keys(readJson<Manifest>(path.join(PACKAGE, 'skill.json')).manifest.publishingInformation.locales)).toContain(locale);
  });

  it('refuses a misspelt field, an unknown permission and an unknown skill event', () => {
    const manifest = readJson<Manifest & { manifest: Record<string, unknown> }>(path.join(PACKAGE, 'skill.json'));
    const misspelt = structuredClone(manifest);
    misspelt.manifest.privacyAndCompliance.locales = { 'en-US': { privacyPolicyURL: 'https://x.example' } as never };
    expect(validateSkillManifest(misspelt)).toBe(false);
    expect(problemsOf(validateSkillManifest).join('\n')).toMatch(/privacyPolicyURL/);
    expect(validateSkillManifest({ manifest: { ...manifest.manifest, permissions: [{ name: 'alexa::reminders' }] } })).toBe(false);
    expect(validateSkillManifest({ manifest: { ...manifest.manifest, events: { endpoint: { uri: LAMBDA_ARN }, subscriptions: [{ eventName: 'SKILL_DELETED' }] } } })).toBe(false);
  });
});

describe('what certification asks for, as deployed', () => {
  const locales = () => Object.entries(deployed.manifest.publishingInformation.locales);

  it('privacy policy and terms of use URLs for every published locale, the deployer’s own https pages', () => {
    for (const [locale] of locales()) {
      const urls = deployed.manifest.privacyAndCompliance.locales?.[locale];
      expect(urls).toEqual({ privacyPolicyUrl: URLS.BACKCOACH_PRIVACY_URL, termsOfUseUrl: URLS.BACKCOACH_TERMS_URL });
    }
  });

  it('the reminders permission, and the category', () => {
    expect(deployed.manifest.permissions).toEqual([{ name: REMINDERS }]);
    expect(deployed.manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  it('subscribes to exactly the skill events the skill answers, at the same endpoint as its requests', () => {
    const requestTypes = (deployed.manifest.events?.subscriptions ?? []).map(
      ({ eventName }) => `AlexaSkillEvent.${eventName.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase())}`,
    );
    expect(requestTypes.sort()).toEqual([...SKILL_EVENT_REQUEST_TYPES].sort());
    expect(deployed.manifest.events?.endpoint).toEqual(deployed.manifest.apis.custom.endpoint);
  });

  it('testing instructions that tell the reviewer about the permission and the skill events', () => {
    const instructions = deployed.manifest.publishingInformation.testingInstructions;
    expect(instructions).toMatch(/Reminders/);
    expect(instructions).toMatch(/disabling the skill deletes everything stored/i);
    expect(instructions).not.toMatch(/no permissions are needed/i);
  });

  it('small and large icons, PNGs of 108 and 512 pixels in skill-package/assets, as drawn by scripts/make-icons.ts', () => {
    for (const [, locale] of locales()) {
      for (const [uri, size] of [[locale.smallIconUri, 108], [locale.largeIconUri, 512]] as const) {
        expect(uri).toMatch(/^file:\/\/assets\/[\w-]+\.png$/);
        const file = path.join(PACKAGE, uri!.slice('file://'.length));
        const png = readFileSync(file);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
        expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: size, height: size });
        expect(png.equals(iconPng(size))).toBe(true);
      }
    }
  });
});

describe('the URLs from the deployer’s settings', () => {
  const run = (env: Record<string, string>) => {
    const file = path.join(dir, 'filled.json');
    copyFileSync(path.join(PACKAGE, 'skill.json'), file);
    const before = readFileSync(file, 'utf8');
    const { PATH, HOME } = process.env;
    try {
      const out = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/fill-skill-manifest.ts'], {
        cwd: ROOT,
        env: { PATH, HOME, BACKCOACH_SKILL_MANIFEST: file, ...env },
        stdio: 'pipe',
        encoding: 'utf8',
      });
      return { status: 0, output: out, changed: readFileSync(file, 'utf8') !== before, manifest: readJson<Manifest>(file) };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { status: failed.status, output: failed.stderr, changed: readFileSync(file, 'utf8') !== before, manifest: readJson<Manifest>(file) };
    }
  };

  it('are written into skill.json by the script npm run deploy runs first', () => {
    const result = run(URLS);
    expect(result.status).toBe(0);
    expect(result.manifest.manifest.privacyAndCompliance.locales?.['en-US']).toEqual({ privacyPolicyUrl: URLS.BACKCOACH_PRIVACY_URL, termsOfUseUrl: URLS.BACKCOACH_TERMS_URL });
  });

  it('missing, not https, or still the placeholder: the deploy stops, naming the variable, and skill.json is left alone', () => {
    const missing = run({});
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/BACKCOACH_PRIVACY_URL is not set/);
    expect(missing.output).toMatch(/BACKCOACH_TERMS_URL is not set/);
    expect(missing.changed).toBe(false);
    const wrong = run({ BACKCOACH_PRIVACY_URL: 'http://drivers.example.com/privacy', BACKCOACH_TERMS_URL: 'https://backcoach.invalid/terms' });
    expect(wrong.status).toBe(1);
    expect(wrong.output).toMatch(/BACKCOACH_PRIVACY_URL must be an https address/);
    expect(wrong.output).toMatch(/BACKCOACH_TERMS_URL is still a placeholder/);
    expect(wrong.changed).toBe(false);
  });

  it('the committed skill.json holds placeholders that can never be deployed as they are', () => {
    const committed = readJson<Manifest>(path.join(PACKAGE, 'skill.json'));
    for (const urls of Object.values(committed.manifest.privacyAndCompliance.locales ?? {})) {
      expect(new URL(urls.privacyPolicyUrl!).hostname).toMatch(/\.invalid$/);
      expect(new URL(urls.termsOfUseUrl!).hostname).toMatch(/\.invalid$/);
    }
    expect(existsSync(path.join(PACKAGE, 'assets'))).toBe(true);
  });
});
