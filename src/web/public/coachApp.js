// @ts-check
/**
 * The coach as an MCP App: the view an assistant's host shows beside its chat (in a sandboxed frame), with where the
 * workout stands, the strong side's count as it is counted, and the progress chart. It draws with the page's own
 * modules, from the structured answer of each coach tool the host hands it (the MCP Apps protocol: JSON-RPC over
 * postMessage with the host, `ui/initialize` first, then a `ui/notifications/tool-result` per call).
 */
/** @typedef {import('../../mcp/answer').CoachAnswer} CoachAnswer */
/** @typedef {{ jsonrpc: '2.0', id?: number | string, method?: string, params?: any, result?: unknown }} Message */
import { PAGE_LANGUAGES } from './pageWords.js';
import { findStatusViews } from './statusViews.js';

/** The MCP Apps protocol version this view speaks. */
const PROTOCOL_VERSION = '2026-01-26';

// The coach speaks English to assistants (src/mcp/coachServer.ts), so the view's words are English too.
const { panel, repCounter, progressChart } = findStatusViews(() => PAGE_LANGUAGES.en.words);

/** @param {Message} message */
const send = (message) => window.parent.postMessage(message, '*');

let lastId = 0;
/** @type {Map<number | string, (result: unknown) => void>} */
const pending = new Map();
/** @param {string} method @param {object} params */
const request = (method, params) =>
  new Promise((resolve) => {
    const id = ++lastId;
    pending.set(id, resolve);
    send({ jsonrpc: '2.0', id, method, params });
  });

/** @param {number} seconds */
const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** The answer being shown: a newer one stops an older one's count. */
let shown = 0;

/**
 * Shows a coach answer. When the call did not wait out the strong side's count, the count plays here as it is spoken
 * (each rep, then its pause), the step moving on with the speech.
 * @param {CoachAnswer} answer
 */
const show = async (answer) => {
  const mine = ++shown;
  if (answer.chart) progressChart.show(answer.chart);
  else if (answer.status) progressChart.hide();
  if (!answer.timedWaited) {
    for (const segment of answer.speech) {
      if (segment.kind === 'status') panel.show(segment.status);
      else if (segment.kind === 'text' && segment.counted) repCounter.show(segment.counted);
      else if (segment.kind === 'pause' && segment.purpose === 'count') await sleep(segment.seconds);
      if (mine !== shown) return;
    }
  }
  repCounter.hide();
  panel.show(answer.status);
};

/** @param {unknown} content @returns {content is CoachAnswer} */
const isCoachAnswer = (content) => typeof content === 'object' && content !== null && Array.isArray(/** @type {CoachAnswer} */ (content).speech);

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  /** @type {Message} */
  const message = event.data;
  if (message?.jsonrpc !== '2.0') return;
  if (message.method === undefined) {
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
    if (message.id !== undefined) pending.delete(message.id);
  } else if (message.method === 'ui/notifications/tool-result') {
    const content = message.params?.structuredContent;
    if (isCoachAnswer(content)) void show(content);
  } else if (message.id !== undefined) {
    // A ping, or the host closing the view: nothing to do but say so.
    send({ jsonrpc: '2.0', id: message.id, result: {} });
  }
});

await request('ui/initialize', { appInfo: { name: 'backcoach', version: '0.1.0' }, appCapabilities: {}, protocolVersion: PROTOCOL_VERSION });
send({ jsonrpc: '2.0', method: 'ui/notifications/initialized', params: {} });

// The host sizes its frame to the view: told once initialized, and again whenever the view grows or shrinks.
new ResizeObserver(() =>
  send({ jsonrpc: '2.0', method: 'ui/notifications/size-changed', params: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight } }),
).observe(document.body);
