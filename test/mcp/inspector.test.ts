/**
 * The coach's MCP server as a third party sees it: the MCP Inspector's command line lists the tools and resources of
 * the real server started as `npm start` does (local mode, /mcp on loopback), and of `npm run mcp` over stdio. In
 * serve mode /mcp asks for a bearer token.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LISTENING, ROOT, startServerProcess, type ServerProcess } from '../support/serverProcess';

jest.setTimeout(300_000);

/**
 * The Inspector's CLI (1.0.x) looks for its own package.json at "../package.json" from the working directory; run from a
 * folder one below the project, it finds it.
 */
const INSPECTOR_CWD = path.join(ROOT, 'test');

const inspect = (target: string[], method: string): Promise<unknown> =>
  new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['--no-install', 'mcp-inspector-cli', '--cli', ...target, '--method', method],
      { cwd: INSPECTOR_CWD, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the Inspector failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.slice(stdout.indexOf('{'))));
      },
    );
  });

const names = (listing: unknown, key: 'tools' | 'resources' | 'prompts', field: 'name' | 'uri'): string[] =>
  ((listing as Record<string, Record<string, string>[]>)[key] ?? []).map((item) => item[field] ?? '');

let dataDir: string;
const servers: ServerProcess[] = [];

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backcoach-mcp-'));
});
afterAll(async () => {
  for (const server of servers) {
    server.kill();
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the Inspector lists the tools, resources and prompts of the server started in local mode', async () => {
  const server = startServerProcess({ PORT: '0', BACKCOACH_DATA_DIR: path.join(dataDir, 'local') }, ['--local']);
  servers.push(server);
  const [, url] = await server.waitFor(LISTENING);
  const tools = names(await inspect([`${url}/mcp`, '--transport', 'http'], 'tools/list'), 'tools', 'name');
  expect(tools).toEqual(expect.arrayContaining(['launch', 'count', 'weight', 'units', 'side', 'pause', 'resume', 'skip_rest', 'pain', 'delete_data', 'why_one_side']));
  const resources = names(await inspect([`${url}/mcp`, '--transport', 'http'], 'resources/list'), 'resources', 'uri');
  expect(resources.sort()).toEqual(['backcoach://driver/progress', 'backcoach://program/rules', 'ui://backcoach/coach.html']);
  const prompts = names(await inspect([`${url}/mcp`, '--transport', 'http'], 'prompts/list'), 'prompts', 'name');
  expect(prompts.sort()).toEqual(['how_am_i_doing', 'posture_breaks', 'todays_workout']);
});

test('the Inspector lists the tools of npm run mcp over stdio', async () => {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const listing = await inspect(['-e', `BACKCOACH_DATA_DIR=${path.join(dataDir, 'stdio')}`, tsx, path.join(ROOT, 'src', 'mcp', 'stdio.ts')], 'tools/list');
  expect(names(listing, 'tools', 'name')).toEqual(expect.arrayContaining(['launch', 'count', 'delete_data']));
});

test('in serve mode /mcp is not open without a token: a 401 that points at the protected-resource metadata', async () => {
  const server = startServerProcess({
    PORT: '0',
    HOST: '127.0.0.1',
    BACKCOACH_DATA_DIR: path.join(dataDir, 'serve'),
    BACKCOACH_PUBLIC_URL: 'https://coach.example.test',
    BACKCOACH_MCP_ISSUER: 'https://login.example.test',
    BACKCOACH_MCP_JWKS_URL: 'https://login.example.test/jwks',
  });
  servers.push(server);
  const [, url] = await server.waitFor(LISTENING);
  const response = await fetch(`${url}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toContain('resource_metadata="https://coach.example.test/.well-known/oauth-protected-resource/mcp"');
  const metadata = await fetch(`${url}/.well-known/oauth-protected-resource/mcp`);
  expect(await metadata.json()).toMatchObject({ resource: 'https://coach.example.test/mcp', authorization_servers: ['https://login.example.test'] });
});
