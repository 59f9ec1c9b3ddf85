/**
 * What most MCP tests start with: the HTTP app on loopback (support/testServer.ts) and the MCP SDK's own Client
 * connected to its /mcp as an assistant, started before the tests of the file (or of the describe block it is called
 * in) and closed after them. Read `server` and `assistant` inside the tests and hooks, once they have started.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { connectAssistant } from '../../support/mcpClient';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/testServer';

export interface AssistantOnServer {
  server: TestServer;
  assistant: Client;
}

/** Alexa's signatures are not checked unless `options` asks: these servers are for the assistant. */
export const useAssistantOnServer = (options: TestServerOptions = {}): AssistantOnServer => {
  const started: Partial<AssistantOnServer> = {};
  beforeAll(async () => {
    started.server = await startTestServer({ verifyAlexa: false, ...options });
    started.assistant = await connectAssistant(started.server.url);
  });
  afterAll(async () => {
    await started.assistant?.close();
    await started.server?.close();
  });
  return started as AssistantOnServer;
};
