/**
 * A new driver's first use, baseline test and whole first workout through the coach's MCP tools only, with the MCP
 * SDK's Client over Streamable HTTP on loopback: every answer is the one the coach's question expects, given with the
 * tool the coach's answer names. Then the same turns, at the same instants, as Alexa requests to the same server's
 * /alexa: both drivers end with the same stored document, but for the user id and the request ids, and for the
 * answer to "is the truck parked?", which the coach asks an assistant (it cannot tell) and not an Echo.
 */
import { randomUUID } from 'node:crypto';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { UserDocument } from '../../src/core/document';
import { COACH_TOOLS } from '../../src/mcp/tools';
import type { SlotValue } from '../../src/nlu/nlu';
import { ConsoleSession } from '../../support/alexaRequest';
import { callTool, cooperativeCall } from '../../support/mcpClient';
import { MCP_TEST_DRIVER, post, TestClock } from '../../support/testServer';
import { useAssistantOnServer } from '../support/assistantOnServer';

/** Monday, March 2, 2026, 07:00 in Chicago. */
const START = '2026-03-02T13:00:00.000Z';
const SECONDS_BETWEEN_TURNS = 30;
const MAX_TURNS = 400;

const mcp = useAssistantOnServer({ clock: new TestClock(START), defaultTimeZone: 'America/Chicago' });

interface Step {
  tool: string;
  args: Record<string, unknown>;
  at: number;
}

const completedWorkouts = (doc: UserDocument | null): number => doc?.workouts.filter((w) => w.completed).length ?? 0;

/** The slots Alexa would fill for the tool's arguments: numbers as digits, a custom value by its id. */
const slotsOf = (args: Record<string, unknown>): Record<string, SlotValue> =>
  Object.fromEntries(Object.entries(args).map(([name, value]) => [name, typeof value === 'number' ? { value: String(value) } : { value: String(value), id: String(value) }]));

test('first use, the baseline test and a whole workout through tools only store what the same turns store through Alexa', async () => {
  const steps: Step[] = [];
  let next: { tool: string; args: Record<string, unknown> } = { tool: 'launch', args: {} };
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    mcp.server.clock.advanceMinutes(SECONDS_BETWEEN_TURNS / 60);
    steps.push({ ...next, at: mcp.server.clock.now().getTime() });
    const result = await callTool(mcp.assistant, next.tool, next.args);
    expect({ step: next, isError: result.isError, failure: result.answer?.failure }).toEqual({ step: next, isError: false, failure: null });
    if (completedWorkouts(await mcp.server.store.get(MCP_TEST_DRIVER)) > 0) break;
    next = cooperativeCall(result.answer!);
  }
  const fromTools = await mcp.server.store.get(MCP_TEST_DRIVER);
  expect(completedWorkouts(fromTools)).toBe(1);
  expect(fromTools?.tests).toEqual([expect.objectContaining({ kind: 'baseline', weakSide: 'left', weakReps: 10, unit: 'lb' })]);
  expect(steps.map((s) => s.tool)).toEqual(expect.arrayContaining(['launch', 'units', 'side', 'weight', 'ready', 'count', 'yes']));

  // The same turns, at the same instants, through the Alexa endpoint.
  let at = 0;
  const alexaUser = 'amzn1.ask.account.mcp-twin';
  const session = new ConsoleSession({ applicationId: 'amzn1.ask.skill.backcoach-test', userId: alexaUser, deviceId: 'amzn1.ask.device.mcp-twin' }, { now: () => new Date(at), id: () => randomUUID() });
  for (const step of steps) {
    at = step.at;
    const intent = COACH_TOOLS.find((tool) => tool.name === step.tool)?.intent.name;
    if (!intent) throw new Error(`no tool ${step.tool}`);
    const envelope = step.tool === 'launch' ? session.launch() : session.intent({ intent, slots: slotsOf(step.args), score: 1 });
    const answer = await post(`${mcp.server.url}/alexa`, envelope);
    expect({ step, status: answer.status }).toEqual({ step, status: 200 });
    session.receive(answer.json as ResponseEnvelope);
  }
  const fromAlexa = await mcp.server.store.get(alexaUser);
  expect(fromTools?.parked).toBe(true);
  expect(fromAlexa?.parked).toBeNull();
  const sameButIds = (doc: UserDocument | null) => ({ ...doc, userId: 'same driver', recentTurns: doc?.recentTurns.map(({ reply }) => reply), parked: 'asked of an assistant only' });
  expect(sameButIds(fromAlexa)).toEqual(sameButIds(fromTools));
});
