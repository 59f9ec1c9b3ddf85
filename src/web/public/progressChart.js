// @ts-check
/**
 * The progress chart, drawn as SVG from the reply's progress data (the same data an Echo Show's chart is drawn
 * from): the weak and the strong side's rows in each of the latest workouts, and each test's reps and gap.
 */
/** @typedef {import('../../core/reply').ProgressView} ProgressView */
/** @typedef {{ label: string, note: string, weak: number, strong: number }} Group */

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 150;
const TOP = 22;
const BARS = 84;
const BAR = 16;

/** @param {string} text */
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** @param {string} day YYYY-MM-DD */
const monthDay = (day) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(document.documentElement.lang || 'en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attributes
 * @param {string} [text]
 */
const svg = (tag, attributes, text) => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
};

/**
 * One chart: a group of two bars (weak, strong) per entry, on one scale, with the numbers over the bars and the
 * entry's label and note under them.
 * @param {string} title
 * @param {Group[]} groups
 * @param {{ weak: string, strong: string }} sides
 */
const barChart = (title, groups, sides) => {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'chart' });
  chart.append(svg('title', {}, title));
  chart.append(svg('text', { x: 0, y: 14, class: 'chart-title' }, title));
  const tallest = Math.max(1, ...groups.flatMap((g) => [g.weak, g.strong]));
  const slot = WIDTH / Math.max(groups.length, 1);
  groups.forEach((group, i) => {
    const middle = slot * i + slot / 2;
    const g = svg('g', { class: 'bars', 'data-label': group.label });
    for (const [side, reps, x] of /** @type {const} */ ([
      ['weak', group.weak, middle - BAR - 1],
      ['strong', group.strong, middle + 1],
    ])) {
      const height = Math.round((reps / tallest) * BARS);
      const y = TOP + BARS - height;
      const bar = svg('rect', { x, y, width: BAR, height, class: `bar ${side}` });
      bar.append(svg('title', {}, `${side === 'weak' ? sides.weak : sides.strong}: ${reps}`));
      g.append(bar, svg('text', { x: x + BAR / 2, y: y - 3, class: 'bar-value' }, String(reps)));
    }
    g.append(svg('text', { x: middle, y: TOP + BARS + 14, class: 'bar-label' }, group.label));
    if (group.note) g.append(svg('text', { x: middle, y: TOP + BARS + 28, class: 'bar-note' }, group.note));
    chart.append(g);
  });
  return chart;
};

/**
 * @param {object} elements
 * @param {HTMLDetailsElement} elements.box
 * @param {HTMLElement} elements.legend
 * @param {HTMLElement} elements.charts
 */
export function createProgressChart({ box, legend, charts }) {
  const roomy = window.matchMedia('(min-width: 50rem)');
  return {
    /** @param {ProgressView} progress */
    show(progress) {
      const weak = capitalized(progress.weakSide);
      const strong = capitalized(progress.weakSide === 'left' ? 'right' : 'left');
      const sides = { weak: `${weak} (weak)`, strong: `${strong} (strong)` };
      legend.replaceChildren(
        Object.assign(document.createElement('span'), { className: 'key weak', textContent: sides.weak }),
        Object.assign(document.createElement('span'), { className: 'key strong', textContent: sides.strong }),
      );
      const workouts = progress.workouts.map((w) => ({ label: monthDay(w.day), note: '', weak: w.weakReps, strong: w.strongReps }));
      const tests = progress.tests.map((t) => ({
        label: `${t.kind === 'baseline' ? 'Baseline' : 'Retest'} ${monthDay(t.day)}`,
        note: `Gap ${t.gapReps} (${t.gapPercent}%)`,
        weak: t.weakReps,
        strong: t.strongReps,
      }));
      charts.replaceChildren(
        ...(workouts.length > 0 ? [barChart('Rows per workout', workouts, sides)] : []),
        barChart('Max-rep tests', tests, sides),
      );
      box.open = roomy.matches;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}

/** @typedef {ReturnType<typeof createProgressChart>} ProgressChart */
