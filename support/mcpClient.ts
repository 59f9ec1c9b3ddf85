/**
 * An assistant as the tests play it: the MCP SDK's own Client over Streamable HTTP to a server's /mcp, calling the
 * coach's tools and taking their structured answers; and a cooperative driver who gives the coach the answer its
 * question expects, through the tool the answer names.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import type { CoachAnswer } from '../src/mcp/answer';

export const connectAssistant = async (serverUrl: string, headers: Record<string, string> = {}): Promise<Client> => {
  const client = new Client({ name: 'backcoach-test-assistant', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${serverUrl}/mcp`), { requestInit: { headers } }));
  return client;
};

export interface ToolResult {
  isError: boolean;
  text: string;
  answer: CoachAnswer | null;
}

export interface CallOptions {
  /** Ask for progress while the coach's timed parts run, and hear each notification. */
  onProgress?: (progress: Progress) => void;
}

export const callTool = async (client: Client, name: string, args: Record<string, unknown> = {}, options: CallOptions = {}): Promise<ToolResult> => {
  const result = await client.callTool(
    { name, arguments: args },
    undefined,
    options.onProgress ? { onprogress: options.onProgress, resetTimeoutOnProgress: true } : {},
  );
  const content = (result.content ?? []) as { type: string; text?: string }[];
  return {
    isError: result.isError === true,
    text: content.map((c) => c.text ?? '').join('\n'),
    answer: (result.structuredContent as CoachAnswer | undefined) ?? null,
  };
};

/** The short answers a cooperative driver prefers, first to last. */
const PREFERRED = ['yes', 'go', 'resume', 'lb', 'left', 'startWorkout'];

/** The call a cooperative driver makes to the coach's question: the tool its expected answer names. */
export const cooperativeCall = (answer: CoachAnswer): { tool: string; args: Record<string, unknown> } => {
  const expects = answer.expects;
  if (answer.endSession || !expects) return { tool: 'launch', args: {} };
  if (expects.number) {
    const { measure, min, max, tool, argument } = expects.number;
    const clamp = (wanted: number): number => Math.min(max, Math.max(min, wanted));
    const value = clamp(measure === 'weight' ? 35 : measure === 'seconds' ? 40 : 10);
    const unit = measure === 'weight' && expects.number.unit ? { unit: expects.number.unit } : {};
    return { tool, args: { [argument]: value, ...unit } };
  }
  for (const id of PREFERRED) {
    const choice = expects.choices.find((c) => c.id === id);
    if (choice) return { tool: choice.tool, args: choice.arguments };
  }
  throw new Error(`A cooperative driver has no answer to a question expecting ${expects.choices.map((c) => c.id).join(', ')}`);
};
