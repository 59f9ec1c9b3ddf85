/**
 * The coach's MCP App in real headless Chromium (Debian's `chromium`, driven by playwright-core), framed by a stand-in
 * host page as an assistant frames it: the host answers the view's `ui/initialize`, then hands it the results of real
 * tool calls (the MCP SDK's Client over Streamable HTTP on loopback) as `ui/notifications/tool-result` messages; the
 * view shows the step the workout is at, the strong side's count as it is spoken, and the progress chart drawn by the
 * page's own module.
 *
 * Chromium is looked for at $CHROMIUM_PATH, else /usr/bin/chromium; without it the test fails in CI and is skipped
 * elsewhere.
 */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeWithChromium, PAGE_DEADLINE_MS } from '../support/chromium';
import { Conversation, fastForward } from '../../support/conversation';
import { callTool, cooperativeCall } from '../../support/mcpClient';
import { MCP_TEST_DRIVER } from '../../support/testServer';
import { useAssistantOnServer } from '../support/assistantOnServer';
import { holdClock, releaseClock, runClockUntil } from '../support/pageClock';

/** The host's side of the MCP Apps handshake, and a way for the test to hand the view a tool's result. */
const HOST_SCRIPT = `
  window.heard = [];
  window.addEventListener('message', (event) => {
    const frame = document.querySelector('iframe').contentWindow;
    if (event.source !== frame) return;
    const message = event.data;
    window.heard.push(message.method ?? 'response');
    if (message.method === 'ui/initialize') {
      frame.postMessage({ jsonrpc: '2.0', id: message.id, result: {
        protocolVersion: message.params.protocolVersion, hostInfo: { name: 'test-host', version: '1.0.0' }, hostCapabilities: {}, hostContext: {},
      } }, '*');
    }
  });
  window.toolResult = (result) =>
    document.querySelector('iframe').contentWindow.postMessage({ jsonrpc: '2.0', method: 'ui/notifications/tool-result', params: result }, '*');
`;

describeWithChromium('the coach app in an assistant host', () => {
  const mcp = useAssistantOnServer();
  let browser: Browser;
  let page: Page;
  let view: Frame;
  const problems: string[] = [];

  beforeAll(async () => {
    const history = fastForward(new Conversation({ userId: MCP_TEST_DRIVER }), { workouts: 2 });
    await mcp.server.store.update(MCP_TEST_DRIVER, () => ({ next: history.doc, result: null }));
    // Two days on: the next workout is due.
    mcp.server.clock.set(new Date(Date.parse(history.now) + 2 * 24 * 3600_000).toISOString());

    const { contents } = await mcp.assistant.readResource({ uri: 'ui://backcoach/coach.html' });
    const html = (contents[0] as { text: string }).text;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    // The count plays on the page's clock, which the test holds while it reads the count (../support/pageClock).
    await page.clock.install();
    page.setDefaultTimeout(PAGE_DEADLINE_MS);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const srcdoc = html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    await page.setContent(`<!doctype html><html><body><script>${HOST_SCRIPT}</script><iframe sandbox="allow-scripts" style="width:760px;height:860px" srcdoc="${srcdoc}"></iframe></body></html>`);
    await page.waitForFunction("window.heard.includes('ui/notifications/initialized')");
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('The host page has no frame');
    view = frame;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const handToView = async (tool: string): Promise<void> => {
    const result = await mcp.assistant.callTool({ name: tool, arguments: {} });
    await page.evaluate(`window.toolResult(${JSON.stringify(result)})`);
  };

  test('the view greets the host as the MCP Apps protocol says, then shows the step a tool result says the workout is at', async () => {
    expect(await view.locator('#status-empty').isVisible()).toBe(true);
    // Once initialized, the view tells the host its size, for the host to size the frame to it.
    await page.waitForFunction("window.heard.includes('ui/notifications/size-changed')");
    // Started as a cooperative driver starts it (the coach asks first whether the driver is parked).
    let started = await callTool(mcp.assistant, 'start_workout');
    for (let turn = 0; turn < 4 && !started.answer?.status; turn++) {
      if (!started.answer) throw new Error(`start_workout failed: ${started.text}`);
      const next = cooperativeCall(started.answer);
      started = await callTool(mcp.assistant, next.tool, next.args);
    }
    const step = started.answer?.status;
    expect(step?.exerciseName).toBeTruthy();
    await page.evaluate(`window.toolResult(${JSON.stringify({ content: [], structuredContent: started.answer })})`);
    await view.locator('#st-exercise').filter({ hasText: new RegExp(step?.exerciseName ?? '-', 'i') }).waitFor();
    expect(await view.locator('#status').isVisible()).toBe(true);
    expect(await view.locator('#st-activity').textContent()).toBe('Workout');
  });

  test("the strong side's count plays in the view as it is spoken, then the step stands where the answer leaves it", async () => {
    // On, as a cooperative driver goes, to the answer that counts the strong side out loud.
    let answer = (await callTool(mcp.assistant, 'repeat')).answer;
    for (let turn = 0; turn < 20 && answer && !answer.speech.some((s) => s.kind === 'text' && s.counted); turn++) {
      const next = cooperativeCall(answer);
      answer = (await callTool(mcp.assistant, next.tool, next.args)).answer;
    }
    const counted = answer?.speech.flatMap((s) => (s.kind === 'text' && s.counted ? [s.counted] : [])) ?? [];
    expect(counted.length).toBeGreaterThan(1);
    // Held, so the count cannot be over before the test reads it.
    await holdClock(page);
    await page.evaluate(`window.toolResult(${JSON.stringify({ content: [], structuredContent: answer })})`);
    await runClockUntil(page, view.locator('#rep'));
    expect(await view.locator('#rep-of').textContent()).toBe(String(counted[0]?.of));
    await releaseClock(page);
    await view.locator('#rep-n').filter({ hasText: String(counted[counted.length - 1]?.n) }).waitFor({ state: 'attached' });
    await view.locator('#rep').waitFor({ state: 'hidden' });
    expect(await view.locator('#st-sofar').textContent()).toBe(`${answer?.status?.repsSoFar} ${answer?.status?.measure}`);
  });

  test('a tool result that shows the progress draws the chart with its marks and legend', async () => {
    await handToView('progress');
    await view.locator('#progress svg.chart path.mark.reps').waitFor({ state: 'attached' });
    expect(await view.locator('#progress').isHidden()).toBe(false);
    expect(await view.locator('#progress-legend .key').count()).toBe(5);
    expect(await view.locator('#progress svg.chart text.label').count()).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
});
