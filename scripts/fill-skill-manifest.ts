/**
 * Writes the deployer's own URLs into skill-package/skill.json before `ask deploy` uploads it (`npm run deploy` runs
 * this first): the privacy policy and the terms of use of every locale, from BACKCOACH_PRIVACY_URL and
 * BACKCOACH_TERMS_URL. The file as committed holds placeholders on `.invalid`, a domain that never resolves; they are
 * replaced on every run. Without both variables, or with one that is not an https URL or is still a placeholder,
 * nothing is written and the deploy stops with a message naming the variable.
 *
 *   BACKCOACH_PRIVACY_URL=https://example.com/privacy BACKCOACH_TERMS_URL=https://example.com/terms npm run deploy
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MANIFEST_PATH = path.join(__dirname, '..', 'skill-package', 'skill.json');

export const URL_SETTINGS = {
  privacyPolicyUrl: 'BACKCOACH_PRIVACY_URL',
  termsOfUseUrl: 'BACKCOACH_TERMS_URL',
} as const;

export type ManifestUrls = Record<keyof typeof URL_SETTINGS, string>;

export type UrlsCheck = { ok: true; urls: ManifestUrls } | { ok: false; problems: string[] };

const problemWith = (name: string, value: string | undefined): string | null => {
  if (!value) return `${name} is not set: give the public https address of the page.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} is not a URL: ${JSON.stringify(value)}.`;
  }
  if (url.protocol !== 'https:') return `${name} must be an https address (Alexa's certification asks for one): ${value}.`;
  if (url.hostname.endsWith('.invalid')) return `${name} is still a placeholder: ${value}.`;
  return null;
};

/** The URLs from the environment, or every problem with them. */
export const readManifestUrls = (env: Record<string, string | undefined>): UrlsCheck => {
  const entries = Object.entries(URL_SETTINGS) as [keyof ManifestUrls, string][];
  const problems = entries.map(([, name]) => problemWith(name, env[name]?.trim())).filter((problem): problem is string => problem !== null);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, urls: Object.fromEntries(entries.map(([field, name]) => [field, env[name]!.trim()])) as ManifestUrls };
};

interface ManifestFile {
  manifest: {
    publishingInformation: { locales: Record<string, unknown> };
    privacyAndCompliance?: { locales?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
  } & Record<string, unknown>;
}

/** The manifest with the URLs set for every locale it publishes in; everything else as it was. */
export const withUrls = (file: ManifestFile, urls: ManifestUrls): ManifestFile => {
  const copy = structuredClone(file);
  const privacy = (copy.manifest.privacyAndCompliance ??= {});
  const locales = (privacy.locales ??= {});
  for (const locale of Object.keys(copy.manifest.publishingInformation.locales)) {
    locales[locale] = { ...locales[locale], ...urls };
  }
  return copy;
};

export const fillManifestFile = (file: string, env: Record<string, string | undefined>): UrlsCheck => {
  const checked = readManifestUrls(env);
  if (!checked.ok) return checked;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as ManifestFile;
  writeFileSync(file, `${JSON.stringify(withUrls(manifest, checked.urls), null, 2)}\n`);
  return checked;
};

if (require.main === module) {
  const file = process.env.BACKCOACH_SKILL_MANIFEST ?? MANIFEST_PATH;
  const result = fillManifestFile(file, process.env);
  if (!result.ok) {
    console.error(`Not deploying: the skill manifest needs the deployer's URLs.\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), file)}: privacy policy ${result.urls.privacyPolicyUrl}, terms of use ${result.urls.termsOfUseUrl}`);
}
