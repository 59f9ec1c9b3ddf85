/**
 * Restores the Dialogflow ES agent generated from the language model into a Google Cloud project, trains it, and,
 * when DIALOGFLOW_WEBHOOK_URL is set, points its fulfillment at the coach's webhook.
 *
 *   DIALOGFLOW_PROJECT_ID=my-project GOOGLE_APPLICATION_CREDENTIALS=key.json npm run dialogflow:deploy
 *
 * Environment: DIALOGFLOW_PROJECT_ID, GOOGLE_APPLICATION_CREDENTIALS (a service account key with the Dialogflow
 * API Admin role); optional DIALOGFLOW_WEBHOOK_URL, DIALOGFLOW_WEBHOOK_USER, DIALOGFLOW_WEBHOOK_PASSWORD.
 * Nothing is sent anywhere until every setting has been checked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
// Types only: the client library is loaded after the settings are checked, so a missing setting costs no start-up.
import type { FulfillmentsClient } from '@google-cloud/dialogflow';
import { DIALOGFLOW_AGENT_SETTINGS, DIALOGFLOW_SUPPORTED_LANGUAGES, zipDialogflowAgent } from '../src/model/dialogflowAgent';
import { dialogflowAgentFiles } from '../src/model/generatedFiles';

/** What a script needs to reach Dialogflow, read from the environment and checked. */
export interface DialogflowSetup {
  projectId: string;
  credentialsPath: string;
  /** The service account's e-mail, when the credentials file is a service account key. */
  clientEmail: string | null;
}

export type SetupResult = { ok: true; setup: DialogflowSetup } | { ok: false; problems: string[] };

/** The role a script needs: deploy changes the agent, say only talks to it. */
export type DialogflowRole = 'admin' | 'client';

const ROLE_NAMES: Record<DialogflowRole, string> = {
  admin: 'Dialogflow API Admin (roles/dialogflow.admin)',
  client: 'Dialogflow API Client (roles/dialogflow.client) or Dialogflow API Admin',
};

const HOW_TO_GET_A_KEY = (role: DialogflowRole): string =>
  [
    'To get a key: in the Google Cloud console (https://console.cloud.google.com), in the project of the agent,',
    '  1. enable the Dialogflow API (APIs & Services > Library > "Dialogflow API");',
    `  2. IAM & Admin > Service Accounts > Create service account, with the role ${ROLE_NAMES[role]};`,
    '  3. open the account > Keys > Add key > Create new key > JSON, and keep the downloaded file private;',
    '  4. export GOOGLE_APPLICATION_CREDENTIALS=/path/to/that-key.json',
  ].join('\n');

