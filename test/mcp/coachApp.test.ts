/**
 * The coach's MCP App as a host fetches it, with the MCP SDK's Client over Streamable HTTP on loopback: the tools
 * point at one UI resource, an HTML document the build makes from the browser page's own modules (the progress
 * chart's among them), and a tool's answer carries the chart drawn as every screen draws it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progressChart } from '../../src/core/progressChart';
import { DEFAULT_LOCALE } from '../../src/core/prompts';
import { readCoachAppHtml } from '../../src/mcp/appResource';
import { Conversation, fastForward } from '../../support/conversation';
import { callTool } from '../../support/mcpClient';
import { MCP_TEST_DRIVER } from '../../support/testServer';
import { useAssistantOnServer } from '../support/assistantOnServer';

const APP_URI = 'ui://backcoach/coach.html';
const pageFile = (file: string): string => readFileSync(path.join(__dirname, '../../src/web/public', file), 'utf8');

const mcp = useAssistantOnServer();

test('every coach tool names the app as the place its results show', async () => {
  const { tools } = await mcp.assistant.listTools();
  expect(tools.length).toBeGreaterThan(20);
  for (const tool of tools) expect(tool._meta).toMatchObject({ ui: { resourceUri: APP_URI }, 'ui/resourceUri': APP_URI });
});

test("the app is an MCP Apps HTML resource built from the page's own modules and style, nothing loaded from elsewhere", async () => {
  const { resources } = await mcp.assistant.listResources();
  expect(resources).toContainEqual(expect.objectContaining({ uri: APP_URI, mimeType: 'text/html;profile=mcp-app' }));

  const { contents } = await mcp.assistant.readResource({ uri: APP_URI });
  expect(contents).toHaveLength(1);
  expect(contents[0]).toMatchObject({ uri: APP_URI, mimeType: 'text/html;profile=mcp-app' });
  const html = (contents[0] as { text: string }).text;
  // The page's modules, bundled into the app's one script (each under its file's name), and its style sheet as it is.
  for (const module of ['progressChart.js', 'panel.js', 'repCounter.js', 'coachApp.js']) expect(html).toContain(`// src/web/public/${module}\n`);
  expect(html).toContain(pageFile('style.css'));
  // The page's own status panel, as index.html has it (indented to the app's markup).
  const squeezed = (text: string): string => text.replace(/\s+/g, ' ');
  const statusPanel = /<section class="status"[\s\S]*?<\/section>/.exec(pageFile('index.html'))?.[0] ?? 'index.html has no status panel';
  expect(squeezed(html)).toContain(squeezed(statusPanel));
  expect(html).toContain('ui/initialize');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|^import /m);
});

test('an app that was never built is refused with the command that builds it', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'backcoach-app-'));
  const missing = path.join(folder, 'coachApp.html');
  try {
    expect(() => readCoachAppHtml(missing)).toThrow(`The coach's MCP App is not built (${missing} is missing): run npm run build:server`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a tool's answer that shows the progress carries the chart as the core draws it for every screen", async () => {
  const first = await callTool(mcp.assistant, 'progress');
  expect(first.answer?.chart).toBeNull();

  // A baseline test and two workouts, done by the real coach, as the driver's document.
  const history = fastForward(new Conversation({ userId: MCP_TEST_DRIVER }), { workouts: 2 });
  await mcp.server.store.update(MCP_TEST_DRIVER, () => ({ next: history.doc, result: null }));
  const shown = await callTool(mcp.assistant, 'progress');
  expect(shown.answer?.progress?.workouts).toHaveLength(2);
  expect(shown.answer?.chart).toEqual(progressChart(shown.answer?.progress, DEFAULT_LOCALE));
  expect(shown.answer?.chart?.paths.reps).not.toBe('');
});
