/**
 * A Spanish-speaking driver through the coach's MCP tools: an assistant that passes the driver's locale on each call
 * gets the coach's answers, its spoken choices and its units in that language, over Streamable HTTP on loopback; a call
 * without one is answered in English, and a locale that is not one is a tool error that changes nothing.
 */
import { callTool, type ToolResult } from '../../support/mcpClient';
import { MCP_TEST_DRIVER } from '../../support/testServer';
import { useAssistantOnServer } from '../support/assistantOnServer';

const mcp = useAssistantOnServer();

const call = async (tool: string, args: Record<string, unknown> = {}): Promise<ToolResult> => {
  mcp.server.clock.advanceMinutes(1);
  const result = await callTool(mcp.assistant, tool, args);
  if (result.isError || !result.answer) throw new Error(`${tool} failed: ${result.text}`);
  return result;
};

test('every tool takes the driver\'s locale', async () => {
  const { tools } = await mcp.assistant.listTools();
  for (const tool of tools) expect({ tool: tool.name, locale: tool.inputSchema.properties?.locale }).toMatchObject({ tool: tool.name, locale: { type: 'string' } });
});

test('a first use in Spanish (es-MX): the coach asks in Spanish, offers kilograms first, and keeps what the driver answers', async () => {
  const opened = await call('launch', { locale: 'es-MX' });
  expect(opened.text).toMatch(/Bienvenido a Back Coach/);
  expect(opened.text).toMatch(/¿Te cuento las pesas en kilos\?/);
  expect(opened.answer?.expects?.choices).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'kg', say: 'Kilos', tool: 'units' })]));

  const units = await call('yes', { locale: 'es-MX' });
  expect(units.text).toMatch(/lado/);
  expect(units.text).not.toMatch(/side/i);
  await call('side', { side: 'left', locale: 'es_MX' });
  expect(await mcp.server.store.get(MCP_TEST_DRIVER)).toMatchObject({ units: 'kg', weakSide: 'left' });

  // The same driver asked in English, as another assistant might: the same question, in English.
  const english = await call('repeat');
  expect(english.text).toMatch(/dumbbell/i);
  const spanish = await call('repeat', { locale: 'es-US' });
  expect(spanish.text).toMatch(/mancuerna/i);
});

test('a locale that is not one is a tool error that changes nothing', async () => {
  const before = await mcp.server.store.get(MCP_TEST_DRIVER);
  for (const locale of ['español; drop table', '../../etc', 'x'.repeat(400), '', 42]) {
    const result = await callTool(mcp.assistant, 'weight', { weight: 20, unit: 'kg', locale });
    expect({ locale, isError: result.isError }).toEqual({ locale, isError: true });
  }
  expect(await mcp.server.store.get(MCP_TEST_DRIVER)).toEqual(before);
});
