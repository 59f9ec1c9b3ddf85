/**
 * Says one thing to the deployed Dialogflow ES agent and prints what the coach answers.
 *
 *   npm run dialogflow:say -- "I got twelve"
 *
 * Environment: DIALOGFLOW_PROJECT_ID, GOOGLE_APPLICATION_CREDENTIALS (a service account key with the Dialogflow
 * API Client or Admin role); optional DIALOGFLOW_SESSION_ID (default: one fixed id for this machine and user, so
 * a conversation carries on from one command to the next) and DIALOGFLOW_DEBUG=1 (show the intent matched).
 */
import { createHash } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { DIALOGFLOW_AGENT_SETTINGS } from '../src/model/dialogflowAgent';
import { exitWithSetupProblems, explainDialogflowError, readDialogflowSetup } from './dialogflow-deploy';

/** Dialogflow takes at most 256 characters of text per query. */
const MAX_QUERY_CHARS = 256;
/** Long enough for a cold webhook (Dialogflow itself gives it 5 s), short enough not to hang on a dead network. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Dialogflow's limit on a session id. */
const MAX_SESSION_ID_CHARS = 36;

const USAGE = 'Usage: npm run dialogflow:say -- "I got twelve"';

/** DIALOGFLOW_SESSION_ID, or an id derived from this machine and user: the same on every run. */
function sessionId(env: NodeJS.ProcessEnv): { id: string; problem: string | null } {
  const given = env.DIALOGFLOW_SESSION_ID?.trim() ?? '';
  if (given !== '') {
    const ok = given.length <= MAX_SESSION_ID_CHARS && /^[A-Za-z0-9_-]+$/.test(given);
    return {
      id: given,
      problem: ok ? null : `DIALOGFLOW_SESSION_ID must be 1 to ${MAX_SESSION_ID_CHARS} letters, digits, _ or -: "${given}"`,
    };
  }
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    user = env.USER ?? '';
  }
  const digest = createHash('sha256').update(`${hostname()}\n${user}`).digest('hex').slice(0, 24);
  return { id: `cli-${digest}`, problem: null };
}

interface ProtoValue {
  nullValue?: unknown;
  numberValue?: number | null;
  stringValue?: string | null;
  boolValue?: boolean | null;
  structValue?: ProtoStruct | null;
  listValue?: { values?: ProtoValue[] | null } | null;
  kind?: string | null;
}
interface ProtoStruct {
  fields?: Record<string, ProtoValue> | null;
}

/** A protobuf Struct as plain JSON (the proto3 JSON mapping), for printing parameters. */
function structToJson(struct: ProtoStruct | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) out[key] = valueToJson(value);
  return out;
}

function valueToJson(value: ProtoValue): unknown {
  switch (value.kind) {
    case 'numberValue':
      return value.numberValue ?? null;
    case 'stringValue':
      return value.stringValue ?? null;
    case 'boolValue':
      return value.boolValue ?? null;
    case 'structValue':
      return structToJson(value.structValue);
    case 'listValue':
      return (value.listValue?.values ?? []).map(valueToJson);
    default:
      return null;
  }
}

async function main(): Promise<void> {
  const text = process.argv.slice(2).join(' ').trim();
  if (text === '') {
    console.error(USAGE);
    process.exit(2);
  }
  if (text.length > MAX_QUERY_CHARS) {
    console.error(`That is ${text.length} characters; Dialogflow takes at most ${MAX_QUERY_CHARS} at a time.`);
    process.exit(2);
  }

  const result = readDialogflowSetup(process.env, 'client');
  const session = sessionId(process.env);
  const problems = [...(result.ok ? [] : result.problems), ...(session.problem ? [session.problem] : [])];
  if (!result.ok || problems.length > 0) exitWithSetupProblems(problems, 'npm run dialogflow:say');
  const { setup } = result;
  const debug = (process.env.DIALOGFLOW_DEBUG ?? '') !== '' && process.env.DIALOGFLOW_DEBUG !== '0';

  const { SessionsClient } = await import('@google-cloud/dialogflow');
  const client = new SessionsClient({ keyFilename: setup.credentialsPath, projectId: setup.projectId });
  try {
    const request = {
      session: client.projectAgentSessionPath(setup.projectId, session.id),
      queryInput: { text: { text, languageCode: DIALOGFLOW_AGENT_SETTINGS.language } },
    };
    const [response] = await client.detectIntent(request, { timeout: REQUEST_TIMEOUT_MS });
    const query = response.queryResult ?? {};
    if (debug) {
      const confidence = query.intentDetectionConfidence ?? 0;
      console.error(`[intent] ${query.intent?.displayName ?? '(none)'} (confidence ${confidence.toFixed(2)})`);
      console.error(`[action] ${query.action ?? ''}`);
      console.error(`[parameters] ${JSON.stringify(structToJson(query.parameters))}`);
      console.error(`[session] ${session.id}`);
    }
    const webhookStatus = response.webhookStatus;
    if (webhookStatus && (webhookStatus.code ?? 0) !== 0) {
      console.error(`The webhook did not answer: ${webhookStatus.message ?? `status ${webhookStatus.code}`}`);
    }
    // fulfillmentText is what a chat shows; without it, the default platform's text messages.
    const fromMessages = (query.fulfillmentMessages ?? [])
      .filter((message) => !message.platform || message.platform === 'PLATFORM_UNSPECIFIED')
      .flatMap((message) => message.text?.text ?? [])
      .filter((line) => line.trim() !== '');
    const fulfillmentText = query.fulfillmentText?.trim() ?? '';
    const said = fulfillmentText !== '' ? [fulfillmentText] : fromMessages;
    console.log(said.length > 0 ? said.join('\n') : '(the coach said nothing)');
  } catch (error) {
    console.error(explainDialogflowError(error, setup, 'client'));
    process.exitCode = 1;
  } finally {
    await client.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
