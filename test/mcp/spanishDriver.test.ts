/**
 * A Spanish-speaking driver through the coach's MCP tools: an assistant that passes the driver's locale on each call
 * gets the coach's answers, its spoken choices and its units in that language, over Streamable HTTP on loopback; a call
 * without one is answered in English, and a locale that is not one is a tool error that changes nothing. The program's
 * rules read with a locale say why one side in its language.
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

describe("the program's rules in the driver's language", () => {
  const rulesAt = async (uri: string): Promise<{ whyOneSide: string; exercises: { id: string }[] }> => {
    const { contents } = await mcp.assistant.readResource({ uri });
    return JSON.parse((contents[0] as { text: string }).text) as { whyOneSide: string; exercises: { id: string }[] };
  };

  test('an assistant finds them as a resource template that takes the locale, named in the rules resource too', async () => {
    const { resourceTemplates } = await mcp.assistant.listResourceTemplates();
    expect(resourceTemplates).toEqual([expect.objectContaining({ uriTemplate: 'backcoach://program/rules{?locale}', mimeType: 'application/json' })]);
    const { resources } = await mcp.assistant.listResources();
    expect(resources.find((r) => r.uri === 'backcoach://program/rules')?.description).toContain('backcoach://program/rules{?locale}');
  });

  test('read with a Spanish locale, they say why one side in Spanish, as the coach does; without one, in English', async () => {
    const spanish = await rulesAt('backcoach://program/rules?locale=es-MX');
    expect((await call('why_one_side', { locale: 'es-MX' })).text).toContain(spanish.whyOneSide);
    expect(spanish.whyOneSide).toMatch(/lado débil/);
    expect(spanish.exercises.map((e) => e.id)).toEqual(['row', 'pulldown', 'carry']);
    expect((await rulesAt('backcoach://program/rules?locale=es_US')).whyOneSide).toBe((await rulesAt('backcoach://program/rules?locale=es-US')).whyOneSide);
    const english = await rulesAt('backcoach://program/rules');
    expect(english.whyOneSide).toMatch(/weak side/);
    expect((await rulesAt('backcoach://program/rules?locale=en-US')).whyOneSide).toBe(english.whyOneSide);
    // The example's weights are in the locale's units, as the coach says them there.
    expect((await rulesAt('backcoach://program/rules?locale=en-GB')).whyOneSide).toMatch(/kilos/);
  });

  test('a locale that is not one is an error that names the locale, and changes nothing', async () => {
    const before = await mcp.server.store.get(MCP_TEST_DRIVER);
    for (const locale of ['espa%C3%B1ol%3B%20drop', '..%2F..%2Fetc', 'x'.repeat(400), '%E0%A4%A']) {
      await expect(mcp.assistant.readResource({ uri: `backcoach://program/rules?locale=${locale}` })).rejects.toThrow(/is not a locale such as en-US or es-MX/);
    }
    // An empty locale matches no resource: the SDK says so.
    await expect(mcp.assistant.readResource({ uri: 'backcoach://program/rules?locale=' })).rejects.toThrow(/not found/);
    expect(await mcp.server.store.get(MCP_TEST_DRIVER)).toEqual(before);
  });
});
