/**
 * The coach as an MCP server for one driver: each tool call is one turn of the shared turn runner (the event the
 * tool's intent means, as on every other host), its result the coach's neutral reply; the resources show the
 * driver's progress and the program's rules. The host (HTTP or stdio) says who the driver is and hands in the parts.
 */
import { randomUUID } from 'node:crypto';
import { RESOURCE_MIME_TYPE, RESOURCE_URI_META_KEY } from '@modelcontextprotocol/ext-apps/server';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { toJsonSchemaCompat } from '@modelcontextprotocol/sdk/server/zod-json-schema-compat.js';
import { ErrorCode, ListToolsRequestSchema, McpError, type ListToolsResult, type ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { DEFAULT_LOCALE } from '../core/prompts';
import type { Logger } from '../log';
import type { DocumentReader } from '../turns/documentReader';
import { turnContext } from '../turns/turnContext';
import { loggedTurn } from '../turns/turnLog';
import type { TurnRunner } from '../turns/turnRunner';
import { COACH_APP_URI, coachAppHtml } from './appResource';
import { coachAnswerSchema, coachAnswerShape, toCoachAnswer } from './answer';
import { NO_DRIVER, PROMPTS, RESOURCE_DESCRIPTIONS, SERVER_INSTRUCTIONS } from './descriptions';
import { localeOfRead, programRules, progressReport, PROGRESS_URI, RULES_TEMPLATE, RULES_URI } from './resources';
import { hasTimedParts, waitOutTimedParts } from './timedParts';
import { COACH_TOOLS, eventOfCall, localeOfCall, type CoachTool } from './tools';

export interface CoachMcpDependencies {
  runTurn: TurnRunner;
  readDocument: DocumentReader;
  /** Used when the driver's document does not tell the time zone: an assistant does not report one. */
  defaultTimeZone: string;
  logger: Logger;
  /** The clock that stamps each turn; the machine's unless a test sets one. */
  clock?: () => Date;
  /** Seconds of the coach's time per real second while a timed part is waited out (1: real time). */
  pace?: number;
  /** The server's version, as it tells clients. */
  version?: string;
}


const annotationsOf = (tool: CoachTool): ToolAnnotations => ({
  readOnlyHint: tool.readOnly,
  destructiveHint: tool.destructive,
  idempotentHint: tool.readOnly,
  openWorldHint: false,
});

/**
 * Every tool's result shows in the coach's app: the MCP Apps `_meta` (its key, and the older flat key hosts still read),
 * as the package's registerAppTool sets it. Set here rather than through that helper: the tool list is answered by
 * listTools below, which must carry it too, and the helper does not load when the server runs from source under tsx.
 */
const APP_TOOL_META = { ui: { resourceUri: COACH_APP_URI }, [RESOURCE_URI_META_KEY]: COACH_APP_URI };

/**
 * The tool list, its JSON Schemas made once by the SDK's own conversion. The SDK converts every schema again at every
 * listing, and a stateless server is built for each request: about half a second of work per listing, for a list that
 * never changes.
 */
let toolList: ListToolsResult | null = null;
const listTools = (): ListToolsResult => {
  if (toolList) return toolList;
  const outputSchema = toJsonSchemaCompat(coachAnswerSchema, { strictUnions: true, pipeStrategy: 'output' }) as ListToolsResult['tools'][number]['outputSchema'];
  toolList = {
    tools: COACH_TOOLS.map((tool) => ({
      name: tool.name,
      description: tool.description,
      inputSchema: toJsonSchemaCompat(z.object(tool.inputShape), { strictUnions: true, pipeStrategy: 'input' }) as ListToolsResult['tools'][number]['inputSchema'],
      outputSchema,
      annotations: annotationsOf(tool),
      _meta: APP_TOOL_META,
    })),
  };
  return toolList;
};

const jsonResource = (uri: string, value: unknown) => ({ contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] });

