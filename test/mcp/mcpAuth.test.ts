/**
 * /mcp in serve mode as an OAuth protected resource: without a valid token a 401 pointing at the protected-resource
 * metadata, which names the authorization server (a stand-in on loopback that publishes its keys and issues tokens);
 * with a token, the driver it names and no one else; with the platform's own token (a client-credentials login), what
 * the server offers and no driver's document.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { generateKeyPair } from 'jose';
import { mcpUserId, protectedMcp } from '../../src/http/mcpAuth';
import { callTool, connectAssistant } from '../../support/mcpClient';
import { startTestServer, type TestServer } from '../../support/testServer';
import { startAuthorizationServer, type AuthorizationServer } from '../support/authorizationServer';

/** The address drivers' assistants know the server by (behind its proxy), which tokens are issued for. */
const PUBLIC_URL = 'https://coach.example.test';
const RESOURCE = `${PUBLIC_URL}/mcp`;
const METADATA = `${PUBLIC_URL}/.well-known/oauth-protected-resource/mcp`;

let authorization: AuthorizationServer;
let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  authorization = await startAuthorizationServer();
  server = await startTestServer({ verifyAlexa: false, mcp: protectedMcp({ publicUrl: PUBLIC_URL, issuer: authorization.issuer, jwksUrl: authorization.jwksUrl }) });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  await authorization.close();
});

const listTools = (authorizationHeader?: string) =>
  fetch(`${server.url}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(authorizationHeader ? { authorization: authorizationHeader } : {}) },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });

const assistantFor = async (driver: string): Promise<Client> => {
  const client = await connectAssistant(server.url, { authorization: `Bearer ${await authorization.token(driver, RESOURCE)}` });
  clients.push(client);
  return client;
};

test('without a token, a 401 whose WWW-Authenticate points at the metadata that names the authorization server', async () => {
  const refused = await listTools();
  expect(refused.status).toBe(401);
  expect(refused.headers.get('www-authenticate')).toContain(`resource_metadata="${METADATA}"`);

  const metadata = await fetch(`${server.url}/.well-known/oauth-protected-resource/mcp`);
  expect(metadata.status).toBe(200);
  expect(await metadata.json()).toMatchObject({ resource: RESOURCE, authorization_servers: [authorization.issuer] });
});

test('a token from another key, for another server, from another issuer or expired is refused with a 401', async () => {
  const { privateKey: otherKey } = await generateKeyPair('ES256');
  const tokens = [
    await authorization.token('driver-a', RESOURCE, { key: otherKey }),
    await authorization.token('driver-a', 'https://elsewhere.example.test/mcp'),
    await authorization.token('driver-a', RESOURCE, { issuer: 'https://impostor.example.test' }),
    await authorization.token('driver-a', RESOURCE, { expiresIn: '-1m' }),
    'not-a-jwt',
  ];
  for (const token of tokens) {
    const refused = await listTools(`Bearer ${token}`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('invalid_token');
  }
  expect(await server.store.get(mcpUserId('driver-a'))).toBeNull();
});

test("with a token for driver A, the calls read and write A's document and never B's", async () => {
  const driverA = await assistantFor('driver-a');
  const driverB = await assistantFor('driver-b');
  await callTool(driverA, 'launch');
  await callTool(driverA, 'units', { unit: 'kg' });
  await callTool(driverA, 'side', { side: 'right' });
  const a = await server.store.get(mcpUserId('driver-a'));
  expect(a).toMatchObject({ units: 'kg', weakSide: 'right' });

  const opened = await callTool(driverB, 'launch');
  expect(opened.answer?.expects?.choices.map((c) => c.id)).toEqual(expect.arrayContaining(['lb', 'kg']));
  await callTool(driverB, 'units', { unit: 'lb' });
  expect(await server.store.get(mcpUserId('driver-a'))).toEqual(a);
  expect(await server.store.get(mcpUserId('driver-b'))).toMatchObject({ units: 'lb', weakSide: null });

  const progressOfB = await driverB.readResource({ uri: 'backcoach://driver/progress' });
  expect(JSON.parse((progressOfB.contents[0] as { text: string }).text)).toMatchObject({ unit: 'lb', weakSide: null });
});

test("the platform's client-credentials login lists the tools and resources and reads the rules; a call or the progress asks for account linking and touches no document", async () => {
  // RFC 9068's mark of a token with no user behind it (sub = client_id), and Auth0's (gty).
  const platformTokens = [
    await authorization.token('alexa-plus', RESOURCE, { clientId: 'alexa-plus' }),
    await authorization.token('alexa-plus@clients', RESOURCE, { clientId: 'alexa-plus', claims: { gty: 'client-credentials' } }),
  ];
  for (const token of platformTokens) {
    const platform = await connectAssistant(server.url, { authorization: `Bearer ${token}` });
    clients.push(platform);
    const { tools } = await platform.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['launch', 'count', 'delete_data']));
    const { resources } = await platform.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['backcoach://driver/progress', 'backcoach://program/rules', 'ui://backcoach/coach.html']);
    const rules = await platform.readResource({ uri: 'backcoach://program/rules' });
    expect(JSON.parse((rules.contents[0] as { text: string }).text)).toHaveProperty('whyOneSide');
    expect((await platform.readResource({ uri: 'ui://backcoach/coach.html' })).contents).toHaveLength(1);

    for (const [tool, args] of [['launch', {}], ['units', { unit: 'kg' }], ['delete_data', {}]] as const) {
      const refused = await callTool(platform, tool, args);
      expect(refused.isError).toBe(true);
      expect(refused.text).toMatch(/link their Back Coach account/);
      expect(refused.answer).toBeNull();
    }
    await expect(platform.readResource({ uri: 'backcoach://driver/progress' })).rejects.toThrow(/link their Back Coach account/);
  }
  for (const subject of ['alexa-plus', 'alexa-plus@clients']) expect(await server.store.get(mcpUserId(subject))).toBeNull();
});
