/**
 * `npm run deploy`: the Alexa skill, its Lambda function and its stack, through ask-cli.
 *
 * 1. Checks first, so a deploy that cannot succeed stops at once, builds nothing and writes nothing: the deployer's
 *    URLs (fill-skill-manifest.ts) and the credentials `ask deploy` signs in with (deploy-credentials.ts).
 * 2. `npm run build`: the interaction models and the Lambda bundle.
 * 3. The URLs are written into skill-package/skill.json, and `ask deploy` runs (with any arguments given after
 *    `--`). When it fails, or is interrupted, skill.json is put back as it was: a failed deploy leaves the working
 *    tree as it found it. ask-cli's own states (.ask/ask-states.json) are ask-cli's: a skill or stack it created
 *    before failing is recorded there, so the next deploy updates it instead of creating another.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { askProfileName, deployCredentialProblems } from './deploy-credentials';
import { fillManifestFile, MANIFEST_PATH, readManifestUrls } from './fill-skill-manifest';

const stop = (heading: string, problems: string[]): never => {
  console.error(`Not deploying: ${heading}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
};

/** Runs a command in the terminal's view; its exit status (1 when it could not start or was killed). */
const run = (command: string, args: string[]): number => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
};

const main = (): void => {
  const askArgs = process.argv.slice(2);
  const manifestFile = process.env.BACKCOACH_SKILL_MANIFEST ?? MANIFEST_PATH;

  const urls = readManifestUrls(process.env);
  if (!urls.ok) stop("the skill manifest needs the deployer's URLs.", urls.problems);
  const credentials = deployCredentialProblems(process.env, os.homedir(), askProfileName(askArgs, process.env));
  if (credentials.length > 0) stop('ask-cli cannot sign in.', credentials);

  if (run('npm', ['run', 'build']) !== 0) stop('the build failed (above).', []);

  const original = readFileSync(manifestFile, 'utf8');
  const restore = (): void => {
    writeFileSync(manifestFile, original);
    console.error(`${path.relative(process.cwd(), manifestFile)} is back as it was.`);
  };
  // A Ctrl+C reaches ask-cli too; this process outlives it to put skill.json back.
  const ignore = (): void => undefined;
  process.on('SIGINT', ignore);
  process.on('SIGTERM', ignore);
  fillManifestFile(manifestFile, process.env);
  const status = run('ask', ['deploy', ...askArgs]);
  if (status !== 0) {
    restore();
    console.error('Not deployed: ask deploy failed (above).');
    process.exit(status);
  }
  console.log(`Deployed. ${path.relative(process.cwd(), manifestFile)} now holds your URLs and the function's endpoint.`);
};

main();