/** Reads and checks DIALOGFLOW_PROJECT_ID and GOOGLE_APPLICATION_CREDENTIALS without any network call. */
export function readDialogflowSetup(env: NodeJS.ProcessEnv, role: DialogflowRole): SetupResult {
  const problems: string[] = [];
  const projectId = env.DIALOGFLOW_PROJECT_ID?.trim() ?? '';
  const credentials = env.GOOGLE_APPLICATION_CREDENTIALS?.trim() ?? '';

  if (projectId === '') {
    problems.push(
      [
        'DIALOGFLOW_PROJECT_ID is not set: the id of the Google Cloud project that holds the agent',
        '(the Dialogflow ES console shows it under the agent settings, General > Google Project > Project ID).',
        'For example: export DIALOGFLOW_PROJECT_ID=back-coach-123456',
      ].join('\n'),
    );
  } else if (/[\s/]/.test(projectId)) {
    problems.push(`DIALOGFLOW_PROJECT_ID "${projectId}" is not a project id: ids have no spaces or slashes (a project's name is not its id).`);
  }

  let clientEmail: string | null = null;
  if (credentials === '') {
    problems.push(
      [
        'GOOGLE_APPLICATION_CREDENTIALS is not set: the path of a service account key file (JSON).',
        HOW_TO_GET_A_KEY(role),
      ].join('\n'),
    );
  } else {
    const path = resolve(credentials);
    if (!existsSync(path) || !statSync(path).isFile()) {
      problems.push(`GOOGLE_APPLICATION_CREDENTIALS points at ${path}, which does not exist.\n${HOW_TO_GET_A_KEY(role)}`);
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        problems.push(
          `GOOGLE_APPLICATION_CREDENTIALS points at ${path}, which is not JSON: use the key file downloaded as JSON.\n${HOW_TO_GET_A_KEY(role)}`,
        );
      }
      if (parsed !== undefined) {
        const key = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
        if (typeof key.type !== 'string') {
          problems.push(
            `GOOGLE_APPLICATION_CREDENTIALS points at ${path}, which is JSON but not a Google credentials file (it has no "type").\n${HOW_TO_GET_A_KEY(role)}`,
          );
        } else if (key.type === 'service_account' && (typeof key.private_key !== 'string' || typeof key.client_email !== 'string')) {
          problems.push(`${path} is a service account file without its key (no private_key or client_email): create a new JSON key.`);
        } else {
          clientEmail = typeof key.client_email === 'string' ? key.client_email : null;
        }
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, setup: { projectId, credentialsPath: resolve(credentials), clientEmail } };
}

/** Prints what is missing and how to get it, and ends the process with status 1. */
export function exitWithSetupProblems(problems: readonly string[], command: string): never {
  console.error(`${command} cannot run yet:\n`);
  for (const problem of problems) console.error(`- ${problem.replace(/\n/g, '\n  ')}\n`);
  process.exit(1);
}

/** A gRPC status code from a Google client error, if it has one. */
const statusCode = (error: unknown): number | null =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'number'
    ? (error as { code: number }).code
    : null;

/** A sentence for the errors people actually hit (no API, no permission, no agent), else the error's own text. */
export function explainDialogflowError(error: unknown, setup: DialogflowSetup, role: DialogflowRole): string {
  const message = error instanceof Error ? error.message : String(error);
  const who = setup.clientEmail ?? 'these credentials';
  switch (statusCode(error)) {
    case 7: // PERMISSION_DENIED
      return [
        `Permission denied for ${who} on project ${setup.projectId}: ${message}`,
        `Check that the Dialogflow API is enabled in that project and that the account has the role ${ROLE_NAMES[role]}.`,
      ].join('\n');
    case 16: // UNAUTHENTICATED
      return `The credentials in ${setup.credentialsPath} were refused: ${message}\nCreate a new JSON key for the service account.`;
    case 4: // DEADLINE_EXCEEDED
    case 14: // UNAVAILABLE
      return `Dialogflow could not be reached (network, DNS or proxy?): ${message.split(' : Previous errors')[0]}`;
    case 5: // NOT_FOUND
      return `Not found in project ${setup.projectId}: ${message}\nIs DIALOGFLOW_PROJECT_ID the right project, and does it have an agent?`;
    default:
      return message;
  }
}

interface WebhookSettings {
  url: string;
  username: string;
  password: string;
}

/** DIALOGFLOW_WEBHOOK_URL / _USER / _PASSWORD: null when no URL is set, problems when they don't fit together. */
function readWebhookSettings(env: NodeJS.ProcessEnv): { settings: WebhookSettings | null; problems: string[] } {
  const url = env.DIALOGFLOW_WEBHOOK_URL?.trim() ?? '';
  const username = env.DIALOGFLOW_WEBHOOK_USER ?? '';
  const password = env.DIALOGFLOW_WEBHOOK_PASSWORD ?? '';
  const problems: string[] = [];
  if (url === '') {
    if (username !== '' || password !== '') {
      problems.push('DIALOGFLOW_WEBHOOK_USER/PASSWORD are set but DIALOGFLOW_WEBHOOK_URL is not: set the URL too.');
    }
    return { settings: null, problems };
  }
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(`DIALOGFLOW_WEBHOOK_URL "${url}" is not a URL; it looks like https://coach.example.com/dialogflow`);
  }
  if (parsed && parsed.protocol !== 'https:') {
    problems.push(`DIALOGFLOW_WEBHOOK_URL must use https (Dialogflow calls only https webhooks): ${url}`);
  }
  if ((username === '') !== (password === '')) {
    problems.push('Set both DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD (basic auth), or neither.');
  }
  return { settings: { url, username, password }, problems };
}

/** The enabled webhook's URL, or '' when it is off or cannot be read. */
async function currentWebhookUrl(client: FulfillmentsClient, name: string): Promise<string> {
  try {
    const [fulfillment] = await client.getFulfillment({ name });
    return fulfillment.enabled ? (fulfillment.genericWebService?.uri ?? '') : '';
  } catch {
    return '';
  }
}

