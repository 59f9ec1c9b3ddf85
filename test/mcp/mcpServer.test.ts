/**
 * The coach's MCP server at /mcp, on the real HTTP app on loopback, called by the MCP SDK's own Client over Streamable
 * HTTP as an assistant would: the tools are the language model's intents, a call is a coach turn whose answer names
 * the next call, counts and rests send progress while they run, hostile arguments are tool errors that change nothing,
 * and one driver's concurrent calls are all taken.
 */
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { callTool, cooperativeCall, type ToolResult } from '../../support/mcpClient';
import { MCP_TEST_DRIVER, post } from '../../support/testServer';
import { useAssistantOnServer } from '../support/assistantOnServer';
import { INTENT_SHAPES } from '../../src/model/intents';

const mcp = useAssistantOnServer();

/** Calls the tool, failing on a tool error; the clock moves a minute first, as between two things a driver says. */
const call = async (tool: string, args: Record<string, unknown> = {}, onProgress?: (p: Progress) => void): Promise<ToolResult> => {
  mcp.server.clock.advanceMinutes(1);
  const result = await callTool(mcp.assistant, tool, args, { onProgress });
  if (result.isError || !result.answer) throw new Error(`${tool} failed: ${result.text}`);
  return result;
};

test('every event a driver can cause in the language model is a tool, typed by its slots, and marked read-only or destructive', async () => {
  const { tools } = await mcp.assistant.listTools();
  const byName = new Map(tools.map((t) => [t.name, t]));
  const events = new Set(INTENT_SHAPES.map((i) => i.event).filter((e) => e !== 'fallback'));
  expect(tools.length).toBe(events.size + 1); // and `launch`, as "open Back Coach"
  expect(tools[0]?.name).toBe('launch');
  expect(byName.get('count')?.inputSchema.properties).toMatchObject({ count: { type: 'number' }, side: { enum: ['left', 'right'] } });
  expect(byName.get('units')?.inputSchema.properties).toMatchObject({ unit: { enum: ['lb', 'kg'] } });
  expect(byName.get('time_zone')?.inputSchema.properties).toMatchObject({ zone: { enum: expect.arrayContaining(['America/Chicago']) } });
  for (const name of ['progress', 'whats_next', 'time_left', 'why_one_side']) expect(byName.get(name)?.annotations).toMatchObject({ readOnlyHint: true });
  expect(byName.get('delete_data')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  expect(byName.get('count')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  for (const tool of tools) {
    expect(tool.description?.length).toBeGreaterThan(20);
    expect(tool.outputSchema?.properties).toHaveProperty('expects');
  }
});

test('a first use through tools: each answer says what to read aloud and which tool gives the answer the coach expects', async () => {
  const opened = await call('launch');
  expect(opened.text).toBe(opened.answer?.say);
  expect(opened.text).toMatch(/pounds/i);
  expect(opened.answer?.expects?.choices).toEqual(expect.arrayContaining([{ id: 'lb', say: 'Pounds', tool: 'units', arguments: { unit: 'lb' } }]));

  const units = await call('yes');
  expect(units.answer?.expects?.choices).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'left', tool: 'side', arguments: { side: 'left' } })]));
  const side = await call('side', { side: 'left' });
  expect(side.answer?.expects?.number).toMatchObject({ measure: 'weight', tool: 'weight', argument: 'weight', unit: 'lb' });
  await call('weight', { weight: 25, unit: 'lb' });

  const stored = await mcp.server.store.get(MCP_TEST_DRIVER);
  expect(stored).toMatchObject({ units: 'lb', weakSide: 'left' });
  // The progress resource reads the same document: no test yet, so no gap.
  const progress = await mcp.assistant.readResource({ uri: 'backcoach://driver/progress' });
  expect(JSON.parse((progress.contents[0] as { text: string }).text)).toMatchObject({ unit: 'lb', weakSide: 'left', baseline: null, gap: null });
});

test('hostile arguments are tool errors that change nothing, never a server error', async () => {
  const before = await mcp.server.store.get(MCP_TEST_DRIVER);
  const hostile: [string, Record<string, unknown>][] = [
    ['count', { count: 'twelve; drop table' }],
    ['count', { count: 1e300 }],
    ['count', { count: { $gt: 1 } }],
    ['side', { side: 'middle' }],
    ['units', { unit: ['lb'] }],
    ['weight', { weight: 30, unit: '<script>' }],
    ['count', { duration: 'x'.repeat(5000) }],
    ['time_zone', { zone: '../../etc/passwd' }],
    ['no_such_tool', {}],
    ['__proto__', {}],
  ];
  for (const [tool, args] of hostile) {
    const result = await callTool(mcp.assistant, tool, args);
    expect({ tool, args, isError: result.isError }).toEqual({ tool, args, isError: true });
  }
  expect(await mcp.server.store.get(MCP_TEST_DRIVER)).toEqual(before);

  // Below the SDK: not JSON, nested too deeply, or not JSON-RPC: a 4xx, never a 5xx.
  const headers = { accept: 'application/json, text/event-stream' };
  const notJson = await post(`${mcp.server.url}/mcp`, '{"jsonrpc":', headers);
  const deep = await post(`${mcp.server.url}/mcp`, `${'['.repeat(5000)}${']'.repeat(5000)}`, headers);
  const notRpc = await post(`${mcp.server.url}/mcp`, { hello: 'world' }, headers);
  const huge = await post(`${mcp.server.url}/mcp`, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'count', arguments: { duration: 'x'.repeat(200_000) } } }, headers);
  const get = await fetch(`${mcp.server.url}/mcp`);
  expect(huge.status).toBe(413);
  for (const status of [notJson.status, deep.status, notRpc.status, huge.status, get.status]) {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  }
  expect(await mcp.server.store.get(MCP_TEST_DRIVER)).toEqual(before);
});

