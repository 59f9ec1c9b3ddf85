/**
 * The Echo Show document's structure, for every size and shape it is laid out for, beyond what Amazon's validator
 * checks (./aplSuggester.test.ts): these read the document as a device would resolve it: the resources each
 * viewport gets, the rest screen's type sizes, the buttons' size and what they send, the round screen's margins, and
 * the components the timed commands address.
 */
import coachScreen from '../../src/alexa/screen/coachScreen.json';
import { isTouchAnswer } from '../../src/alexa/screen/touchAnswers';

type Node = Record<string, unknown>;
const document = coachScreen as unknown as Node;

/** The viewports the skill is laid out for, in dp, with the profile alexa-viewport-profiles gives each. */
const VIEWPORTS = [
  { name: 'Echo Show 5', width: 960, height: 480, shape: 'rectangle', profile: 'hubLandscapeSmall' },
  { name: 'Echo Show 8', width: 1280, height: 800, shape: 'rectangle', profile: 'hubLandscapeMedium' },
  { name: 'Echo Show 15', width: 1920, height: 1080, shape: 'rectangle', profile: 'hubLandscapeXLarge' },
  { name: 'Echo Spot', width: 480, height: 480, shape: 'round', profile: 'hubRoundSmall' },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

/** The dimensions and strings a viewport gets: every resource block whose condition holds, later ones overriding. */
const resourcesFor = (viewport: Viewport): Record<string, string> => {
  const resolved: Record<string, string> = {};
  for (const block of document.resources as { when?: string; dimensions?: Record<string, string>; strings?: Record<string, string> }[]) {
    if (block.when === "${viewport.shape == 'round'}" && viewport.shape !== 'round') continue;
    if (block.when === '${@viewportProfile == @hubLandscapeSmall}' && viewport.profile !== 'hubLandscapeSmall') continue;
    if (block.when && !["${viewport.shape == 'round'}", '${@viewportProfile == @hubLandscapeSmall}'].includes(block.when)) throw new Error(`A condition this test cannot read: ${block.when}`);
    Object.assign(resolved, block.dimensions, block.strings);
  }
  return resolved;
};

/** A dimension in dp on this viewport: "32vh", "5vw", or a resource naming one. */
const dp = (value: unknown, viewport: Viewport, resources: Record<string, string>): number => {
  const text = typeof value === 'string' && value.startsWith('@') ? resources[value.slice(1)] : value;
  const match = /^([\d.]+)(vh|vw|dp)?$/.exec(String(text));
  if (!match) throw new Error(`Not a dimension this test reads: ${String(value)} (${String(text)})`);
  const amount = Number(match[1]);
  return match[2] === 'vh' ? (amount * viewport.height) / 100 : match[2] === 'vw' ? (amount * viewport.width) / 100 : amount;
};

const styleFontSize = (style: unknown): unknown => {
  const styles = document.styles as Record<string, { values: { fontSize?: string }[] }>;
  return typeof style === 'string' ? styles[style]?.values[0]?.fontSize : undefined;
};

/** Every node of a component tree (layouts inflated by name), depth first. */
const nodes = (node: unknown): Node[] => {
  if (Array.isArray(node)) return node.flatMap(nodes);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Node;
  const layouts = document.layouts as Record<string, { item: unknown }>;
  const inflated = typeof record.type === 'string' && layouts[record.type] ? nodes(layouts[record.type]!.item) : [];
  return [record, ...nodes(record.item), ...nodes(record.items), ...inflated];
};

const byId = (id: string): Node => {
  const found = nodes((document.mainTemplate as Node).item).find((n) => n.id === id);
  if (!found) throw new Error(`No component ${id}`);
  return found;
};

test('imports the viewport profiles its conditions name', () => {
  expect(document.import).toContainEqual({ name: 'alexa-viewport-profiles', version: expect.any(String) });
});

describe.each(VIEWPORTS)('on an $name ($width×$height, $shape)', (viewport) => {
  const resources = resourcesFor(viewport);

  it('the rest clock is the largest thing on the rest screen, larger than the set on the step under it', () => {
    const rest = byId('rest');
    const clock = dp(byId('restClock').fontSize, viewport, resources);
    const others = nodes(rest)
      .filter((n) => n.type === 'Text' && n.id !== 'restClock')
      .map((n) => dp(n.fontSize ?? styleFontSize(n.style), viewport, resources));
    expect(others.length).toBeGreaterThan(0);
    for (const size of others) expect(clock).toBeGreaterThan(size * 2);
    expect(clock).toBeGreaterThan(dp('@setSize', viewport, resources));
    // "0:45" at that size fits across the screen, inside a round screen's margins too.
    expect(clock * 0.6 * 4).toBeLessThan(viewport.width - 2 * dp('@padX', viewport, resources));
  });

  it('the live count is the largest thing on its screen', () => {
    const count = dp(byId('liveCount').fontSize, viewport, resources);
    expect(count).toBeGreaterThan(dp(byId('liveLabel').fontSize ?? styleFontSize(byId('liveLabel').style), viewport, resources) * 3);
  });

  it('the buttons are large enough to hit in a cab or a hotel room (at least 56 dp high)', () => {
    expect(dp('@buttonHeight', viewport, resources)).toBeGreaterThanOrEqual(56);
  });

  it('keeps the content inside the screen\'s shape', () => {
    const padX = dp('@padX', viewport, resources) / viewport.width;
    const padY = dp('@padY', viewport, resources) / viewport.height;
    // A round screen's corners are cut off: the content keeps to the square inside its circle (1 - 1/√2)/2 from each edge.
    const margin = viewport.shape === 'round' ? (1 - Math.SQRT1_2) / 2 : 0.03;
    expect(padX).toBeGreaterThanOrEqual(margin);
    expect(padY).toBeGreaterThanOrEqual(margin);
    expect(resources.textAlign).toBe(viewport.shape === 'round' ? 'center' : 'left');
  });
});

test('every button sends an answer the skill takes as the spoken one: yes, no, go or skip the rest', () => {
  const buttons = nodes((document.mainTemplate as Node).item).filter((n) => n.type === 'AnswerButton');
  expect(buttons.length).toBe(2); // the closing question's answers, and "skip the rest" on the rest screen
  const layout = (document.layouts as Record<string, { item: Node }>).AnswerButton!.item;
  expect(layout.onPress).toEqual([{ type: 'SendEvent', arguments: ['answer', '${answer}'] }]);
  const fixed = buttons.map((b) => b.answer).filter((a) => typeof a === 'string' && !a.includes('${'));
  expect(fixed).toEqual(['skipRest']);
  for (const answer of fixed) expect(isTouchAnswer(String(answer))).toBe(true);
});

test('the components the timed commands address are in the document, and the screens over the step start hidden', () => {
  for (const id of ['steps', 'rest', 'restClock', 'restBar', 'live', 'liveCount', 'liveLabel']) expect(byId(id)).toBeDefined();
  expect(byId('rest')).toMatchObject({ display: 'none', position: 'absolute' });
  expect(byId('live')).toMatchObject({ display: 'none', position: 'absolute' });
});

test('the chart\'s vector graphic reads only its parameters, and the document passes it every one', () => {
  const graphic = (document.graphics as Record<string, { parameters: string[]; items: unknown[] }>).progressChart!;
  const read = [...JSON.stringify(graphic.items).matchAll(/\$\{(\w+)/g)].map((m) => m[1]);
  expect(new Set(read)).toEqual(new Set(graphic.parameters));
  const drawn = nodes((document.mainTemplate as Node).item).find((n) => n.type === 'VectorGraphic' && n.source === 'progressChart');
  for (const parameter of graphic.parameters) expect(drawn).toHaveProperty(parameter);
});
