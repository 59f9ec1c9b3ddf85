/**
 * The progress chart's drawing, shared by the page and the Echo Show: the weak side's sets and the weight per workout,
 * the progression steps marked, each test's gap, and nothing of the strong side's sets (equal by design).
 */
import { CHART_HEIGHT, CHART_WIDTH, COLUMNS_ON_CHART, progressChart } from '../../src/core/progressChart';
import { Conversation, fastForward } from '../../support/conversation';

const marks = (path: string): number => (path.match(/M/g) ?? []).length;
/** The y of each dot's centre in a path of dots, in order. */
const dotHeights = (path: string): number[] => [...path.matchAll(/M([\d.]+) ([\d.]+)a/g)].map((m) => Number(m[2]));

describe('the progress chart', () => {
  const c = fastForward(new Conversation(), { workouts: 3, plan: (i) => ({ rows: i < 2 ? [12, 12, 12] : [9, 10, 11] }) });
  const view = c.say('progress').progress;
  const chart = progressChart(view, 'en-US')!;

  it('puts the baseline and the workouts in time order, each in its own column inside the box', () => {
    expect(chart.columns.map((col) => [col.kind, col.day])).toEqual([
      ['test', '2024-05-06'],
      ['workout', '2024-05-06'],
      ['workout', '2024-05-08'],
      ['workout', '2024-05-10'],
    ]);
    expect(chart.columns.every((col) => col.x > 0 && col.x < CHART_WIDTH)).toBe(true);
    expect(chart.texts.every((t) => t.y > 0 && t.y <= CHART_HEIGHT)).toBe(true);
  });

  it('draws a dot for each working set of the weak side, higher for more reps, and none for the strong side', () => {
    expect(marks(chart.paths.reps)).toBe(9);
    const [first, , , , , , seventh] = dotHeights(chart.paths.reps);
    expect(seventh!).toBeGreaterThan(first!); // 9 reps sits lower than 12
    expect(marks(chart.paths.testStrong)).toBe(1); // the test's strong side only
  });

  it('marks the step up the first two workouts earned, and writes the weight', () => {
    expect(marks(chart.paths.step)).toBe(1);
    expect(chart.texts.filter((t) => t.role === 'step').map((t) => t.text)).toEqual(['▲40']);
    expect(chart.texts.filter((t) => t.role === 'weight').map((t) => t.text)).toEqual(['35']);
    expect(chart.paths.weight).toMatch(/H/);
  });

  it('shows the test\'s gap between its two sides', () => {
    expect(chart.texts.filter((t) => t.role === 'gap').map((t) => t.text)).toEqual(['Baseline', 'Gap 4 (31%)']);
    expect(marks(chart.paths.gap)).toBe(1);
  });

  it('keeps the latest that fit a small screen', () => {
    const many = fastForward(new Conversation(), { workouts: COLUMNS_ON_CHART + 2, everyDays: 3 });
    const drawn = progressChart(many.say('progress').progress, 'en-US')!;
    expect(drawn.columns).toHaveLength(COLUMNS_ON_CHART);
    expect(drawn.columns.every((col) => col.kind === 'workout')).toBe(true);
    expect(progressChart(null, 'en-US')).toBeNull();
  });

  it("is labelled in the driver's language: Spanish on an Echo Show in es-US", () => {
    const spanish = progressChart(view, 'es-US')!;
    expect(spanish.description).toMatch(/^Repeticiones por serie de remo \(Izquierdo\) y el peso/);
    expect(spanish.legend.map((item) => item.text)).toEqual([
      'Izquierdo: repeticiones por serie',
      '12 repeticiones',
      'Peso (lb)',
      'Sube de peso',
      'Prueba: Izquierdo y Derecho',
    ]);
    expect(spanish.texts.filter((t) => t.role === 'gap').map((t) => t.text)).toEqual(['Inicial', 'Diferencia 4 (31 %)']);
  });
});