const FULFILLMENT_PAGE = 'https://dialogflow.cloud.google.com > your agent > Fulfillment > Webhook';

async function main(): Promise<void> {
  const result = readDialogflowSetup(process.env, 'admin');
  const webhook = readWebhookSettings(process.env);
  const problems = [...(result.ok ? [] : result.problems), ...webhook.problems];
  if (!result.ok || problems.length > 0) exitWithSetupProblems(problems, 'npm run dialogflow:deploy');
  const { setup } = result;

  const files = dialogflowAgentFiles();
  const zip = zipDialogflowAgent(files);
  const intents = files.filter((f) => /^models\/intents\/[^/]+\.json$/.test(f.path) && !f.path.includes('_usersays_')).length;
  const entityTypes = files.filter((f) => /^models\/entities\/[^/]+\.json$/.test(f.path) && !f.path.includes('_entries_')).length;

  const { AgentsClient, FulfillmentsClient } = await import('@google-cloud/dialogflow');
  const options = { keyFilename: setup.credentialsPath, projectId: setup.projectId };
  const agents = new AgentsClient(options);
  const fulfillments = new FulfillmentsClient(options);
  const parent = `projects/${setup.projectId}`;
  const fulfillmentName = `${parent}/agent/fulfillment`;

  try {
    console.log(`Project ${setup.projectId}, as ${setup.clientEmail ?? setup.credentialsPath}`);
    try {
      await agents.getAgent({ parent });
    } catch (error) {
      if (statusCode(error) !== 5) throw error;
      console.log(`No agent in the project yet: creating "${DIALOGFLOW_AGENT_SETTINGS.displayName}".`);
      await agents.setAgent({
        agent: {
          parent,
          displayName: DIALOGFLOW_AGENT_SETTINGS.displayName,
          description: DIALOGFLOW_AGENT_SETTINGS.description,
          defaultLanguageCode: DIALOGFLOW_AGENT_SETTINGS.language,
          supportedLanguageCodes: [...DIALOGFLOW_SUPPORTED_LANGUAGES],
          timeZone: DIALOGFLOW_AGENT_SETTINGS.timeZone,
        },
      });
    }

    const previousUrl = await currentWebhookUrl(fulfillments, fulfillmentName);

    console.log(`Restoring the agent (${intents} intents, ${entityTypes} entity types, ${zip.length} bytes)...`);
    const [restore] = await agents.restoreAgent({ parent, agentContent: zip });
    await restore.promise();
    console.log('Training...');
    const [train] = await agents.trainAgent({ parent });
    await train.promise();
    console.log(`Restored and trained the agent in ${parent}.`);

    if (webhook.settings) {
      const { url, username, password } = webhook.settings;
      await fulfillments.updateFulfillment({
        fulfillment: {
          name: fulfillmentName,
          displayName: 'backcoach-webhook',
          enabled: true,
          genericWebService: { uri: url, username, password },
        },
        updateMask: { paths: ['display_name', 'enabled', 'generic_web_service'] },
      });
      console.log(`Fulfillment: webhook enabled at ${url}${username ? `, basic auth as ${username}` : ', without basic auth'}.`);
    } else {
      const now = await currentWebhookUrl(fulfillments, fulfillmentName);
      if (now) {
        console.log(`Fulfillment: the webhook is enabled at ${now} (unchanged; set DIALOGFLOW_WEBHOOK_URL to change it).`);
      } else {
        console.log(
          [
            '',
            `The webhook is off${previousUrl ? ` (before this restore it was ${previousUrl})` : ''}, so every intent`,
            'answers "the coach can\'t be reached". Either run again with',
            '  DIALOGFLOW_WEBHOOK_URL=https://<host>/dialogflow DIALOGFLOW_WEBHOOK_USER=... DIALOGFLOW_WEBHOOK_PASSWORD=...',
            `or set the URL and the basic auth user and password in ${FULFILLMENT_PAGE}, enable it, and save.`,
          ].join('\n'),
        );
      }
    }
    console.log(`\nTry it: npm run dialogflow:say -- "open back coach"`);
  } catch (error) {
    console.error(`\nDeploy failed. ${explainDialogflowError(error, setup, 'admin')}`);
    process.exitCode = 1;
  } finally {
    await Promise.all([agents.close(), fulfillments.close()]).catch(() => undefined);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