test('a count and a rest send progress while they run to a client that asked for it, per rep and per 10 s; the timings otherwise', async () => {
  // The cooperative driver goes on until the coach counts the strong side out loud and then rests.
  let last = await call('launch');
  let heard: Progress[] = [];
  for (let turn = 0; turn < 60; turn++) {
    const next = cooperativeCall(last.answer!);
    heard = [];
    last = await call(next.tool, next.args, (p) => heard.push(p));
    const speech = last.answer!.speech;
    if (speech.some((s) => s.kind === 'text' && s.counted) && speech.some((s) => s.kind === 'pause' && s.purpose === 'rest')) break;
  }
  const speech = last.answer!.speech;
  const reps = speech.flatMap((s) => (s.kind === 'text' && s.counted ? [`${s.counted.n} of ${s.counted.of}`] : []));
  const rests = speech.flatMap((s) => (s.kind === 'pause' && s.purpose === 'rest' ? [s.seconds] : []));
  expect(reps.length).toBeGreaterThan(3);
  expect(rests.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
  expect(last.answer?.timedWaited).toBe(true);

  const messages = heard.map((p) => p.message);
  expect(messages.filter((m) => /^\d+ of \d+$/.test(m ?? ''))).toEqual(reps);
  const restLines = messages.filter((m) => m?.startsWith('Rest:'));
  expect(restLines.length).toBe(rests.reduce((lines, seconds) => lines + Math.ceil(seconds / 10), 0));
  expect(restLines[0]).toMatch(/^Rest: \d+ seconds left$/);
  // Progress only grows, and ends at its total.
  expect(heard.map((p) => p.progress)).toEqual(heard.map((_p, i) => i + 1));
  expect(heard.every((p) => p.total === heard.length)).toBe(true);

  // The next timed reply, to a client that did not ask for progress: the timings to speak, nothing waited.
  for (let turn = 0; turn < 20; turn++) {
    const next = cooperativeCall(last.answer!);
    last = await call(next.tool, next.args);
    if (last.answer!.speech.some((s) => s.kind === 'pause' && s.purpose !== 'beat')) break;
  }
  expect(last.answer?.timedWaited).toBe(false);
  expect(last.answer?.speech).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'pause', seconds: expect.any(Number), purpose: expect.stringMatching(/rest|set|count/) })]));
});

test("50 concurrent tool calls for one driver are all taken, none lost", async () => {
  const before = await mcp.server.store.get(MCP_TEST_DRIVER);
  const results = await Promise.all(Array.from({ length: 50 }, () => callTool(mcp.assistant, 'why_one_side')));
  expect(results.filter((r) => r.isError || r.answer?.failure)).toEqual([]);
  const after = await mcp.server.store.get(MCP_TEST_DRIVER);
  expect(after!.turns - before!.turns).toBe(50);
  expect(after!.workouts).toEqual(before!.workouts);
  expect(after!.tests).toEqual(before!.tests);
});

test("the program's rules say why one side in the coach's words", async () => {
  const { resources } = await mcp.assistant.listResources();
  expect(resources.map((r) => r.uri).sort()).toEqual(['backcoach://driver/progress', 'backcoach://program/rules', 'ui://backcoach/coach.html']);
  const rules = await mcp.assistant.readResource({ uri: 'backcoach://program/rules' });
  const body = JSON.parse((rules.contents[0] as { text: string }).text) as { whyOneSide: string; exercises: { id: string }[] };
  const spoken = await call('why_one_side');
  expect(spoken.text).toContain(body.whyOneSide);
  expect(body.exercises.map((e) => e.id)).toEqual(['row', 'pulldown', 'carry']);
});

test('the prompts a driver can pick each ask for a job the tools they name can do', async () => {
  const { prompts } = await mcp.assistant.listPrompts();
  expect(prompts.map((p) => p.name).sort()).toEqual(['how_am_i_doing', 'posture_breaks', 'todays_workout']);
  const { tools } = await mcp.assistant.listTools();
  const toolNames = new Set(tools.map((t) => t.name));
  for (const prompt of prompts) {
    const { messages } = await mcp.assistant.getPrompt({ name: prompt.name });
    const text = messages.map((m) => (m.content.type === 'text' ? m.content.text : '')).join(' ');
    const named = [...text.matchAll(/\b(?:call(?: the)?) ([a-z_]+)/gi)].map((m) => m[1] ?? '');
    expect({ prompt: prompt.name, named: named.length > 0, unknown: named.filter((name) => !toolNames.has(name) && name !== 'tool') }).toEqual({
      prompt: prompt.name,
      named: true,
      unknown: [],
    });
  }
});