/**
 * The server for one driver (`userId`, their document), or for the assistant's platform signed in as itself (null): the
 * platform sees the tools and resources and reads the program's rules and the app, but a tool call or the driver's
 * progress says the driver must link their account, and no document is read or written.
 */
export const createCoachMcpServer = (deps: CoachMcpDependencies, userId: string | null): McpServer => {
  const { runTurn, readDocument, defaultTimeZone, logger, clock = () => new Date(), pace = 1 } = deps;
  // Each tool call names the driver's language, as a read of the rules can (RULES_TEMPLATE); else the default.
  const locale = DEFAULT_LOCALE;
  const server = new McpServer({ name: 'backcoach', title: 'Back Coach', version: deps.version ?? '0.1.0' }, { instructions: SERVER_INSTRUCTIONS });

  const register = (tool: CoachTool): void => {
    server.registerTool(
      tool.name,
      {
        description: tool.description,
        inputSchema: tool.inputShape,
        outputSchema: coachAnswerShape,
        annotations: annotationsOf(tool),
        _meta: APP_TOOL_META,
      },
      async (args, extra) => {
        if (userId === null) return { isError: true, content: [{ type: 'text' as const, text: NO_DRIVER }] };
        const event = eventOfCall(tool, args);
        const requestId = randomUUID();
        const callLocale = localeOfCall(args, locale);
        const context = turnContext({ now: clock().toISOString(), deviceTimeZone: null, defaultTimeZone, locale: callLocale, vehicleUnknown: true });
        const outcome = await loggedTurn(logger, { requestId: `mcp-${requestId}`, host: 'mcp', event: event.type }, () =>
          runTurn({ userId, event, locale: callLocale, context, requestId }),
        );
        const progressToken = extra._meta?.progressToken;
        const timed = progressToken !== undefined && hasTimedParts(outcome.reply.speech);
        const waited =
          timed &&
          (await waitOutTimedParts(outcome.reply.speech, {
            pace,
            signal: extra.signal,
            notify: (progress, total, message) =>
              extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress, total, message } }),
          }));
        const answer = toCoachAnswer(outcome.reply, callLocale, waited, outcome.failure);
        return { content: [{ type: 'text' as const, text: answer.say }], structuredContent: answer };
      },
    );
  };
  COACH_TOOLS.forEach(register);
  server.server.setRequestHandler(ListToolsRequestSchema, listTools);

  server.registerResource(
    'progress',
    PROGRESS_URI,
    { title: "The driver's progress", description: RESOURCE_DESCRIPTIONS.progress, mimeType: 'application/json' },
    async (uri) => {
      if (userId === null) throw new McpError(ErrorCode.InvalidRequest, NO_DRIVER);
      return jsonResource(uri.href, progressReport(await readDocument(userId), defaultTimeZone));
    },
  );
  server.registerResource(
    'rules',
    RULES_URI,
    { title: "The program's rules", description: RESOURCE_DESCRIPTIONS.rules, mimeType: 'application/json' },
    (uri) => jsonResource(uri.href, programRules(locale)),
  );
  // Listed by resources/templates/list, not resources/list: a read names the locale it wants.
  server.registerResource(
    'rules-in-language',
    new ResourceTemplate(RULES_TEMPLATE, { list: undefined }),
    { title: "The program's rules, in the driver's language", description: RESOURCE_DESCRIPTIONS.rulesInLanguage, mimeType: 'application/json' },
    (uri, variables) => jsonResource(uri.href, programRules(localeOfRead(variables.locale))),
  );
  server.registerResource(
    'coach-app',
    COACH_APP_URI,
    { title: 'Back Coach', description: RESOURCE_DESCRIPTIONS.app, mimeType: RESOURCE_MIME_TYPE },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: RESOURCE_MIME_TYPE, text: coachAppHtml() }] }),
  );
  for (const [name, prompt] of Object.entries(PROMPTS)) {
    server.registerPrompt(name, { title: prompt.title, description: prompt.description }, () => ({
      messages: [{ role: 'user' as const, content: { type: 'text' as const, text: prompt.text } }],
    }));
  }
  return server;
};
